import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminHeader, RulesEditor } from '../features/admin';

/** Beheer › Regels: every booking rule per kind of space, with its default, in plain words. */
export default function AdminRulesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <AdminHeader title={t('admin.rules.title')} />
      <RulesEditor />
    </Stack>
  );
}
