import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReportDashboard } from '../features/reports';
import { localDateOf } from '../lib/format';
import { usePageTitle } from '../ui/usePageTitle';

/** Occupancy against targets, for management and facility managers. */
export default function ReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('reports.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('reports.title')}</Title>
      <Text maw={820}>{t('reports.intro')}</Text>
      <ReportDashboard today={localDateOf(new Date(), 'Europe/Brussels')} />
    </Stack>
  );
}
