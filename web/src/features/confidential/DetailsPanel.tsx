import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { Spinner } from '../../ui/Spinner';
import { CoWorkerField } from './CoWorkerField';
import { DetailsFields, detailsInput, type DetailsValues } from './DetailsFields';
import { CONFIDENTIAL_DETAILS, SET_CO_WORKER, UPDATE_DETAILS } from './documents';
import { confidentialProblem } from './problems';

/**
 * Client details of one consultation, fetched only when the panel opens (each opening is one
 * audited read) and never kept in the client cache.
 */
export function DetailsPanel({ bookingId, title, onClose }: { bookingId: string | null; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={bookingId !== null}
      onClose={onClose}
      title={t('confidential.details.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      {bookingId && <Details bookingId={bookingId} title={title} />}
    </Modal>
  );
}

function Details({ bookingId, title }: { bookingId: string; title: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CONFIDENTIAL_DETAILS, { variables: { bookingId }, fetchPolicy: 'no-cache' });
  const [update, updating] = useMutation(UPDATE_DETAILS, { fetchPolicy: 'no-cache' });
  const [setCoWorker] = useMutation(SET_CO_WORKER, { fetchPolicy: 'no-cache' });
  const [editing, setEditing] = useState<DetailsValues | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (loading) return <Spinner />;
  if (error || !data) return <Notice tone="error">{t(confidentialProblem(error).key, confidentialProblem(error).values)}</Notice>;
  const d = data.confidentialDetails;
  const erased = Boolean(d.erasedAt);
  const empty = !d.clientPseudonym && !d.caseReference && !d.note;

  async function save() {
    setProblem(null);
    try {
      await update({ variables: { input: { bookingId, ...detailsInput(editing!) } } });
      notify(t('confidential.details.saved'));
      setEditing(null);
      await refetch();
    } catch (err) {
      const p = confidentialProblem(err);
      setProblem(t(p.key, p.values));
    }
  }

  async function changeCoWorker(id: string | null) {
    setProblem(null);
    try {
      await setCoWorker({ variables: { input: { bookingId, coWorkerId: id } } });
      notify(t('confidential.details.coWorkerSaved'));
      await refetch();
    } catch (err) {
      const p = confidentialProblem(err);
      setProblem(t(p.key, p.values));
    }
  }

  return (
    <Stack gap="sm">
      <Text fw={700}>{title}</Text>
      <Text size="sm" c="dimmed">
        {t('confidential.details.logged')}
      </Text>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {erased && <Notice tone="info">{t('confidential.details.erased')}</Notice>}
      {!erased && editing && <DetailsFields value={editing} onChange={setEditing} />}
      {!erased && !editing && (
        <dl>
          {empty && <Text>{t('confidential.details.none')}</Text>}
          {d.clientPseudonym && <Row label={t('confidential.fields.pseudonym')} value={d.clientPseudonym} />}
          {d.caseReference && <Row label={t('confidential.fields.caseReference')} value={d.caseReference} />}
          {d.note && <Row label={t('confidential.fields.note')} value={d.note} />}
        </dl>
      )}
      {d.viewerIsBooker ? (
        <>
          <CoWorkerField value={d.coWorker?.id ?? null} label={d.coWorker?.displayName} onChange={(id) => void changeCoWorker(id)} />
          {!erased && (
            <Group justify="flex-end">
              {editing ? (
                <>
                  <Button variant="default" onClick={() => setEditing(null)}>
                    {t('booking.cancel')}
                  </Button>
                  <Button loading={updating.loading} onClick={() => void save()}>
                    {t('confidential.details.save')}
                  </Button>
                </>
              ) : (
                <Button
                  variant="default"
                  onClick={() =>
                    setEditing({ clientPseudonym: d.clientPseudonym ?? '', caseReference: d.caseReference ?? '', note: d.note ?? '' })
                  }
                >
                  {t('confidential.details.edit')}
                </Button>
              )}
            </Group>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('confidential.details.readOnly')}
        </Text>
      )}
    </Stack>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Text component="dt" fw={700} size="sm">
        {label}
      </Text>
      <Text component="dd" ml={0} mb="xs" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    </>
  );
}
