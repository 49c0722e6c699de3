import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { DetailsPanel } from './DetailsPanel';
import { CONFIDENTIAL_TALKS } from './documents';

const DAY = 86_400_000;

/** The viewer's consultations of the next four weeks (booked, or named co-worker on), each with its details behind a button. */
export function TalksList() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [range] = useState(() => {
    const from = new Date();
    from.setHours(0, 0, 0, 0);
    return { from: from.toISOString(), to: new Date(from.getTime() + 28 * DAY).toISOString() };
  });
  const { data, loading } = useQuery(CONFIDENTIAL_TALKS, { variables: range });
  const [open, setOpen] = useState<{ id: string; title: string } | null>(null);
  if (loading && !data) return <Spinner />;
  const talks = data?.confidentialTalks ?? [];
  if (talks.length === 0) return <Notice>{t('confidential.talks.empty')}</Notice>;
  return (
    <>
      <Stack gap="xs" component="ul" aria-label={t('confidential.tabs.talks')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {talks.map((b) => {
          const when = formatRange(new Date(b.startsAt), new Date(b.endsAt), locale, b.space.site.timeZone);
          return (
            <Paper key={b.id} component="li" withBorder p="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text fw={700}>{when}</Text>
                  <Text>
                    {b.space.name} — {b.space.site.name}, {b.space.floor.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {b.isMine ? t('confidential.talks.booker') : t('confidential.talks.coWorker', { name: b.booker?.displayName ?? '' })}
                  </Text>
                </div>
                {b.viewerCanReadConfidentialDetails && (
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('confidential.talks.showFor', { when })}
                    onClick={() => setOpen({ id: b.id, title: `${when} — ${b.space.name}` })}
                  >
                    {t('confidential.talks.show')}
                  </Button>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <DetailsPanel bookingId={open?.id ?? null} title={open?.title ?? ''} onClose={() => setOpen(null)} />
    </>
  );
}
