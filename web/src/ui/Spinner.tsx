import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Spinner() {
  const { t } = useTranslation();
  return (
    <Center h="40vh">
      <Loader role="status" aria-label={t('app.loading')} />
    </Center>
  );
}
