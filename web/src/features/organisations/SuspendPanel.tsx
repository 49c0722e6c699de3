import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OrganisationQuery } from '../../gql/partners/graphql';
import { formatDate, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { ORGANISATION, ORGANISATIONS, REACTIVATE_ORGANISATION, SUSPEND_ORGANISATION } from './documents';
import { organisationProblem } from './problem';

type Organisation = OrganisationQuery['organisation'];

/** Suspend (with a reason, after a confirmation) or let the organisation in again. */
export function SuspendPanel({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refetchQueries = [ORGANISATION, ORGANISATIONS];
  const [suspend, { loading }] = useMutation(SUSPEND_ORGANISATION, { refetchQueries });
  const [reactivate, { loading: reactivating }] = useMutation(REACTIVATE_ORGANISATION, { refetchQueries });

  async function confirm() {
    setError(null);
    try {
      const res = await suspend({ variables: { input: { id: organisation.id, reason } } });
      notify(t('orgAdmin.suspend.done', { count: res.data?.suspendOrganisation.cancelledBookings ?? 0 }));
      setConfirming(false);
    } catch (err) {
      const p = organisationProblem(err);
      setError(t(p.key, p.values));
      setConfirming(false);
    }
  }

  return (
    <Stack gap="md">
      {organisation.status === 'SUSPENDED' ? (
        <>
          <Notice tone="warn">
            {t('orgAdmin.suspend.suspendedSince', {
              when: organisation.suspendedAt
                ? formatDate(new Date(organisation.suspendedAt), i18n.language as Locale, 'Europe/Brussels')
                : '',
              reason: organisation.suspensionReason ?? '',
            })}
          </Notice>
          <Button
            style={{ alignSelf: 'flex-start' }}
            loading={reactivating}
            onClick={() =>
              void reactivate({ variables: { input: { id: organisation.id } } }).then(() => notify(t('orgAdmin.suspend.reactivated')))
            }
          >
            {t('orgAdmin.suspend.reactivate')}
          </Button>
        </>
      ) : (
        <>
          <Text size="sm">{t('orgAdmin.suspend.intro')}</Text>
          {error && (
            <Notice tone="error" role="alert">
              {error}
            </Notice>
          )}
          <Textarea
            label={t('orgAdmin.suspend.reason')}
            required
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button color="red.9" style={{ alignSelf: 'flex-start' }} disabled={!reason.trim()} onClick={() => setConfirming(true)}>
            {t('orgAdmin.suspend.submit')}
          </Button>
        </>
      )}
      <Anchor component={Link} href={`/gebruik?organisatie=${organisation.id}`}>
        {t('orgAdmin.suspend.statements')}
      </Anchor>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('orgAdmin.suspend.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('details.close') }}
      >
        <Stack>
          <Text>{t('orgAdmin.suspend.intro')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('orgAdmin.form.cancel')}
            </Button>
            <Button color="red.9" loading={loading} onClick={() => void confirm()}>
              {t('orgAdmin.suspend.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
