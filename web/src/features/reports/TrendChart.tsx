import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OccupancyReportQuery } from '../../gql/reports/graphql';
import type { Locale } from '../../lib/format';
import { DataTable } from './DataTable';
import { percent } from './format';

type Report = OccupancyReportQuery['occupancyReport'];
type Series = 'bookedOccupancy' | 'utilisation' | 'peakOccupancy' | 'noShowRate';

/** Each line has its own colour and dash pattern, named in the legend, so lines differ without colour too. */
const LINES: { key: Series; color: string; dash?: string }[] = [
  { key: 'bookedOccupancy', color: '#1f5fae' },
  { key: 'utilisation', color: '#2b7a3d', dash: '8 4' },
  { key: 'peakOccupancy', color: '#b3261e', dash: '2 3' },
  { key: 'noShowRate', color: '#6b3fa0', dash: '10 3 2 3' },
];

/** Booked occupancy, utilisation, peak and no-shows per week, with the healthy occupancy band shaded; the table holds the same numbers. */
export function TrendChart({ trend, band }: { trend: Report['trend']; band: { low: number | null; high: number | null } }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const data = trend.map((p) => ({
    week: p.weekStart.slice(5),
    ...Object.fromEntries(LINES.map((l) => [l.key, p[l.key].value])),
  }));
  const name = (key: Series) => t(`reports.figures.${key}`);
  return (
    <Stack gap="xs">
      <div role="img" aria-label={t('reports.trend.title')}>
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dee2e6" />
            {band.low !== null && band.high !== null && <ReferenceArea y1={band.low} y2={band.high} fill="#2b7a3d" fillOpacity={0.08} />}
            <XAxis dataKey="week" tick={{ fontSize: 12, fill: '#343a40' }} />
            <YAxis tickFormatter={(v: number) => percent(v, locale)} domain={[0, 1]} tick={{ fontSize: 12, fill: '#343a40' }} width={52} />
            <Tooltip formatter={(v) => percent(typeof v === 'number' ? v : null, locale)} />
            <Legend />
            {LINES.map((l) => (
              <Line
                key={l.key}
                type="monotone"
                dataKey={l.key}
                name={name(l.key)}
                stroke={l.color}
                strokeWidth={2}
                strokeDasharray={l.dash}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <DataTable
        caption={t('reports.trend.title')}
        columns={[t('reports.trend.week'), ...LINES.map((l) => name(l.key))]}
        rows={trend.map((p) => [
          p.weekStart,
          ...LINES.map((l) =>
            p[l.key].status === 'SUPPRESSED'
              ? t('reports.suppressedCell')
              : `${percent(p[l.key].value, locale)} · ${t(`reports.status.${p[l.key].status}`)}`,
          ),
        ])}
      />
    </Stack>
  );
}
