import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationProposalSetsQuery } from '../../gql/confidential/graphql';
import { formatDate, formatRange, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { CoWorkerField } from './CoWorkerField';
import { DetailsFields, detailsInput, EMPTY_DETAILS, type DetailsValues } from './DetailsFields';
import { CONFIRM_PROPOSAL, RELEASE_PROPOSALS } from './documents';
import { confidentialProblem } from './problems';

type Set = ConsultationProposalSetsQuery['consultationProposalSets'][number];
type Hold = Set['holds'][number];

/** Proposals still held for a citizen: confirm the chosen one (with the client details), or release them all. */
export function HeldSets({ sets, viewerId, onChange }: { sets: Set[]; viewerId: string; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [release] = useMutation(RELEASE_PROPOSALS, { refetchQueries: 'active' });
  const [chosen, setChosen] = useState<Hold | null>(null);
  if (sets.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('confidential.proposals.holding')}
      </Title>
      {sets.map((set) => {
        const until = new Date(set.expiresAt);
        const tz = set.holds[0]?.space.site.timeZone ?? 'Europe/Brussels';
        return (
          <Paper key={set.id} withBorder p="sm">
            <Stack gap="xs">
              <Text fw={700}>
                {t('confidential.proposals.heldUntil', { when: `${formatDate(until, locale, tz)} ${formatTime(until, tz)}` })}
              </Text>
              {set.holds.map((h) => {
                const slot = `${formatRange(new Date(h.startsAt), new Date(h.endsAt), locale, h.space.site.timeZone)} — ${h.space.name}, ${h.space.site.name}`;
                return (
                  <Group key={h.id} justify="space-between" wrap="wrap" gap="xs">
                    <Text>{slot}</Text>
                    <Button size="xs" aria-label={`${t('confidential.proposals.confirm')}: ${slot}`} onClick={() => setChosen(h)}>
                      {t('confidential.proposals.confirm')}
                    </Button>
                  </Group>
                );
              })}
              <Group justify="flex-end">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    void release({ variables: { input: { proposalSetId: set.id } } }).then(() => {
                      notify(t('confidential.proposals.released'));
                      onChange();
                    })
                  }
                >
                  {t('confidential.proposals.release')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <ConfirmDialog hold={chosen} viewerId={viewerId} onClose={() => setChosen(null)} onDone={onChange} />
    </Stack>
  );
}

function ConfirmDialog({
  hold,
  viewerId,
  onClose,
  onDone,
}: {
  hold: Hold | null;
  viewerId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [confirm, { loading }] = useMutation(CONFIRM_PROPOSAL, { refetchQueries: 'active' });
  const [details, setDetails] = useState<DetailsValues>(EMPTY_DETAILS);
  const [coWorkerId, setCoWorkerId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const when = hold ? formatRange(new Date(hold.startsAt), new Date(hold.endsAt), i18n.language as Locale, hold.space.site.timeZone) : '';

  async function submit() {
    setProblem(null);
    try {
      await confirm({ variables: { input: { bookingId: hold!.id, details: detailsInput(details), coWorkerId } } });
      notify(t('confidential.proposals.confirmed'));
      setDetails(EMPTY_DETAILS);
      setCoWorkerId(null);
      onClose();
      onDone();
    } catch (err) {
      const p = confidentialProblem(err);
      setProblem(t(p.key, p.values));
    }
  }

  return (
    <Modal
      opened={hold !== null}
      onClose={onClose}
      title={t('confidential.proposals.confirmTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      {hold && (
        <Stack gap="sm">
          <Text>{t('confidential.proposals.confirmIntro', { room: `${hold.space.name} (${hold.space.site.name})`, when })}</Text>
          {problem && (
            <Notice tone="error" role="alert">
              {problem}
            </Notice>
          )}
          <DetailsFields value={details} onChange={setDetails} />
          <CoWorkerField value={coWorkerId} onChange={setCoWorkerId} excludeId={viewerId} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('booking.cancel')}
            </Button>
            <Button loading={loading} onClick={() => void submit()}>
              {t('confidential.proposals.confirmSubmit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
