import { useQuery } from '@apollo/client/react';
import { Stack, Tabs } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/auth/session';
import { AdminHeader, ADMIN_PEOPLE, ImportPanel, OrganisationPanel, UsersPanel } from '../features/admin';
import { Spinner } from '../ui/Spinner';

/** Beheer › Mensen: users, departments and clusters, and importing users from a spreadsheet. */
export default function AdminPeoplePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [debounced] = useDebouncedValue(search, 250);
  const { data, refetch } = useQuery(ADMIN_PEOPLE, { variables: { search: debounced.trim() || null, includeInactive } });
  const changed = () => void refetch();
  return (
    <Stack>
      <AdminHeader title={t('admin.people.title')} />
      {!data ? (
        <Spinner />
      ) : (
        <Tabs defaultValue="users" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="users">{t('admin.people.users')}</Tabs.Tab>
            <Tabs.Tab value="org">{t('admin.people.organisation')}</Tabs.Tab>
            <Tabs.Tab value="import">{t('admin.people.import')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="users" pt="md">
            <UsersPanel
              users={data.users}
              departments={data.departments}
              viewerIsAdmin={viewer.roles.includes('ADMIN')}
              search={search}
              onSearch={setSearch}
              includeInactive={includeInactive}
              onIncludeInactive={setIncludeInactive}
              onChanged={changed}
            />
          </Tabs.Panel>
          <Tabs.Panel value="org" pt="md">
            <OrganisationPanel data={data} onChanged={changed} />
          </Tabs.Panel>
          <Tabs.Panel value="import" pt="md">
            <ImportPanel onImported={changed} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
