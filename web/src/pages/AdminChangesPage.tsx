import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminHeader, ChangesTable } from '../features/admin';

/** Beheer › Wijzigingen: the record of every administrative change. */
export default function AdminChangesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <AdminHeader title={t('admin.changes.title')} />
      <ChangesTable />
    </Stack>
  );
}
