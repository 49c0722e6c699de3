import { useMutation } from '@apollo/client/react';
import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedsQuery } from '../../gql/settings/graphql';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { CALENDAR_FEEDS, REVOKE_CALENDAR_FEED } from './documents';
import { notifyProblem } from './problems';

type Feed = CalendarFeedsQuery['calendarFeeds'][number];
const TZ = 'Europe/Brussels';

/** One live calendar link: the URL to copy, when a calendar last fetched it, and revoking it after a confirmation. */
export function FeedLink({ feed, label }: { feed: Feed; label: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [revoke, revoking] = useMutation(REVOKE_CALENDAR_FEED, { refetchQueries: [CALENDAR_FEEDS], awaitRefetchQueries: true });
  const [asking, setAsking] = useState(false);
  const url = feed.url ? new URL(feed.url, window.location.origin).href : null;
  const used = feed.lastUsedAt ? new Date(feed.lastUsedAt) : null;

  async function end() {
    setAsking(false);
    try {
      await revoke({ variables: { input: { id: feed.id } } });
      notify(t('settings.feed.revoked'));
    } catch (err) {
      notifyProblem(err, t);
    }
  }

  return (
    <Stack gap="xs">
      {url ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput label={label} value={url} readOnly style={{ flex: '1 1 260px' }} onFocus={(e) => e.currentTarget.select()} />
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
        <Notice tone="warn" title={label}>
          {t('settings.feed.stale')}
        </Notice>
      )}
      <Text size="sm" c="dimmed">
        {used
          ? t('settings.feed.lastUsed', { when: `${formatDate(used, locale, TZ)} ${formatTime(used, TZ)}` })
          : t('settings.feed.neverUsed')}
      </Text>
      <Group>
        <Button variant="default" onClick={() => setAsking(true)} loading={revoking.loading}>
          {t('settings.feed.revoke')}
        </Button>
      </Group>
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
    </Stack>
  );
}
