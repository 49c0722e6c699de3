import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { CALENDAR_FEEDS, CREATE_CALENDAR_FEED, FEED_SPACES } from './documents';
import { FeedLink } from './FeedLink';
import { notifyProblem } from './problems';

/** Facility managers: a calendar link per space they follow (who booked it, consultations only as busy). */
export function SpaceFeedsCard() {
  const { t } = useTranslation();
  const feeds = useQuery(CALENDAR_FEEDS, { fetchPolicy: 'cache-first' });
  const spaces = useQuery(FEED_SPACES);
  const [create, creating] = useMutation(CREATE_CALENDAR_FEED, { refetchQueries: [CALENDAR_FEEDS], awaitRefetchQueries: true });
  const [spaceId, setSpaceId] = useState<string | null>(null);
  const followed = (feeds.data?.calendarFeeds ?? []).filter((f) => f.spaceId !== null);
  const options = (spaces.data?.spaces ?? [])
    .filter((s) => !followed.some((f) => f.spaceId === s.id))
    .map((s) => ({ value: s.id, label: `${s.name} (${s.site.name})` }));

  async function follow() {
    if (!spaceId) return;
    try {
      await create({ variables: { input: { spaceId } } });
      setSpaceId(null);
      notify(t('settings.spaceFeeds.created'));
    } catch (err) {
      notifyProblem(err, t);
    }
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="space-feeds-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="space-feeds-title">
          {t('settings.spaceFeeds.title')}
        </Title>
        <Text maw={720}>{t('settings.spaceFeeds.intro')}</Text>
        {followed.map((f) => (
          <FeedLink key={f.id} feed={f} label={t('settings.spaceFeeds.url', { space: f.spaceName })} />
        ))}
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('settings.spaceFeeds.space')}
            placeholder={t('settings.spaceFeeds.choose')}
            searchable
            data={options}
            value={spaceId}
            onChange={setSpaceId}
            style={{ flex: '1 1 260px' }}
            nothingFoundMessage={t('settings.spaceFeeds.noSpaces')}
          />
          <Button onClick={() => void follow()} disabled={!spaceId} loading={creating.loading}>
            {t('settings.spaceFeeds.follow')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
