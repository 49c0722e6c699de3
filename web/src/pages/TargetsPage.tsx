import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/auth/session';
import { TargetsEditor } from '../features/reports';
import { usePageTitle } from '../ui/usePageTitle';

/** Occupancy targets per site and department, set by facility managers. */
export default function TargetsPage() {
  const { t } = useTranslation();
  usePageTitle(t('reports.targets.title'));
  const viewer = useViewer();
  return (
    <Stack gap="md">
      <Title order={1}>{t('reports.targets.title')}</Title>
      <Text maw={820}>{t('reports.targets.intro')}</Text>
      <TargetsEditor canEdit={viewer.roles.includes('FACILITY_MANAGER')} />
    </Stack>
  );
}
