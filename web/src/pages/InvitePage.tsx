import { Card, Center, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { InviteAcceptForm } from '../features/partners';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { usePageTitle } from '../ui/usePageTitle';

/** The public page an invite link opens: choose a password, accept the terms, and you are in. */
export default function InvitePage() {
  const { t } = useTranslation();
  usePageTitle(t('partners.invite.title'));
  const { token } = useParams<{ token: string }>();
  const [, navigate] = useLocation();
  return (
    <Container size={520} py="xl" component="main" id="main">
      <Stack gap="lg">
        <Center>
          <LanguageSwitch />
        </Center>
        <Card withBorder shadow="sm" padding="lg" radius="md">
          <InviteAcceptForm token={token} onDone={() => navigate('/', { replace: true })} />
        </Card>
      </Stack>
    </Container>
  );
}
