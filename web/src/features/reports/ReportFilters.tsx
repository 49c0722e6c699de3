import { useQuery } from '@apollo/client/react';
import { Button, Chip, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDimension, SpaceKind } from '../../gql/reports/graphql';
import { daysBefore } from './format';
import { REPORT_FILTERS } from './documents';

export type Filters = {
  from: string;
  to: string;
  siteId: string | null;
  floorId: string | null;
  zoneId: string | null;
  departmentId: string | null;
  kinds: SpaceKind[];
  weekdays: string[];
  hourFrom: number;
  hourTo: number;
  groupBy: ReportDimension | null;
};

const KINDS: SpaceKind[] = ['DESK', 'QUIET_ROOM', 'MEETING_ROOM', 'INFORMAL_AREA', 'PHONE_BOOTH', 'CONSULTATION_ROOM', 'FRONT_DESK'];
const DIMENSIONS: ReportDimension[] = ['SITE', 'FLOOR', 'ZONE', 'KIND', 'DEPARTMENT'];
const HOURS = Array.from({ length: 25 }, (_, h) => String(h));

/** The period and the cuts the report API supports: site, floor, zone, kinds, department, weekdays, hours, and a breakdown. */
export function ReportFilters({ value, onChange, today }: { value: Filters; onChange: (f: Filters) => void; today: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(REPORT_FILTERS);
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const site = data?.sites.find((s) => s.id === value.siteId);
  const floor = site?.floors.find((f) => f.id === value.floorId);
  const all = t('reports.filters.all');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-filters">
      <Title order={2} size="h4" id="report-filters" mb="xs">
        {t('reports.filters.title')}
      </Title>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('reports.filters.from')}
            value={value.from}
            max={value.to}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('reports.filters.to')}
            value={value.to}
            min={value.from}
            onChange={(e) => set({ to: e.currentTarget.value })}
          />
          <Group gap={6} role="group" aria-label={t('reports.filters.period')}>
            {(
              [
                ['weeks4', 27],
                ['months3', 90],
                ['months6', 181],
              ] as const
            ).map(([key, days]) => (
              <Button key={key} variant="default" size="sm" onClick={() => set({ from: daysBefore(today, days), to: today })}>
                {t(`reports.filters.${key}`)}
              </Button>
            ))}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Select
            label={t('reports.filters.site')}
            placeholder={all}
            clearable
            data={(data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={value.siteId}
            onChange={(v) => set({ siteId: v, floorId: null, zoneId: null })}
          />
          <Select
            label={t('reports.filters.floor')}
            placeholder={all}
            clearable
            disabled={!site}
            data={(site?.floors ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={value.floorId}
            onChange={(v) => set({ floorId: v, zoneId: null })}
          />
          <Select
            label={t('reports.filters.zone')}
            placeholder={all}
            clearable
            disabled={!floor?.zones.length}
            data={(floor?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))}
            value={value.zoneId}
            onChange={(v) => set({ zoneId: v })}
          />
          <Select
            label={t('reports.filters.department')}
            placeholder={all}
            clearable
            searchable
            data={(data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            value={value.departmentId}
            onChange={(v) => set({ departmentId: v })}
          />
          <MultiSelect
            label={t('reports.filters.kinds')}
            data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={value.kinds}
            onChange={(v) => set({ kinds: v.length ? v : ['DESK'] })}
          />
          <Select
            label={t('reports.filters.hourFrom')}
            data={HOURS.slice(0, 24).map((h) => ({ value: h, label: `${h.padStart(2, '0')}:00` }))}
            value={String(value.hourFrom)}
            onChange={(v) => v && set({ hourFrom: Number(v), hourTo: Math.max(Number(v) + 1, value.hourTo) })}
          />
          <Select
            label={t('reports.filters.hourTo')}
            data={HOURS.slice(1).map((h) => ({ value: h, label: `${h.padStart(2, '0')}:00` }))}
            value={String(value.hourTo)}
            onChange={(v) => v && set({ hourTo: Number(v), hourFrom: Math.min(Number(v) - 1, value.hourFrom) })}
          />
          <Select
            label={t('reports.filters.groupBy')}
            placeholder={t('reports.filters.none')}
            clearable
            data={DIMENSIONS.map((d) => ({ value: d, label: t(`reports.dimensions.${d}`) }))}
            value={value.groupBy}
            onChange={(v) => set({ groupBy: v })}
          />
        </SimpleGrid>
        <Chip.Group multiple value={value.weekdays} onChange={(v) => set({ weekdays: v.length ? v : value.weekdays })}>
          <Group gap={6} role="group" aria-label={t('reports.filters.weekdays')}>
            {['1', '2', '3', '4', '5', '6', '7'].map((d) => (
              <Chip key={d} value={d} size="sm">
                {t(`reports.weekdays.${d}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
    </Paper>
  );
}
