import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Badge, Button, Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditResult } from '../../gql/confidential/graphql';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { Spinner } from '../../ui/Spinner';
import { AUDIT_EXPORT, AUDIT_LOG, AUDIT_VERIFICATION } from './documents';

const ACTIONS: AuditAction[] = [
  'READ_DETAILS',
  'WRITE_DETAILS',
  'ERASE_DETAILS',
  'REENCRYPT_DETAILS',
  'GRANT_ACCESS',
  'REVOKE_ACCESS',
  'EXPORT',
];
const TZ = 'Europe/Brussels';
const PAGE = 50;

/** The confidential audit log for administrators: chain check, filters, pages of entries, CSV export. */
export function AuditLogTable() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [action, setAction] = useState<AuditAction | null>(null);
  const [result, setResult] = useState<AuditResult | null>(null);
  const verification = useQuery(AUDIT_VERIFICATION, { fetchPolicy: 'network-only' });
  const log = useQuery(AUDIT_LOG, { variables: { first: PAGE, action, result }, fetchPolicy: 'network-only' });
  const [runExport, exporting] = useLazyQuery(AUDIT_EXPORT, { fetchPolicy: 'network-only' });
  const [loadOlder] = useLazyQuery(AUDIT_LOG, { fetchPolicy: 'network-only' });
  const [older, setOlder] = useState<NonNullable<typeof log.data>['confidentialAuditLog']['entries']>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const v = verification.data?.confidentialAuditLogVerification;
  const entries = [...(log.data?.confidentialAuditLog.entries ?? []), ...older];
  const next = cursor === undefined ? log.data?.confidentialAuditLog.nextCursor : cursor;

  async function more() {
    const res = await loadOlder({ variables: { first: PAGE, action, result, before: next ?? undefined } });
    setOlder((o) => [...o, ...(res.data?.confidentialAuditLog.entries ?? [])]);
    setCursor(res.data?.confidentialAuditLog.nextCursor ?? null);
  }

  async function download() {
    const to = new Date();
    const from = new Date(to.getTime() - 30 * 86_400_000);
    const res = await runExport({ variables: { from: from.toISOString(), to: to.toISOString() } });
    const file = res.data?.confidentialAuditLogExport;
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    a.click();
    URL.revokeObjectURL(url);
    notify(t('confidential.audit.exported', { count: file.entries }));
  }

  const filterChanged = () => {
    setOlder([]);
    setCursor(undefined);
  };

  return (
    <Stack gap="md">
      {v &&
        (v.intact ? (
          <Notice tone="ok" role="status" title={t('confidential.audit.intact', { count: v.checkedEntries })}>
            {v.lastHash && (
              <Text size="sm">
                {t('confidential.audit.lastHash')}: <Code style={{ wordBreak: 'break-all' }}>{v.lastHash}</Code>
              </Text>
            )}
          </Notice>
        ) : (
          <Notice tone="error" role="alert" title={t('confidential.audit.broken', { seq: v.firstBrokenSeq, problem: v.problem })} />
        ))}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('confidential.audit.filterAction')}
          placeholder={t('confidential.audit.all')}
          clearable
          data={ACTIONS.map((a) => ({ value: a, label: t(`confidential.audit.actions.${a}`) }))}
          value={action}
          onChange={(x) => {
            setAction(x);
            filterChanged();
          }}
        />
        <Select
          label={t('confidential.audit.filterResult')}
          placeholder={t('confidential.audit.all')}
          clearable
          data={(['ALLOWED', 'DENIED'] as const).map((r) => ({ value: r, label: t(`confidential.audit.results.${r}`) }))}
          value={result}
          onChange={(x) => {
            setResult(x);
            filterChanged();
          }}
        />
        <Button variant="default" onClick={() => void download()} loading={exporting.loading}>
          {t('confidential.audit.export')}
        </Button>
      </Group>
      {log.loading && !log.data ? (
        <Spinner />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('confidential.audit.seq')}</Table.Th>
                <Table.Th scope="col">{t('confidential.audit.when')}</Table.Th>
                <Table.Th scope="col">{t('confidential.audit.actor')}</Table.Th>
                <Table.Th scope="col">{t('confidential.audit.action')}</Table.Th>
                <Table.Th scope="col">{t('confidential.audit.result')}</Table.Th>
                <Table.Th scope="col">{t('confidential.audit.booking')}</Table.Th>
                <Table.Th scope="col">{t('confidential.audit.request')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const at = new Date(e.occurredAt);
                return (
                  <Table.Tr key={e.seq}>
                    <Table.Td>{e.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(at, locale, TZ)} {formatTime(at, TZ)}
                    </Table.Td>
                    <Table.Td>
                      {e.actor?.displayName ?? t('confidential.audit.system')}
                      {e.subject && (
                        <Text size="sm" c="dimmed">
                          → {e.subject.displayName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`confidential.audit.actions.${e.action}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant={e.result === 'DENIED' ? 'filled' : 'outline'} color={e.result === 'DENIED' ? 'red.9' : 'gray.8'}>
                        {t(`confidential.audit.results.${e.result}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Code>{e.bookingId?.slice(0, 8) ?? '—'}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Code>{e.requestId?.slice(0, 8) ?? '—'}</Code>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {next && (
        <Group justify="center">
          <Button variant="default" onClick={() => void more()}>
            {t('confidential.audit.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
