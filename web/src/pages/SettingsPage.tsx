import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/auth/session';
import { CalendarFeedCard, EmailLanguageCard, OidcStatusCard, OutboxTable, PasswordCard, SpaceFeedsCard } from '../features/settings';
import { usePageTitle } from '../ui/usePageTitle';

/** Everyone: their calendar link, e-mail language and password. Facility managers: links per space. Administrators: outgoing e-mail and sign-in at the identity provider. */
export default function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const { roles } = useViewer();
  const admin = roles.includes('ADMIN');
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('settings.title')}</Title>
      <CalendarFeedCard />
      {roles.includes('FACILITY_MANAGER') && <SpaceFeedsCard />}
      <EmailLanguageCard />
      <PasswordCard />
      {admin && <OidcStatusCard />}
      {admin && <OutboxTable />}
    </Stack>
  );
}
