import { Anchor, Button, Card, Center, Container, Divider, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/Notice';
import { graphql } from '../gql';
import { LoginForm, type LoginFormHandle } from '../features/auth/LoginForm';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { usePageTitle } from '../ui/usePageTitle';

const APP_INFO = graphql(`
  query AppInfo {
    appInfo {
      demoMode
      demoPassword
      demoAccounts {
        email
        role
      }
      oidcEnabled
      oidcLabel
    }
  }
`);

export default function LoginPage({ expired }: { expired?: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { data } = useQuery(APP_INFO);
  const formRef = useRef<LoginFormHandle | null>(null);
  const info = data?.appInfo;
  const signInError = new URLSearchParams(window.location.search).get('signInError');

  return (
    <Container size={440} py="xl" component="main" id="main">
      <Stack gap="lg">
        <Center>
          <LanguageSwitch />
        </Center>
        <Card withBorder shadow="sm" padding="lg" radius="md">
          <Stack>
            <Title order={1} size="h2">
              {t('app.name')}
            </Title>
            <Text c="dimmed">{t('login.intro')}</Text>
            {expired && (
              <Notice tone="warn" role="status">
                {t('login.expired')}
              </Notice>
            )}
            {signInError && (
              <Notice tone="error" role="alert">
                {t([`settings.signIn.errors.${signInError}`, 'settings.signIn.errors.AUTH_OIDC_FAILED'])}
              </Notice>
            )}
            {info?.oidcEnabled && (
              <>
                <Button
                  component="a"
                  href={`/auth/oidc/login?returnTo=${encodeURIComponent(returnTo())}`}
                  size="md"
                  h="auto"
                  py={10}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                >
                  {info.oidcLabel ? t('settings.signIn.organisationNamed', { label: info.oidcLabel }) : t('settings.signIn.organisation')}
                </Button>
                <Divider label={t('settings.signIn.or')} labelPosition="center" />
              </>
            )}
            <LoginForm onReady={(h) => (formRef.current = h)} />
          </Stack>
        </Card>
        {info?.demoMode && info.demoPassword && (
          <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="demo-title">
            <Title order={2} size="h4" id="demo-title">
              {t('login.demoTitle')}
            </Title>
            <Text size="sm" my="xs">
              {t('login.demoIntro', { password: info.demoPassword })}
            </Text>
            <List spacing={4} size="sm">
              {info.demoAccounts.map((a) => (
                <List.Item key={a.email}>
                  <Anchor component="button" type="button" onClick={() => formRef.current?.fill(a.email, info.demoPassword ?? '')}>
                    {a.email}
                  </Anchor>{' '}
                  <Text span c="dimmed" size="sm">
                    ({t(`roles.${a.role}`)})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Card>
        )}
      </Stack>
    </Container>
  );
}

/** Where the organisation sign-in comes back to: the page asked for, without the error of a previous attempt. */
function returnTo(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete('signInError');
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}
