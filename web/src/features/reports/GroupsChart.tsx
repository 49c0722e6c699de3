import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OccupancyReportQuery, ReportDimension } from '../../gql/reports/graphql';
import type { Locale } from '../../lib/format';
import { DataTable } from './DataTable';
import { percent } from './format';

type Report = OccupancyReportQuery['occupancyReport'];
type Column = 'bookedOccupancy' | 'utilisation' | 'peakOccupancy' | 'p80DayOccupancy' | 'noShowRate';
const COLUMNS: Column[] = ['bookedOccupancy', 'utilisation', 'peakOccupancy', 'p80DayOccupancy', 'noShowRate'];

/** Booked occupancy and utilisation side by side per group (solid and hatched bars); every figure with its status in the table. */
export function GroupsChart({ groups, groupBy }: { groups: Report['groups']; groupBy: ReportDimension }) {
  const { t, i18n } = useTranslation();
  const heading = t(`reports.dimensions.${groupBy}`);
  const dimension = heading.toLowerCase();
  const locale = i18n.language as Locale;
  const label = (g: Report['groups'][number]) => (g.kind ? t(`kinds.${g.kind}`) : g.label || t('reports.groups.none'));
  const data = groups.map((g) => ({ name: label(g), booked: g.bookedOccupancy.value, used: g.utilisation.value }));
  return (
    <Stack gap="xs">
      <div role="img" aria-label={t('reports.groups.chart', { dimension })}>
        <ResponsiveContainer width="100%" height={Math.max(160, groups.length * 44 + 60)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <defs>
              <pattern id="pw-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#2b7a3d" fillOpacity={0.25} />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#2b7a3d" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" stroke="#dee2e6" />
            <XAxis
              type="number"
              domain={[0, 1]}
              tickFormatter={(v: number) => percent(v, locale)}
              tick={{ fontSize: 12, fill: '#343a40' }}
            />
            <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12, fill: '#343a40' }} />
            <Tooltip formatter={(v) => percent(typeof v === 'number' ? v : null, locale)} />
            <Legend />
            <Bar dataKey="booked" name={t('reports.figures.bookedOccupancy')} fill="#1f5fae" isAnimationActive={false} />
            <Bar dataKey="used" name={t('reports.figures.utilisation')} fill="url(#pw-hatch)" stroke="#2b7a3d" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <DataTable
        caption={t('reports.groups.title', { dimension })}
        columns={[heading, ...COLUMNS.map((c) => t(`reports.figures.${c}`))]}
        rows={groups.map((g) => [
          label(g),
          ...COLUMNS.map((c) =>
            g[c].status === 'SUPPRESSED'
              ? t('reports.suppressedCell')
              : `${percent(g[c].value, locale)} · ${t(`reports.status.${g[c].status}`)}`,
          ),
        ])}
      />
    </Stack>
  );
}
