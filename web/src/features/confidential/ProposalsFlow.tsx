import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationProposalsQuery } from '../../gql/confidential/graphql';
import { formatDate, formatRange, formatTime, localDateOf, type Locale } from '../../lib/format';
import { addDays } from '../../lib/opening-hours';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { HeldSets } from './HeldSets';
import { HOLD_PROPOSALS, PROPOSAL_SETS, PROPOSALS } from './documents';
import { confidentialProblem } from './problems';

const DURATIONS = [30, 45, 60, 75, 90, 120];
type Result = ConsultationProposalsQuery['consultationProposals'];
type Proposal = Result['proposals'][number];
const keyOf = (p: Proposal) => `${p.spaceId}|${p.startsAt}`;

/** Offer a citizen a choice: find slots on two sites, hold the ones to offer, confirm the one they choose. */
export function ProposalsFlow({ viewerId }: { viewerId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const today = localDateOf(new Date(), 'Europe/Brussels');
  const [duration, setDuration] = useState('60');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(addDays(today, 7));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();
  const [searching, setSearching] = useState(false);
  // Results live here, not in a watched query: once slots are held they are gone, not searched again.
  const [result, setResult] = useState<Result | null>(null);
  const sets = useQuery(PROPOSAL_SETS);
  const [hold, holding] = useMutation(HOLD_PROPOSALS, { refetchQueries: 'active' });

  async function find(e: React.FormEvent) {
    e.preventDefault();
    setProblem(null);
    setSearching(true);
    try {
      const res = await client.query({
        query: PROPOSALS,
        variables: { input: { durationMinutes: Number(duration), from, to } },
        fetchPolicy: 'network-only',
      });
      const found = res.data?.consultationProposals ?? null;
      setResult(found);
      setSelected(new Set((found?.proposals ?? []).map(keyOf)));
    } catch (err) {
      const p = confidentialProblem(err);
      setProblem(t(p.key, p.values));
    } finally {
      setSearching(false);
    }
  }

  async function holdSelected() {
    setProblem(null);
    const proposals = (result?.proposals ?? []).filter((p) => selected.has(keyOf(p)));
    if (proposals.length < 2) return setProblem(t('confidential.proposals.pickTwo'));
    try {
      const res = await hold({
        variables: { input: { proposals: proposals.map(({ spaceId, startsAt, endsAt }) => ({ spaceId, startsAt, endsAt })) } },
      });
      const until = res.data?.holdConsultationProposals.expiresAt;
      const tz = proposals[0]!.timeZone;
      const whenHeld = until ? `${formatDate(new Date(until), locale, tz)} ${formatTime(new Date(until), tz)}` : '';
      notify(t('confidential.proposals.heldNotice', { count: proposals.length, when: whenHeld }));
      setResult(null);
      setSelected(new Set());
      await sets.refetch();
    } catch (err) {
      const p = confidentialProblem(err);
      setProblem(t(p.key, p.values));
    }
  }

  const bySite = new Map<string, Proposal[]>();
  for (const p of result?.proposals ?? []) bySite.set(p.siteId, [...(bySite.get(p.siteId) ?? []), p]);
  return (
    <Stack gap="lg">
      <Notice>{t('confidential.proposals.intro')}</Notice>
      <form onSubmit={(e) => void find(e)} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" style={{ alignItems: 'end' }}>
          <Select
            label={t('confidential.proposals.duration')}
            data={DURATIONS.map((m) => ({ value: String(m), label: t('confidential.proposals.minutes', { count: m }) }))}
            value={duration}
            onChange={(v) => v && setDuration(v)}
            allowDeselect={false}
          />
          <TextInput type="date" label={t('confidential.proposals.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('confidential.proposals.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <Button type="submit" loading={searching}>
            {t('confidential.proposals.search')}
          </Button>
        </SimpleGrid>
      </form>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {result && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('confidential.proposals.choose')}
          </Title>
          {result.proposals.length === 0 && <Notice tone="warn">{t('confidential.proposals.none')}</Notice>}
          {result.proposals.length > 0 && !result.complete && <Notice tone="warn">{t('confidential.proposals.incomplete')}</Notice>}
          {[...bySite.values()].map((slots) => (
            <Fieldset
              key={slots[0]!.siteId}
              legend={
                <Group gap="xs">
                  <span>{slots[0]!.siteName}</span>
                  <Badge variant="outline" color="gray.8">
                    {t(slots[0]!.isSatellite ? 'confidential.proposals.satellite' : 'confidential.proposals.mainBuilding')}
                  </Badge>
                </Group>
              }
            >
              <Stack gap={6}>
                {slots.map((p) => (
                  <Checkbox
                    key={keyOf(p)}
                    checked={selected.has(keyOf(p))}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.currentTarget.checked) next.add(keyOf(p));
                      else next.delete(keyOf(p));
                      setSelected(next);
                    }}
                    label={t('confidential.proposals.slot', {
                      when: formatRange(new Date(p.startsAt), new Date(p.endsAt), locale, p.timeZone),
                      room: `${p.spaceName} (${p.floorName})`,
                    })}
                  />
                ))}
              </Stack>
            </Fieldset>
          ))}
          {result.proposals.length > 0 && (
            <Group justify="flex-end">
              <Button onClick={() => void holdSelected()} loading={holding.loading}>
                {t('confidential.proposals.hold')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <HeldSets sets={sets.data?.consultationProposalSets ?? []} viewerId={viewerId} onChange={() => void sets.refetch()} />
    </Stack>
  );
}
