import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReceptionBoard } from '../features/confidential';
import { usePageTitle } from '../ui/usePageTitle';

/** Reception: who is expected where today, per site; never anything about the visit itself. */
export default function ReceptionPage() {
  const { t } = useTranslation();
  usePageTitle(t('confidential.reception.title'));
  return (
    <Stack>
      <Title order={1}>{t('confidential.reception.title')}</Title>
      <Text maw={760}>{t('confidential.reception.intro')}</Text>
      <ReceptionBoard />
    </Stack>
  );
}
