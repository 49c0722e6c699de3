import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, CopyButton, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { Spinner } from '../../ui/Spinner';
import { CALENDAR_FEEDS, CREATE_CALENDAR_FEED, REVOKE_CALENDAR_FEED } from './documents';
import { notifyProblem } from './problems';

const TZ = 'Europe/Brussels';

/** The viewer's own secret iCal link: create it, copy it, revoke it (after a confirmation). */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const feeds = useQuery(CALENDAR_FEEDS, { fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CREATE_CALENDAR_FEED, { refetchQueries: [CALENDAR_FEEDS] });
  const [revoke, revoking] = useMutation(REVOKE_CALENDAR_FEED, { refetchQueries: [CALENDAR_FEEDS], awaitRefetchQueries: true });
  const [asking, setAsking] = useState(false);
  const feed = feeds.data?.calendarFeeds.find((f) => f.spaceId === null);
  const url = feed?.url ? new URL(feed.url, window.location.origin).href : null;

  async function make() {
    try {
      await create({ variables: { input: {} } });
      notify(t('settings.feed.created'));
    } catch (err) {
      notifyProblem(err, t);
    }
  }

  async function end() {
    if (!feed) return;
    setAsking(false);
    try {
      await revoke({ variables: { input: { id: feed.id } } });
      notify(t('settings.feed.revoked'));
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
        ) : !feed ? (
          <Group>
            <Text c="dimmed">{t('settings.feed.none')}</Text>
            <Button onClick={() => void make()} loading={creating.loading}>
              {t('settings.feed.create')}
            </Button>
          </Group>
        ) : (
          <Stack gap="xs">
            {url ? (
              <Group align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={t('settings.feed.url')}
                  value={url}
                  readOnly
                  style={{ flex: '1 1 260px' }}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button
                      variant="default"
                      onClick={copy}
                      leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                    >
                      {copied ? t('settings.feed.copied') : t('settings.feed.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            ) : (
              <Notice tone="warn">{t('settings.feed.stale')}</Notice>
            )}
            <Text size="sm">{t('settings.feed.howTo')}</Text>
            <Text size="sm" c="dimmed">
              {feed.lastUsedAt
                ? t('settings.feed.lastUsed', {
                    when: `${formatDate(new Date(feed.lastUsedAt), locale, TZ)} ${formatTime(new Date(feed.lastUsedAt), TZ)}`,
                  })
                : t('settings.feed.neverUsed')}
            </Text>
            <Group>
              <Button variant="default" color="red.9" onClick={() => setAsking(true)} loading={revoking.loading}>
                {t('settings.feed.revoke')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('settings.feed.revokeTitle')}
        closeButtonProps={{ 'aria-label': t('details.close') }}
      >
        <Stack>
          <Text>{t('settings.feed.revokeMessage')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('settings.feed.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void end()}>
              {t('settings.feed.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
