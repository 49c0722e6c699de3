import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { Spinner } from '../../ui/Spinner';
import { CALENDAR_FEEDS, CREATE_CALENDAR_FEED } from './documents';
import { FeedLink } from './FeedLink';
import { notifyProblem } from './problems';

/** The viewer's own secret iCal link: create it, copy it, revoke it. */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const feeds = useQuery(CALENDAR_FEEDS, { fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CREATE_CALENDAR_FEED, { refetchQueries: [CALENDAR_FEEDS], awaitRefetchQueries: true });
  const feed = feeds.data?.calendarFeeds.find((f) => f.spaceId === null);

  async function make() {
    try {
      await create({ variables: { input: {} } });
      notify(t('settings.feed.created'));
    } catch (err) {
      notifyProblem(err, t);
    }
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="feed-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="feed-title">
          {t('settings.feed.title')}
        </Title>
        <Text maw={720}>{t('settings.feed.intro')}</Text>
        {feeds.loading && !feeds.data ? (
          <Spinner />
        ) : feed ? (
          <>
            <FeedLink feed={feed} label={t('settings.feed.url')} />
            <Text size="sm">{t('settings.feed.howTo')}</Text>
          </>
        ) : (
          <Group>
            <Text c="dimmed">{t('settings.feed.none')}</Text>
            <Button onClick={() => void make()} loading={creating.loading}>
              {t('settings.feed.create')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
