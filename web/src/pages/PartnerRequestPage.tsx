import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartnerRequestForm } from '../features/partners';
import { usePageTitle } from '../ui/usePageTitle';

/** A partner requests a room or front desk, once or every week. */
export default function PartnerRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.request.title'));
  return (
    <Stack>
      <Title order={1}>{t('partners.request.title')}</Title>
      <Text maw={760}>{t('partners.request.intro')}</Text>
      <PartnerRequestForm />
    </Stack>
  );
}
