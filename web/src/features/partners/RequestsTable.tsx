import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RequestFieldsFragment } from '../../gql/partners/graphql';
import { formatDate, formatRange, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { BOOKING_REQUESTS, CANCEL_REQUEST } from './documents';
import { partnerProblem } from './problem';
import { StatusBadge } from './StatusBadge';

/** What happened to a request, in a sentence: its deadline while it waits, the reason once refused. */
function explanation(r: RequestFieldsFragment, t: TFunction, locale: Locale): string | null {
  const zone = r.booking.space.site.timeZone;
  if (r.booking.status === 'PENDING' && r.decideBy) {
    const d = new Date(r.decideBy);
    return t('partners.portal.decideBy', {
      when: `${formatDate(new Date(d.getTime() - 1), locale, zone)} ${formatTime(new Date(d.getTime() - 1), zone)}`,
    });
  }
  const last = r.decisions[r.decisions.length - 1];
  if (last?.reason && last.decision !== 'EXPIRED') return last.reason;
  return null;
}

/** A partner's requests and bookings, with their status, what it means, and a way to cancel. */
export function RequestsTable({ requests }: { requests: RequestFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [cancelling, setCancelling] = useState<RequestFieldsFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useMutation(CANCEL_REQUEST, { refetchQueries: [BOOKING_REQUESTS] });
  if (requests.length === 0) return <Notice>{t('partners.portal.empty')}</Notice>;
  const when = (r: RequestFieldsFragment) =>
    formatRange(new Date(r.booking.startsAt), new Date(r.booking.endsAt), locale, r.booking.space.site.timeZone);

  async function confirmCancel() {
    if (!cancelling) return;
    setError(null);
    try {
      await cancel({ variables: { input: { id: cancelling.booking.id } } });
      notify(t('partners.portal.cancelled'));
      setCancelling(null);
    } catch (err) {
      const p = partnerProblem(err);
      setError(t(p.key, p.values));
    }
  }

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover aria-label={t('partners.portal.requests')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partners.portal.when')}</Table.Th>
              <Table.Th scope="col">{t('partners.portal.where')}</Table.Th>
              <Table.Th scope="col">{t('partners.portal.subject')}</Table.Th>
              <Table.Th scope="col">{t('partners.portal.status')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('partners.portal.cancel')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => {
              const note = explanation(r, t, locale);
              return (
                <Table.Tr key={r.id} data-booking={r.booking.id}>
                  <Table.Th scope="row" fw={500}>
                    {when(r)}
                  </Table.Th>
                  <Table.Td>
                    {r.booking.space.name}
                    <Text size="sm" c="dimmed">
                      {r.booking.space.site.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.booking.title ?? ''}
                    {r.booking.booker && (
                      <Text size="sm" c="dimmed">
                        {t('partners.portal.requestedBy', { name: r.booking.booker.displayName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <StatusBadge status={r.booking.status} />
                      {note && <Text size="sm">{note}</Text>}
                      {r.booking.seriesId && (
                        <Text size="sm" c="dimmed">
                          {t('partners.portal.series')}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {r.booking.viewerCanCancel && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('partners.portal.cancelFor', { space: r.booking.space.name, when: when(r) })}
                        onClick={() => setCancelling(r)}
                      >
                        {t('partners.portal.cancel')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={cancelling !== null}
        onClose={() => setCancelling(null)}
        title={t('details.cancelConfirmTitle')}
        closeButtonProps={{ 'aria-label': t('details.close') }}
      >
        {cancelling && (
          <Stack>
            {error && (
              <Notice tone="error" role="alert">
                {error}
              </Notice>
            )}
            <Text>{t('details.cancelConfirm', { space: cancelling.booking.space.name, when: when(cancelling) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCancelling(null)}>
                {t('details.cancelKeep')}
              </Button>
              <Button color="red.9" loading={loading} onClick={() => void confirmCancel()}>
                {t('details.cancelYes')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
