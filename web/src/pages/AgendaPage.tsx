import { Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingDialog, type BookingDraft } from '../features/bookings';
import { BOOKABLE_SPACES } from '../features/bookings/documents';
import { MyCalendar } from '../features/calendar';
import { PresencePanel } from '../features/check-in';
import { LiveBookings } from '../features/live';
import { usePageTitle } from '../ui/usePageTitle';

export default function AgendaPage() {
  const { t } = useTranslation();
  usePageTitle(t('agenda.title'));
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const { data } = useQuery(BOOKABLE_SPACES);
  return (
    <Stack>
      <LiveBookings siteIds={(data?.sites ?? []).map((s) => s.id)} />
      <Title order={1}>{t('agenda.title')}</Title>
      <PresencePanel />
      <MyCalendar onNewBooking={setDraft} />
      <BookingDialog draft={draft} onClose={() => setDraft(null)} />
    </Stack>
  );
}
