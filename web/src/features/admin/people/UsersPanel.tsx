import { Badge, Button, Checkbox, Group, Stack, Table, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserForm, type AdminUser } from './UserForm';

/** Users with role, department, FTE and screen-worker flag; searchable, inactive ones on request. */
export function UsersPanel({
  users,
  departments,
  viewerIsAdmin,
  search,
  onSearch,
  includeInactive,
  onIncludeInactive,
  onChanged,
}: {
  users: AdminUser[];
  departments: { id: string; name: string }[];
  viewerIsAdmin: boolean;
  search: string;
  onSearch: (v: string) => void;
  includeInactive: boolean;
  onIncludeInactive: (v: boolean) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<AdminUser | 'new' | null>(null);
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('admin.people.search')} value={search} onChange={(e) => onSearch(e.currentTarget.value)} w={260} />
        <Checkbox
          mb={8}
          label={t('admin.people.includeInactive')}
          checked={includeInactive}
          onChange={(e) => onIncludeInactive(e.currentTarget.checked)}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('admin.people.new')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover captionSide="top">
          <Table.Caption>{t('admin.people.caption', { count: users.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.people.name')}</Table.Th>
              <Table.Th scope="col">{t('admin.people.email')}</Table.Th>
              <Table.Th scope="col">{t('admin.people.roles')}</Table.Th>
              <Table.Th scope="col">{t('admin.people.department')}</Table.Th>
              <Table.Th scope="col">{t('admin.people.fte')}</Table.Th>
              <Table.Th scope="col">{t('admin.people.screenWorker')}</Table.Th>
              <Table.Th scope="col">{t('admin.spaces.status')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('admin.common.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Th scope="row">{u.displayName}</Table.Th>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
                <Table.Td>{u.department?.name ?? '—'}</Table.Td>
                <Table.Td>{u.fte.toLocaleString('nl-BE')}</Table.Td>
                <Table.Td>{u.screenWorker ? t('admin.bulk.yes') : t('admin.bulk.no')}</Table.Td>
                <Table.Td>
                  <Badge variant="filled" color={u.active ? '#2b7a3d' : '#5c636a'}>
                    {u.active ? t('admin.common.active') : t('admin.common.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => setEditing(u)}>
                    {t('admin.people.edit', { name: u.displayName })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          departments={departments}
          viewerIsAdmin={viewerIsAdmin}
          onClose={(changed) => {
            setEditing(null);
            if (changed) onChanged();
          }}
        />
      )}
    </Stack>
  );
}
