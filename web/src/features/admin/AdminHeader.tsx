import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { usePageTitle } from '../../ui/usePageTitle';

export const ADMIN_SECTIONS = [
  { to: '/beheer/gebouwen', key: 'admin.nav.sites' },
  { to: '/beheer/plattegrond', key: 'admin.nav.plan' },
  { to: '/beheer/ruimtes', key: 'admin.nav.spaces' },
  { to: '/beheer/regels', key: 'admin.nav.rules' },
  { to: '/beheer/mensen', key: 'admin.nav.people' },
  { to: '/beheer/wijzigingen', key: 'admin.nav.changes' },
] as const;

/** The page title and the administration's own menu (links, the current one marked). */
export function AdminHeader({ title }: { title: string }) {
  const { t } = useTranslation();
  const [path] = useLocation();
  usePageTitle(`${title} · ${t('adminNav.title')}`);
  return (
    <Stack gap="sm">
      <Title order={1}>{title}</Title>
      <nav aria-label={t('admin.nav.label')}>
        <Group gap={6} wrap="wrap">
          {ADMIN_SECTIONS.map((s) => {
            const current = path.startsWith(s.to);
            return (
              <Button
                key={s.to}
                component={Link}
                href={s.to}
                size="xs"
                variant={current ? 'filled' : 'default'}
                aria-current={current ? 'page' : undefined}
              >
                {t(s.key)}
              </Button>
            );
          })}
        </Group>
      </nav>
    </Stack>
  );
}
