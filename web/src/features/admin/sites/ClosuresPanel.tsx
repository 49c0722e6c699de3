import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, type Locale } from '../../../lib/format';
import { instantOf } from '../../../lib/zoned';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { useConfirm } from '../ConfirmDialog';
import { ADD_CLOSURE, CLOSURES, PREVIEW_ADD_CLOSURE, REMOVE_CLOSURE } from '../documents';
import { useImpactFlow } from '../ImpactDialog';
import { problemText } from '../problems';
import type { AdminSite } from './SiteForm';

/**
 * Closure days of one site for a year: the public holidays of its region (closed unless a manager
 * opens on one) and the organisation's own days (bridge days, staff day). Closing a day that has
 * bookings goes through the impact dialog.
 */
export function ClosuresPanel({ site, thisYear }: { site: AdminSite; thisYear: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [year, setYear] = useState(thisYear);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const impact = useImpactFlow();
  const { confirm, dialog } = useConfirm();
  const variables = { id: site.id, year, from: `${year}-01-01`, to: `${year}-12-31` };
  const { data } = useQuery(CLOSURES, { variables });
  const refetch = { refetchQueries: [{ query: CLOSURES, variables }] };
  const [add] = useMutation(ADD_CLOSURE, refetch);
  const [previewAdd] = useMutation(PREVIEW_ADD_CLOSURE);
  const [remove] = useMutation(REMOVE_CLOSURE, refetch);
  const day = (d: string) => formatDate(instantOf(d, '12:00', site.timeZone) ?? new Date(d), locale, site.timeZone);

  async function close(input: { date: string; reason: string; kind: 'CLOSURE' | 'PUBLIC_HOLIDAY' }) {
    setProblem(null);
    try {
      const full = { siteId: site.id, ...input };
      const done = await impact.run({
        what: t('admin.closures.closeWhat', { date: day(input.date), site: site.name }),
        preview: async () => (await previewAdd({ variables: { input: full } })).data?.previewAddClosureDay,
        apply: (c) => add({ variables: { input: { ...full, ...c } } }),
      });
      if (done) notify(t('admin.closures.closed', { date: day(input.date) }));
      return Boolean(done);
    } catch (err) {
      setProblem(problemText(t, err));
      return false;
    }
  }

  async function open(id: string, d: string, name: string) {
    const ok = await confirm({
      title: t('admin.closures.openTitle'),
      message: t('admin.closures.openConfirm', { date: day(d), name, site: site.name }),
      confirmLabel: t('admin.closures.open'),
    });
    if (!ok) return;
    try {
      await remove({ variables: { id } });
      notify(t('admin.closures.opened', { date: day(d) }));
    } catch (err) {
      setProblem(problemText(t, err));
    }
  }

  const own = (data?.site.closureDays ?? []).filter((c) => c.kind === 'CLOSURE');
  return (
    <Stack>
      <Select
        label={t('admin.closures.year')}
        w={160}
        data={[0, 1, 2, 3].map((n) => String(thisYear + n))}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
        allowDeselect={false}
      />
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      <Title order={3}>{t('admin.closures.holidays', { year })}</Title>
      <Text c="dimmed">{t('admin.closures.holidaysHelp')}</Text>
      <Table.ScrollContainer minWidth={420}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.closures.date')}</Table.Th>
              <Table.Th scope="col">{t('admin.closures.holiday')}</Table.Th>
              <Table.Th scope="col">{t('admin.closures.closedQuestion')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.site.publicHolidays ?? []).map((h) => (
              <Table.Tr key={h.date}>
                <Table.Td>{day(h.date)}</Table.Td>
                <Table.Th scope="row" fw={400}>
                  {h.name}
                </Table.Th>
                <Table.Td>
                  <Switch
                    checked={h.closureDayId !== null}
                    aria-label={t('admin.closures.closedOn', { name: h.name })}
                    label={h.closureDayId !== null ? t('admin.closures.closedYes') : t('admin.closures.closedNo')}
                    onChange={(e) =>
                      void (e.currentTarget.checked
                        ? close({ date: h.date, reason: h.name, kind: 'PUBLIC_HOLIDAY' })
                        : open(h.closureDayId!, h.date, h.name))
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={3}>{t('admin.closures.own', { year })}</Title>
      {own.length === 0 ? (
        <Text c="dimmed">{t('admin.closures.noOwn')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.closures.date')}</Table.Th>
              <Table.Th scope="col">{t('admin.closures.reason')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('admin.closures.open')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {own.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{day(c.date)}</Table.Td>
                <Table.Th scope="row" fw={400}>
                  {c.reason}
                </Table.Th>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => void open(c.id, c.date, c.reason)}>
                    {t('admin.closures.openOn', { date: day(c.date) })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!date || !reason.trim()) {
            setProblem(t('admin.closures.needDateAndReason'));
            return;
          }
          void close({ date, reason: reason.trim(), kind: 'CLOSURE' }).then((ok) => {
            if (ok) {
              setDate('');
              setReason('');
            }
          });
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('admin.closures.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
          <TextInput
            label={t('admin.closures.reason')}
            placeholder={t('admin.closures.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={200}
            required
          />
          <Button type="submit">{t('admin.closures.add')}</Button>
        </Group>
      </form>
      {impact.dialog}
      {dialog}
    </Stack>
  );
}
