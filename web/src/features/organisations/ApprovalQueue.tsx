import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestFieldsFragment } from '../../gql/partners/graphql';
import { formatDate, formatRange, formatTime, type Locale } from '../../lib/format';
import { instantOf } from '../../lib/zoned';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { Spinner } from '../../ui/Spinner';
import { BOOKING_REQUESTS, StatusBadge } from '../partners';
import { APPROVE_REQUESTS, ORGANISATIONS, PARTNER_CATALOGUE, REJECT_REQUESTS } from './documents';
import { organisationProblem } from './problem';

type Request = RequestFieldsFragment;
type Group = { key: string; seriesId: string | null; items: Request[] };
type Target = { bookingIds?: string[]; seriesId?: string; label: string; count: number };
const STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED', 'EXPIRED', 'CANCELLED'] as const;

/** Pending requests, most urgent first: a series is one row decided as a whole, or opened to decide per date. */
export function ApprovalQueue() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('PENDING');
  // a period of local days (the municipality's time zone): from the start of the first to the end of the last
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const from = fromDate ? instantOf(fromDate, '00:00', 'Europe/Brussels')?.toISOString() : undefined;
  const to = toDate ? instantOf(toDate, '24:00', 'Europe/Brussels')?.toISOString() : undefined;
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState<Target | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const orgs = useQuery(ORGANISATIONS);
  const catalogue = useQuery(PARTNER_CATALOGUE);
  const { data, loading } = useQuery(BOOKING_REQUESTS, {
    variables: { filter: { statuses: [status], organisationId, siteId, from, to } },
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(APPROVE_REQUESTS, { refetchQueries: [BOOKING_REQUESTS] });
  const [reject, { loading: rejectingNow }] = useMutation(REJECT_REQUESTS, { refetchQueries: [BOOKING_REQUESTS] });

  const groups = useMemo(() => {
    const out: Group[] = [];
    const bySeries = new Map<string, Group>();
    for (const r of data?.bookingRequests ?? []) {
      const series = status === 'PENDING' ? r.booking.seriesId : null;
      if (!series) {
        out.push({ key: r.id, seriesId: null, items: [r] });
        continue;
      }
      let g = bySeries.get(series);
      if (!g) {
        g = { key: series, seriesId: series, items: [] };
        bySeries.set(series, g);
        out.push(g);
      }
      g.items.push(r);
    }
    for (const g of out) g.items.sort((a, b) => a.booking.startsAt.localeCompare(b.booking.startsAt));
    return out;
  }, [data, status]);

  const when = (r: Request) => formatRange(new Date(r.booking.startsAt), new Date(r.booking.endsAt), locale, r.booking.space.site.timeZone);
  const day = (r: Request) => formatDate(new Date(r.booking.startsAt), locale, r.booking.space.site.timeZone);
  const deadline = (r: Request) => {
    if (!r.decideBy) return '';
    const d = new Date(new Date(r.decideBy).getTime() - 1);
    return `${formatDate(d, locale, r.booking.space.site.timeZone)} ${formatTime(d, r.booking.space.site.timeZone)}`;
  };
  const decision = (r: Request) => {
    const last = r.decisions[r.decisions.length - 1];
    if (!last) return '';
    const values = {
      decision: t(`orgAdmin.approvals.decisions.${last.decision}`),
      name: last.decidedBy?.displayName ?? '',
      when: formatDate(new Date(last.decidedAt), locale, 'Europe/Brussels'),
    };
    return `${t(last.decidedBy ? 'orgAdmin.approvals.decidedBy' : 'orgAdmin.approvals.decidedAuto', values)}${last.reason ? ` — ${last.reason}` : ''}`;
  };

  async function doApprove(target: Target) {
    setError(null);
    try {
      const res = await approve({
        variables: { input: target.seriesId ? { seriesId: target.seriesId } : { bookingIds: target.bookingIds } },
      });
      notify(t('orgAdmin.approvals.approved', { count: res.data?.approveBookingRequests.length ?? 0 }));
    } catch (err) {
      const p = organisationProblem(err);
      setError(t(p.key, p.values));
    }
  }

  async function doReject() {
    if (!rejecting) return;
    try {
      const input = { reason, ...(rejecting.seriesId ? { seriesId: rejecting.seriesId } : { bookingIds: rejecting.bookingIds }) };
      const res = await reject({ variables: { input } });
      notify(t('orgAdmin.approvals.rejected', { count: res.data?.rejectBookingRequests.length ?? 0 }));
      setRejecting(null);
      setReason('');
    } catch (err) {
      const p = organisationProblem(err);
      setError(t(p.key, p.values));
      setRejecting(null);
    }
  }

  const actions = (target: Target, approveLabel: string, rejectLabel: string, aria: { approve: string; reject: string }) => (
    <Group gap={6} wrap="nowrap">
      <Button size="xs" aria-label={aria.approve} onClick={() => void doApprove(target)}>
        {approveLabel}
      </Button>
      <Button size="xs" variant="default" aria-label={aria.reject} onClick={() => setRejecting(target)}>
        {rejectLabel}
      </Button>
    </Group>
  );

  const row = (r: Request, nested = false) => (
    <Table.Tr key={r.id} data-booking={r.booking.id}>
      <Table.Td>{nested ? '' : requester(r)}</Table.Td>
      <Table.Td>{nested ? '' : `${r.booking.space.name}, ${r.booking.space.site.name}`}</Table.Td>
      <Table.Th scope="row" fw={500}>
        {when(r)}
        {r.booking.title && !nested && (
          <Text size="sm" c="dimmed">
            {r.booking.title}
          </Text>
        )}
      </Table.Th>
      <Table.Td>
        {status === 'PENDING' ? (
          deadline(r)
        ) : (
          <Stack gap={2}>
            <StatusBadge status={r.booking.status} />
            <Text size="sm">{decision(r)}</Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {status === 'PENDING' &&
          actions({ bookingIds: [r.id], label: when(r), count: 1 }, t('orgAdmin.approvals.approve'), t('orgAdmin.approvals.reject'), {
            approve: t('orgAdmin.approvals.approveFor', { space: r.booking.space.name, when: when(r) }),
            reject: t('orgAdmin.approvals.rejectFor', { space: r.booking.space.name, when: when(r) }),
          })}
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('orgAdmin.approvals.organisation')}
          placeholder={t('orgAdmin.approvals.allOrganisations')}
          data={(orgs.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={organisationId}
          onChange={setOrganisationId}
          clearable
          searchable
        />
        <Select
          label={t('orgAdmin.approvals.site')}
          placeholder={t('orgAdmin.approvals.allSites')}
          data={(catalogue.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={siteId}
          onChange={setSiteId}
          clearable
        />
        <Select
          label={t('orgAdmin.approvals.status')}
          data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => v && setStatus(v)}
          allowDeselect={false}
        />
        <TextInput type="date" label={t('orgAdmin.approvals.from')} value={fromDate} onChange={(e) => setFromDate(e.currentTarget.value)} />
        <TextInput
          type="date"
          label={t('orgAdmin.approvals.to')}
          value={toDate}
          min={fromDate || undefined}
          onChange={(e) => setToDate(e.currentTarget.value)}
        />
      </Group>
      {error && (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      )}
      {loading && !data ? (
        <Spinner />
      ) : groups.length === 0 ? (
        <Notice>{t('orgAdmin.approvals.empty')}</Notice>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped aria-label={t('orgAdmin.approvals.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('orgAdmin.approvals.requester')}</Table.Th>
                <Table.Th scope="col">{t('orgAdmin.approvals.space')}</Table.Th>
                <Table.Th scope="col">{t('orgAdmin.approvals.when')}</Table.Th>
                <Table.Th scope="col">
                  {status === 'PENDING' ? t('orgAdmin.approvals.decideBy') : t('orgAdmin.approvals.decision')}
                </Table.Th>
                <Table.Th scope="col">{t('orgAdmin.approvals.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => {
                if (!g.seriesId || g.items.length < 2) return g.items.map((r) => row(r));
                const first = g.items[0]!;
                const last = g.items[g.items.length - 1]!;
                const count = g.items.length;
                const expanded = open.has(g.key);
                const target = { seriesId: g.seriesId, label: first.booking.space.name, count };
                return (
                  <Fragment key={g.key}>
                    <Table.Tr>
                      <Table.Td>{requester(first)}</Table.Td>
                      <Table.Td>{`${first.booking.space.name}, ${first.booking.space.site.name}`}</Table.Td>
                      <Table.Th scope="row" fw={500}>
                        {t('orgAdmin.approvals.series', { count, first: day(first), last: day(last) })}
                        <Text size="sm">
                          {formatTime(new Date(first.booking.startsAt), first.booking.space.site.timeZone)}–
                          {formatTime(new Date(first.booking.endsAt), first.booking.space.site.timeZone)}
                          {first.booking.title ? ` · ${first.booking.title}` : ''}
                        </Text>
                      </Table.Th>
                      <Table.Td>{deadline(first)}</Table.Td>
                      <Table.Td>
                        <Stack gap={6}>
                          {actions(target, t('orgAdmin.approvals.approveAll', { count }), t('orgAdmin.approvals.rejectAll', { count }), {
                            approve: t('orgAdmin.approvals.approveAllFor', { count, space: first.booking.space.name }),
                            reject: t('orgAdmin.approvals.rejectAllFor', { count, space: first.booking.space.name }),
                          })}
                          <Button
                            size="xs"
                            variant="default"
                            aria-expanded={expanded}
                            onClick={() =>
                              setOpen((prev) => new Set(prev.has(g.key) ? [...prev].filter((k) => k !== g.key) : [...prev, g.key]))
                            }
                          >
                            {t('orgAdmin.approvals.perDate')}
                          </Button>
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                    {expanded && g.items.map((r) => row(r, true))}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={rejecting !== null}
        onClose={() => setRejecting(null)}
        title={t('orgAdmin.approvals.rejectTitle')}
        closeButtonProps={{ 'aria-label': t('details.close') }}
      >
        {rejecting && (
          <Stack>
            <Text>
              {rejecting.label}
              {rejecting.count > 1 ? ` (${rejecting.count})` : ''}
            </Text>
            <Textarea
              label={t('orgAdmin.approvals.reason')}
              description={t('orgAdmin.approvals.rejectIntro')}
              required
              maxLength={1000}
              autosize
              minRows={3}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRejecting(null)}>
                {t('orgAdmin.form.cancel')}
              </Button>
              <Button color="red.9" disabled={!reason.trim()} loading={rejectingNow} onClick={() => void doReject()}>
                {t('orgAdmin.approvals.rejectConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function requester(r: Request) {
  return (
    <>
      {r.booking.organisation?.name ?? ''}
      {r.booking.booker && (
        <Text size="sm" c="dimmed">
          {r.booking.booker.displayName}
        </Text>
      )}
    </>
  );
}
