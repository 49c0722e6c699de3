import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../ui/usePageTitle';

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFound'));
  return (
    <Stack>
      <Title order={1}>{t('app.notFound')}</Title>
      <Text>
        <Anchor component={Link} href="/werkplek">
          {t('app.backHome')}
        </Anchor>
      </Text>
    </Stack>
  );
}
