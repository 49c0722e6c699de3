import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditLogTable } from '../features/confidential';
import { usePageTitle } from '../ui/usePageTitle';

/** Administrators: who touched confidential details, whether the chain is intact, and an export. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('confidential.audit.title'));
  return (
    <Stack>
      <Title order={1}>{t('confidential.audit.title')}</Title>
      <Text maw={760}>{t('confidential.audit.intro')}</Text>
      <AuditLogTable />
    </Stack>
  );
}
