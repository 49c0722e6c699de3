import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '../../gql/settings/graphql';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { Spinner } from '../../ui/Spinner';
import { OUTBOX, RETRY_OUTBOX_MESSAGE } from './documents';
import { notifyProblem } from './problems';

const STATUSES: OutboxStatus[] = ['PENDING', 'SENDING', 'SENT', 'FAILED'];
const TZ = 'Europe/Brussels';
/** Badge look per status: the word says it, the fill only helps. */
const LOOK: Record<OutboxStatus, { variant: 'filled' | 'outline' | 'light'; color: string }> = {
  PENDING: { variant: 'outline', color: 'gray.8' },
  SENDING: { variant: 'outline', color: 'blue.9' },
  SENT: { variant: 'light', color: 'green.9' },
  FAILED: { variant: 'filled', color: 'red.9' },
};

/** Administrators: how e-mail goes out, and the latest messages with their state, attempts and last error. */
export function OutboxTable() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const outbox = useQuery(OUTBOX, { variables: { statuses: status ? [status] : null, first: 50 }, fetchPolicy: 'network-only' });
  const [retry] = useMutation(RETRY_OUTBOX_MESSAGE, { refetchQueries: [OUTBOX] });
  const mail = outbox.data?.mailStatus;
  const at = (iso: string) => `${formatDate(new Date(iso), locale, TZ)} ${formatTime(new Date(iso), TZ)}`;

  async function again(id: string) {
    try {
      await retry({ variables: { id } });
      notify(t('settings.outbox.retried'));
    } catch (err) {
      notifyProblem(err, t);
    }
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="outbox-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="outbox-title">
          {t('settings.outbox.title')}
        </Title>
        {mail &&
          (mail.smtpConfigured ? (
            <Notice tone="ok">
              <Text>{t('settings.outbox.smtpOn', { host: mail.smtpHost, port: mail.smtpPort, from: mail.from })}</Text>
              {!mail.sending && <Text size="sm">{t('settings.outbox.notSending')}</Text>}
            </Notice>
          ) : (
            <Notice tone="warn">{t('settings.outbox.smtpOff')}</Notice>
          ))}
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('settings.outbox.filter')}
            placeholder={t('settings.outbox.all')}
            clearable
            data={STATUSES.map((s) => ({ value: s, label: t(`settings.outbox.statuses.${s}`) }))}
            value={status}
            onChange={setStatus}
          />
          {mail && (
            <Text size="sm" aria-live="polite">
              {mail.counts
                .map((c) => t('settings.outbox.count', { status: t(`settings.outbox.statuses.${c.status}`), count: c.count }))
                .join(' · ')}
            </Text>
          )}
        </Group>
        {outbox.loading && !outbox.data ? (
          <Spinner />
        ) : !outbox.data?.outboxMessages.length ? (
          <Text c="dimmed">{t('settings.outbox.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('settings.outbox.when')}</Table.Th>
                  <Table.Th scope="col">{t('settings.outbox.recipient')}</Table.Th>
                  <Table.Th scope="col">{t('settings.outbox.subject')}</Table.Th>
                  <Table.Th scope="col">{t('settings.outbox.state')}</Table.Th>
                  <Table.Th scope="col">{t('settings.outbox.attempts')}</Table.Th>
                  <Table.Th scope="col">{t('settings.outbox.lastError')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.outboxMessages.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{at(m.createdAt)}</Table.Td>
                    <Table.Td>{m.recipient}</Table.Td>
                    <Table.Td>
                      {m.subject}
                      <Text size="xs" c="dimmed">
                        {m.templateKey}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={140}>
                      <Badge variant={LOOK[m.status].variant} color={LOOK[m.status].color} style={{ overflow: 'visible' }}>
                        {t(`settings.outbox.statuses.${m.status}`)}
                      </Badge>
                      {m.status === 'PENDING' && m.nextAttemptAt && (
                        <Text size="xs">{t('settings.outbox.nextAttempt', { when: at(m.nextAttemptAt) })}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{m.attempts}</Table.Td>
                    <Table.Td>
                      {m.lastError && (
                        <Text size="sm" style={{ wordBreak: 'break-word' }}>
                          {m.lastError}
                        </Text>
                      )}
                      {m.status === 'FAILED' && (
                        <Button size="xs" variant="default" mt={4} onClick={() => void again(m.id)}>
                          {t('settings.outbox.retry')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
