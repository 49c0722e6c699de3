import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccupancyTargetsQuery, RatioBasis } from '../../gql/reports/graphql';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import type { Locale } from '../../lib/format';
import { notify } from '../../ui/notify';
import { OCCUPANCY_TARGETS, REMOVE_OCCUPANCY_TARGET, REPORT_FILTERS, SET_OCCUPANCY_TARGET } from './documents';
import { decimal, percent } from './format';

type Target = OccupancyTargetsQuery['occupancyTargets'][number];
type Shares = 'occupancyMin' | 'occupancyMax' | 'peakMin' | 'peakMax' | 'noShowMax';
const SHARES: Shares[] = ['occupancyMin', 'occupancyMax', 'peakMin', 'peakMax', 'noShowMax'];

/** The targets per site (and optionally department); facility managers add, change and remove them. */
export function TargetsEditor({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data } = useQuery(OCCUPANCY_TARGETS);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [remove] = useMutation(REMOVE_OCCUPANCY_TARGET, { refetchQueries: 'active' });
  const scope = (x: Target) =>
    [x.siteName ?? t('reports.targets.everySite'), x.departmentName ?? t('reports.targets.everyDepartment')].join(' · ');
  const band = (low: number | null, high: number | null, f: (v: number | null) => string) =>
    low !== null && high !== null ? `${f(low)}–${f(high)}` : low !== null ? `≥ ${f(low)}` : high !== null ? `≤ ${f(high)}` : '—';

  async function doRemove(x: Target) {
    try {
      await remove({ variables: { input: { id: x.id! } } });
      notify(t('reports.targets.removed'));
    } catch (err) {
      const m = problemMessage(apiProblem(err));
      notify(t(m.key, m.values), 'error');
    }
  }

  return (
    <Stack gap="md">
      {canEdit && (
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')} w="fit-content">
          {t('reports.targets.add')}
        </Button>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder striped>
          <Table.Caption>{t('reports.targets.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {['scope', 'ratio', 'occupancy', 'peak', 'noShow', ...(canEdit ? ['actions'] : [])].map((c) => (
                <Table.Th key={c} scope="col">
                  {t(`reports.targets.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.occupancyTargets ?? []).map((x) => (
              <Table.Tr key={x.id ?? 'default'}>
                <Table.Th scope="row" fw={500}>
                  {scope(x)}{' '}
                  {x.isDefault && (
                    <Text span size="sm">
                      ({t('reports.targets.builtIn')})
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  {band(x.ratioMin, x.ratioMax, (v) => decimal(v, locale))} / {t(`reports.targets.form.${x.ratioBasis}`)}
                  {x.ratioMaxDesks !== null && ` (max. ${x.ratioMaxDesks})`}
                </Table.Td>
                <Table.Td>{band(x.occupancyMin, x.occupancyMax, (v) => percent(v, locale))}</Table.Td>
                <Table.Td>{band(x.peakMin, x.peakMax, (v) => percent(v, locale))}</Table.Td>
                <Table.Td>{band(null, x.noShowMax, (v) => percent(v, locale))}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={`${t('reports.targets.edit')}: ${scope(x)}`}
                        onClick={() => setEditing(x)}
                      >
                        {t('reports.targets.edit')}
                      </Button>
                      {!x.isDefault && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red.9"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          aria-label={`${t('reports.targets.remove')}: ${scope(x)}`}
                          onClick={() => void doRemove(x)}
                        >
                          {t('reports.targets.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!canEdit && <Text size="sm">{t('reports.targets.readOnly')}</Text>}
      {editing && <TargetForm target={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function TargetForm({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const filters = useQuery(REPORT_FILTERS);
  const [save, { loading }] = useMutation(SET_OCCUPANCY_TARGET, { refetchQueries: 'active' });
  const [siteId, setSiteId] = useState<string | null>(target?.siteId ?? null);
  const [departmentId, setDepartmentId] = useState<string | null>(target?.departmentId ?? null);
  const [ratioBasis, setRatioBasis] = useState<RatioBasis>(target?.ratioBasis ?? 'SCREEN_WORKERS');
  const [ratio, setRatio] = useState({
    ratioMin: target?.ratioMin ?? 0.1,
    ratioMax: target?.ratioMax ?? null,
    ratioMaxDesks: target?.ratioMaxDesks ?? null,
  } as Record<string, number | null>);
  const [shares, setShares] = useState<Record<Shares, number>>(
    Object.fromEntries(
      SHARES.map((k) => [
        k,
        Math.round((target?.[k] ?? { occupancyMin: 0.4, occupancyMax: 0.75, peakMin: 0.5, peakMax: 0.85, noShowMax: 0.1 }[k]) * 100),
      ]),
    ) as Record<Shares, number>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const num = (v: number | string) => (v === '' ? null : Number(v));

  async function submit() {
    setErrors({});
    try {
      await save({
        variables: {
          input: {
            siteId,
            departmentId,
            ratioBasis,
            ratioMin: ratio.ratioMin,
            ratioMax: ratio.ratioMax,
            ratioMaxDesks: ratio.ratioMaxDesks,
            ...(Object.fromEntries(SHARES.map((k) => [k, shares[k] / 100])) as Record<Shares, number>),
          },
        },
      });
      notify(t('reports.targets.saved'));
      onClose();
    } catch (err) {
      const p = apiProblem(err);
      const text =
        p.reason === 'TARGET_INVALID' ? t('reports.targets.errors.TARGET_INVALID') : t(problemMessage(p).key, problemMessage(p).values);
      setErrors(Object.fromEntries((p.fieldErrors.length ? p.fieldErrors.map((f) => f.field) : ['form']).map((f) => [f, text])));
    }
  }

  const title = target
    ? t('reports.targets.editOf', {
        scope: [target.siteName ?? t('reports.targets.everySite'), target.departmentName].filter(Boolean).join(' · '),
      })
    : t('reports.targets.add');
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('details.close') }}>
      <Stack component="form" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('reports.targets.form.site')}
            placeholder={t('reports.targets.everySite')}
            clearable
            disabled={!!target}
            data={(filters.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={setSiteId}
          />
          <Select
            label={t('reports.targets.form.department')}
            placeholder={t('reports.targets.everyDepartment')}
            clearable
            searchable
            disabled={!!target}
            data={(filters.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            value={departmentId}
            onChange={setDepartmentId}
          />
          <Select
            label={t('reports.targets.form.ratioBasis')}
            data={(['SCREEN_WORKERS', 'FTE'] as const).map((b) => ({ value: b, label: t(`reports.targets.form.${b}`) }))}
            value={ratioBasis}
            onChange={(v) => v && setRatioBasis(v)}
            allowDeselect={false}
          />
          {(['ratioMin', 'ratioMax', 'ratioMaxDesks'] as const).map((k) => (
            <NumberInput
              key={k}
              label={t(`reports.targets.form.${k}`)}
              value={ratio[k] ?? ''}
              onChange={(v) => setRatio((r) => ({ ...r, [k]: num(v) }))}
              decimalSeparator=","
              allowDecimal={k !== 'ratioMaxDesks'}
              min={0}
              error={errors[k]}
            />
          ))}
          {SHARES.map((k) => (
            <NumberInput
              key={k}
              label={t(`reports.targets.form.${k}`)}
              value={shares[k]}
              onChange={(v) => setShares((s) => ({ ...s, [k]: Number(v) || 0 }))}
              min={0}
              max={100}
              error={errors[k]}
              required
            />
          ))}
        </SimpleGrid>
        {errors.form && (
          <Text c="var(--mantine-color-error)" role="alert">
            {errors.form}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('reports.targets.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('reports.targets.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
