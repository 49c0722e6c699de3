import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconEyeOff, IconMinus, IconPencil, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureStatus, MeasureUnit, SuccessMeasuresQuery } from '../../gql/reports/graphql';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import type { Locale } from '../../lib/format';
import { notify } from '../../ui/notify';
import { SET_SUCCESS_MEASURE_TARGET } from './documents';
import { decimal, percent } from './format';

type Measure = SuccessMeasuresQuery['successMeasures'][number];

const STATUS: Record<MeasureStatus, { color: string; icon: typeof IconCheck }> = {
  MET: { color: '#2b7a3d', icon: IconCheck },
  NOT_MET: { color: '#b3261e', icon: IconX },
  NO_DATA: { color: '#5c636a', icon: IconMinus },
  SUPPRESSED: { color: '#5c636a', icon: IconEyeOff },
};

const asPercent = (unit: MeasureUnit) => unit === 'SHARE' || unit === 'CHANGE';

function inUnit(unit: MeasureUnit, value: number | null, locale: Locale): string {
  if (asPercent(unit)) return percent(value, locale);
  if (value === null) return '—';
  return unit === 'COUNT'
    ? decimal(value, locale, 0)
    : unit === 'SCORE'
      ? `${decimal(value, locale, 1)} / 5`
      : `${decimal(value, locale, 1)} u`;
}

/** The success measures: definition, current value, target (editable where allowed) and met or not, in words and icon. */
export function MeasuresTable({ measures, canEdit }: { measures: Measure[]; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [editing, setEditing] = useState<Measure | null>(null);
  const name = (m: Measure) => t(`reports.measures.names.${m.key}`);
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder verticalSpacing="sm">
          <Table.Caption>{t('reports.measures.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.measures.measure')}</Table.Th>
              <Table.Th scope="col">{t('reports.measures.value')}</Table.Th>
              <Table.Th scope="col">{t('reports.measures.target')}</Table.Th>
              <Table.Th scope="col">{t('reports.measures.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measures.map((m) => {
              const { color, icon: Icon } = STATUS[m.status];
              const target = inUnit(m.unit, m.target, locale);
              return (
                <Table.Tr key={m.key} data-measure={m.key}>
                  <Table.Th scope="row" fw={400} maw={420}>
                    <Text fw={700}>{name(m)}</Text>
                    <Text size="sm">{t(`reports.measures.definitions.${m.key}`)}</Text>
                    {m.windowFrom && m.windowTo && (
                      <Text size="xs">{t('reports.measures.window', { from: m.windowFrom, to: m.windowTo })}</Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Text fw={700}>{m.status === 'SUPPRESSED' ? '—' : inUnit(m.unit, m.value, locale)}</Text>
                    {m.details.length > 0 && (
                      <Text size="xs">
                        {m.details
                          .map(
                            (d) =>
                              `${decimal(d.value, locale, 1)} ${t(`reports.measures.details.${d.key}`, { defaultValue: t(`kinds.${d.key}`, { defaultValue: d.key }) })}`,
                          )
                          .join(' · ')}
                      </Text>
                    )}
                    {m.names.length > 0 && <Text size="xs">{m.names.join(', ')}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Text>
                      {m.key === 'SATELLITE_CONTACT_TREND'
                        ? t('reports.measures.rising', { value: target })
                        : t('reports.measures.atLeast', { value: target })}
                      {m.cap !== null && ` (max. ${m.cap})`}
                    </Text>
                    {m.targetIsDefault && <Text size="xs">{t('reports.measures.defaultTarget')}</Text>}
                    {canEdit && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={`${t('reports.measures.edit')}: ${name(m)}`}
                        onClick={() => setEditing(m)}
                      >
                        {t('reports.measures.edit')}
                      </Button>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Icon size={18} color={color} aria-hidden stroke={2.5} />
                      <Text fw={700} c={color}>
                        {t(`reports.measures.statuses.${m.status}`)}
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <TargetDialog measure={editing} title={t('reports.measures.editOf', { measure: name(editing) })} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

function TargetDialog({ measure, title, onClose }: { measure: Measure; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const scale = asPercent(measure.unit) ? 100 : 1;
  const [target, setTarget] = useState<number | string>(Math.round(measure.target * scale * 100) / 100);
  const [cap, setCap] = useState<number | string>(measure.cap ?? '');
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_SUCCESS_MEASURE_TARGET, { refetchQueries: 'active' });
  async function submit() {
    setError(null);
    try {
      await save({
        variables: {
          input: {
            measure: measure.key,
            target: Number(target) / scale,
            cap: measure.key === 'FLEX_DESKS' && cap !== '' ? Number(cap) : null,
          },
        },
      });
      notify(t('reports.measures.saved'));
      onClose();
    } catch (err) {
      const p = apiProblem(err);
      setError(
        p.reason === 'TARGET_INVALID' ? t('reports.targets.errors.TARGET_INVALID') : t(problemMessage(p).key, problemMessage(p).values),
      );
    }
  }
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('details.close') }}>
      <Stack component="form" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <NumberInput
          label={`${t('reports.measures.target')}${scale === 100 ? ' (%)' : ''}`}
          value={target}
          onChange={setTarget}
          decimalSeparator=","
          error={error}
          required
        />
        {measure.key === 'FLEX_DESKS' && (
          <NumberInput label={t('reports.measures.cap')} value={cap} onChange={setCap} min={1} allowDecimal={false} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('reports.measures.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('reports.measures.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
