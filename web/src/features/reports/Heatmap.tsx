import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OccupancyReportQuery } from '../../gql/reports/graphql';
import type { Locale } from '../../lib/format';
import { percent } from './format';

type Cell = OccupancyReportQuery['occupancyReport']['heatmap'][number];

/** Light to dark blue in steps; text flips to white where the background gets dark (contrast ≥ 4.5:1 both ways). */
const SCALE = ['#f1f6fd', '#d0e1f9', '#9cc0f0', '#4a86d4', '#1f5fae', '#0b3d91'];
function shade(value: number): { background: string; color: string } {
  const step = Math.min(SCALE.length - 1, Math.floor(value * SCALE.length));
  return { background: SCALE[step]!, color: step >= 3 ? '#ffffff' : '#1a1b1e' };
}

/**
 * Booked occupancy per weekday × local hour as a table: every cell states its percentage, and the
 * shade only repeats it. Hours without opening time stay empty.
 */
export function Heatmap({ cells }: { cells: Cell[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const hours = [...new Set(cells.map((c) => c.hour))].sort((a, b) => a - b);
  const weekdays = [...new Set(cells.map((c) => c.weekday))].sort((a, b) => a - b);
  const at = new Map(cells.map((c) => [`${c.weekday}-${c.hour}`, c]));
  return (
    <Table.ScrollContainer minWidth={hours.length * 46 + 60}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4} fz="xs" style={{ textAlign: 'center' }}>
        <Table.Caption>{t('reports.heatmap.intro')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.heatmap.weekday')}</Table.Th>
            {hours.map((h) => (
              <Table.Th key={h} scope="col" style={{ textAlign: 'center' }}>
                {String(h).padStart(2, '0')}:00
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weekdays.map((d) => (
            <Table.Tr key={d}>
              <Table.Th scope="row">{t(`reports.weekdays.${d}`)}</Table.Th>
              {hours.map((h) => {
                const c = at.get(`${d}-${h}`);
                if (!c) return <Table.Td key={h} />;
                const f = c.bookedOccupancy;
                if (f.status === 'SUPPRESSED' || f.value === null) {
                  return (
                    <Table.Td key={h}>
                      <Text size="xs">{f.status === 'SUPPRESSED' ? t('reports.suppressedCell') : '—'}</Text>
                    </Table.Td>
                  );
                }
                return (
                  <Table.Td key={h} style={shade(f.value)}>
                    {percent(f.value, locale).replace(/\s/g, '')}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
