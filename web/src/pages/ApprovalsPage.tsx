import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApprovalQueue } from '../features/organisations';
import { usePageTitle } from '../ui/usePageTitle';

/** The facility manager's queue of requests to approve or reject. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('orgAdmin.approvals.title'));
  return (
    <Stack>
      <Title order={1}>{t('orgAdmin.approvals.title')}</Title>
      <Text maw={760}>{t('orgAdmin.approvals.intro')}</Text>
      <ApprovalQueue />
    </Stack>
  );
}
