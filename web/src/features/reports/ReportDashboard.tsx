import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccupancyReportInput } from '../../gql/reports/graphql';
import { downloadText } from '../../lib/download';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import { formatDate, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { OCCUPANCY_REPORT, OCCUPANCY_REPORT_CSV } from './documents';
import { FigureCard, type FigureName } from './FigureCard';
import { decimal, daysBefore } from './format';
import { GroupsChart } from './GroupsChart';
import { Heatmap } from './Heatmap';
import { ReportFilters, type Filters } from './ReportFilters';
import { TrendChart } from './TrendChart';

const FIGURES: FigureName[] = [
  'deskRatio',
  'bookedOccupancy',
  'utilisation',
  'peakOccupancy',
  'p80DayOccupancy',
  'averageDayPeak',
  'noShowRate',
];

function toInput(f: Filters): OccupancyReportInput {
  return {
    from: f.from,
    to: f.to,
    siteId: f.siteId,
    floorId: f.floorId,
    zoneId: f.zoneId,
    departmentId: f.departmentId,
    kinds: f.kinds,
    weekdays: f.weekdays.map(Number),
    hourFrom: f.hourFrom,
    hourTo: f.hourTo,
    groupBy: f.groupBy,
  };
}

/** The occupancy dashboard: filters, figures against their bands, the weekday × hour heatmap, the weekly trend and a breakdown; CSV of it all. */
export function ReportDashboard({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const client = useApolloClient();
  const [filters, setFilters] = useState<Filters>({
    from: daysBefore(today, 90),
    to: today,
    siteId: null,
    floorId: null,
    zoneId: null,
    departmentId: null,
    kinds: ['DESK'],
    weekdays: ['1', '2', '3', '4', '5'],
    hourFrom: 0,
    hourTo: 24,
    groupBy: null,
  });
  const [debounced] = useDebouncedValue(filters, 300);
  const input = toInput(debounced);
  const { data, previousData, loading, error } = useQuery(OCCUPANCY_REPORT, { variables: { input } });
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const report = (data ?? previousData)?.occupancyReport;

  async function download() {
    setDownloadError(null);
    try {
      const res = await client.query({
        query: OCCUPANCY_REPORT_CSV,
        variables: { input, locale: locale === 'en' ? 'en' : 'nl_BE' },
        fetchPolicy: 'network-only',
      });
      downloadText(res.data?.occupancyReport.csv ?? '', `bezetting-${input.from}-${input.to}.csv`);
    } catch (err) {
      const { key, values } = problemMessage(apiProblem(err));
      setDownloadError(t(key, values));
    }
  }

  const problem = error ? problemMessage(apiProblem(error)) : null;
  const target = report?.target;
  const dimension = report?.groupBy ? t(`reports.dimensions.${report.groupBy}`).toLowerCase() : '';
  return (
    <Stack gap="lg">
      <ReportFilters value={filters} onChange={setFilters} today={today} />
      {problem && (
        <Notice tone="error" role="alert">
          {t(problem.key, problem.values)}
        </Notice>
      )}
      {!report && loading && <Spinner />}
      {report && (
        <Stack gap="lg" aria-busy={loading}>
          <Group justify="space-between" align="flex-end">
            <div>
              <Text>
                {t('reports.summary', { openDays: report.openDays, desks: report.desks, base: decimal(report.ratioBase, locale, 1) })}
              </Text>
              {!report.suppressed && report.availableHours !== null && (
                <Text size="sm">
                  {t('reports.hours', {
                    booked: decimal(report.bookedHours, locale, 0),
                    available: decimal(report.availableHours, locale, 0),
                    checked: decimal(report.checkedInHours, locale, 0),
                    bookings: report.bookings,
                    released: report.released,
                  })}
                </Text>
              )}
              <Text size="sm">
                {t('reports.target', {
                  scope: target?.isDefault
                    ? t('reports.targetDefault')
                    : [target?.siteName ?? t('reports.targetAll'), target?.departmentName].filter(Boolean).join(' · '),
                })}
              </Text>
            </div>
            <Button leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void download()}>
              {t('reports.download')}
            </Button>
          </Group>
          {downloadError && (
            <Notice tone="error" role="alert">
              {downloadError}
            </Notice>
          )}
          {report.suppressed && (
            <Notice tone="warn" role="status">
              {t('reports.suppressed', { count: report.minimumGroupSize })}
            </Notice>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {FIGURES.map((name) => (
              <FigureCard
                key={name}
                name={name}
                figure={report[name]}
                note={
                  name === 'peakOccupancy' && report.peakDay
                    ? t('reports.peakDay', { day: formatDate(new Date(`${report.peakDay}T12:00:00Z`), locale, 'UTC') })
                    : undefined
                }
              />
            ))}
          </SimpleGrid>
          <Paper withBorder p="md" component="section" aria-labelledby="report-heatmap">
            <Title order={2} size="h4" id="report-heatmap" mb="xs">
              {t('reports.heatmap.title')}
            </Title>
            {report.heatmap.length ? <Heatmap cells={report.heatmap} /> : <Text>{t('reports.noData')}</Text>}
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="report-trend">
            <Title order={2} size="h4" id="report-trend" mb="xs">
              {t('reports.trend.title')}
            </Title>
            {report.trend.length ? (
              <TrendChart trend={report.trend} band={{ low: report.bookedOccupancy.low, high: report.bookedOccupancy.high }} />
            ) : (
              <Text>{t('reports.noData')}</Text>
            )}
          </Paper>
          {report.groupBy && (
            <Paper withBorder p="md" component="section" aria-labelledby="report-groups">
              <Title order={2} size="h4" id="report-groups" mb="xs">
                {t('reports.groups.title', { dimension })}
              </Title>
              {report.groups.length ? <GroupsChart groups={report.groups} groupBy={report.groupBy} /> : <Text>{t('reports.noData')}</Text>}
            </Paper>
          )}
        </Stack>
      )}
    </Stack>
  );
}
