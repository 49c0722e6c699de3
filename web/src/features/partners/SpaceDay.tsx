import { useQuery } from '@apollo/client/react';
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { addDays } from '../../lib/opening-hours';
import { instantOf } from '../../lib/zoned';
import { SPACE_DAY } from './documents';

/** Free and busy on one day in one space: others' bookings only as "busy", the organisation's own by name. */
export function SpaceDay({ spaceId, date, timeZone }: { spaceId: string; date: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const from = instantOf(date, '00:00', timeZone);
  const to = instantOf(addDays(date, 1), '00:00', timeZone);
  const { data } = useQuery(SPACE_DAY, {
    variables: { filter: { spaceId, from: from?.toISOString() ?? '', to: to?.toISOString() ?? '' } },
    skip: !from || !to,
  });
  if (!from) return null;
  const bookings = data?.bookings ?? [];
  return (
    <Stack gap={6} component="section" aria-labelledby="space-day-title">
      <Title order={2} size="h4" id="space-day-title">
        {t('partners.request.day', { date: formatDate(from, i18n.language as Locale, timeZone) })}
      </Title>
      <Text size="sm">{t('partners.request.dayIntro')}</Text>
      {bookings.length === 0 ? (
        <Text size="sm">{t('partners.request.free')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {bookings.map((b) => {
            const times = { from: formatTime(new Date(b.startsAt), timeZone), to: formatTime(new Date(b.endsAt), timeZone) };
            return (
              <List.Item key={b.id}>
                {b.detailsHidden ? t('partners.request.busy', times) : t('partners.request.own', { ...times, title: b.title ?? '—' })}
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
