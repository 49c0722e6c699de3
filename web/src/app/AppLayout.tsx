import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { visibleNav } from './nav';
import { useSession, useViewer } from '../features/auth/session';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Spinner } from '../ui/Spinner';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const viewer = useViewer();
  const session = useSession();
  const [path] = useLocation();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} aria-expanded={opened} />
            <Title order={2} size="h3" c="blue.8">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        <Stack justify="space-between" h="100%">
          <nav aria-label={t('nav.main')}>
            {visibleNav(viewer.roles).map((l) => (
              <NavLink
                key={l.to}
                component={Link}
                href={l.to}
                label={t(l.key)}
                leftSection={<l.icon size={18} aria-hidden />}
                active={path.startsWith(l.to)}
                variant="filled"
                aria-current={path.startsWith(l.to) ? 'page' : undefined}
                onClick={close}
              />
            ))}
          </nav>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('app.signedInAs', { name: viewer.displayName })}
            </Text>
            <Button variant="default" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void session.signOut()}>
              {t('app.signOut')}
            </Button>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Spinner />}>{children}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
