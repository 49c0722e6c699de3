import { useQuery } from '@apollo/client/react';
import { Button, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminChangesQuery } from '../../../gql/admin/graphql';
import { formatDate, formatTime, type Locale } from '../../../lib/format';
import { Spinner } from '../../../ui/Spinner';
import { ADMIN_CHANGES } from '../documents';

const TARGETS = [
  'SITE',
  'CLOSURE_DAY',
  'FLOOR',
  'FLOOR_PLAN',
  'ZONE',
  'SPACE',
  'BOOKING_RULES',
  'USER',
  'DEPARTMENT',
  'CLUSTER',
  'BOOKING',
] as const;
type Change = AdminChangesQuery['adminChanges'][number];

/** Who changed what and when, with the values before and after; newest first, 50 at a time. */
export function ChangesTable() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [target, setTarget] = useState<string | null>(null);
  const [older, setOlder] = useState<Change[]>([]);
  const { data, fetchMore, loading } = useQuery(ADMIN_CHANGES, { variables: { targetType: (target ?? null) as never } });
  const rows = [...(data?.adminChanges ?? []), ...older];
  const value = (json: string | null) => (json === null ? '—' : json.replace(/^"|"$/g, ''));

  return (
    <Stack>
      <Select
        label={t('admin.changes.filter')}
        placeholder={t('admin.changes.all')}
        data={TARGETS.map((k) => ({ value: k, label: t(`admin.changes.targets.${k}`) }))}
        value={target}
        onChange={(v) => {
          setTarget(v);
          setOlder([]);
        }}
        clearable
        w={260}
      />
      {loading && !data ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('admin.changes.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped captionSide="top" verticalSpacing="xs">
            <Table.Caption>{t('admin.changes.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.changes.when')}</Table.Th>
                <Table.Th scope="col">{t('admin.changes.who')}</Table.Th>
                <Table.Th scope="col">{t('admin.changes.what')}</Table.Th>
                <Table.Th scope="col">{t('admin.changes.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(new Date(c.occurredAt), locale, 'Europe/Brussels')} {formatTime(new Date(c.occurredAt), 'Europe/Brussels')}
                  </Table.Td>
                  <Table.Td>{c.actor.displayName}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={600}>
                      {t(`admin.changes.actions.${c.action}`, { defaultValue: c.action })}
                    </Text>
                    <Text size="sm">
                      {t(`admin.changes.targets.${c.targetType}`)}: {c.targetLabel}
                    </Text>
                    {c.note && <Text size="sm">“{c.note}”</Text>}
                  </Table.Th>
                  <Table.Td>
                    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
                      {c.changes.slice(0, 12).map((f) => (
                        <li key={f.field}>
                          <Text size="sm" component="span">
                            {f.field}: {f.before === null ? '' : `${value(f.before)} → `}
                            {value(f.after)}
                          </Text>
                        </li>
                      ))}
                    </ul>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > 0 && rows.length % 50 === 0 && (
        <Button
          variant="default"
          onClick={() =>
            void fetchMore({
              variables: { targetType: (target ?? null) as never, after: rows[rows.length - 1]!.id },
              updateQuery: (prev) => prev,
            }).then((r) => setOlder((o) => [...o, ...(r.data?.adminChanges ?? [])]))
          }
        >
          {t('admin.changes.more')}
        </Button>
      )}
    </Stack>
  );
}
