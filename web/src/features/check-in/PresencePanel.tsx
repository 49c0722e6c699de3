import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, type Locale } from '../../lib/format';
import type { BookingFieldsFragment } from '../../gql/check-in/graphql';
import { bookingLabel } from '../bookings';
import { CheckInActions } from './CheckInActions';
import { BOOKINGS_TO_RATE, CHECK_INS_DUE } from './documents';
import { RatingForm } from './RatingForm';

/**
 * The top of the agenda: bookings whose check-in is open now (check in or leave early), and the
 * last week's bookings not rated yet (a small 1–5 prompt). Shows nothing when there is neither.
 */
export function PresencePanel() {
  const { t, i18n } = useTranslation();
  const due = useQuery(CHECK_INS_DUE, { fetchPolicy: 'cache-and-network' });
  const toRate = useQuery(BOOKINGS_TO_RATE, { fetchPolicy: 'cache-and-network' });
  const [dismissed, setDismissed] = useState<string[]>([]);
  const describe = (b: BookingFieldsFragment) => ({
    label: bookingLabel(b, t),
    when: formatRange(new Date(b.startsAt), new Date(b.endsAt), i18n.language as Locale, b.space.site.timeZone),
    tz: b.space.site.timeZone,
  });
  const dueList = due.data?.checkInsDue ?? [];
  const rateList = (toRate.data?.bookingsToRate ?? []).filter((b) => !dismissed.includes(b.id));
  if (!dueList.length && !rateList.length) return null;
  return (
    <Stack gap="sm">
      {dueList.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="checkins-due">
          <Title order={2} size="h4" id="checkins-due">
            {t('checkIn.dueTitle')}
          </Title>
          <Stack gap="sm" mt="xs">
            {dueList.map((b) => {
              const d = describe(b);
              return (
                <div key={b.id}>
                  <Text fw={600}>
                    {d.label} — {d.when}
                  </Text>
                  <CheckInActions booking={b} timeZone={d.tz} />
                </div>
              );
            })}
          </Stack>
        </Paper>
      )}
      {rateList.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="rate-prompt">
          <Title order={2} size="h4" id="rate-prompt">
            {t('checkIn.rate.title')}
          </Title>
          <Text size="sm" mb="xs">
            {t('checkIn.rate.intro')}
          </Text>
          <Stack gap="md">
            {rateList.slice(0, 1).map((b) => {
              const d = describe(b);
              return <RatingForm key={b.id} booking={b} label={`${d.label}, ${d.when}`} onDone={() => setDismissed((x) => [...x, b.id])} />;
            })}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
