import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { EMPTY_ORGANISATION, OrganisationForm, ORGANISATIONS } from '../features/organisations';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';

/** Every partner organisation, to find one and manage it, or to add one. */
export default function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('orgAdmin.list.title'));
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [creating, setCreating] = useState(false);
  const { data, loading } = useQuery(ORGANISATIONS, { variables: { filter: deferred ? { search: deferred } : {} } });
  const orgs = data?.organisations ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('orgAdmin.list.title')}</Title>
          <Text>{t('orgAdmin.list.intro')}</Text>
        </div>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          {t('orgAdmin.list.create')}
        </Button>
      </Group>
      <TextInput
        label={t('orgAdmin.list.search')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      {loading && !data ? (
        <Spinner />
      ) : orgs.length === 0 ? (
        <Notice>{t('orgAdmin.list.empty')}</Notice>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover aria-label={t('orgAdmin.list.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('orgAdmin.list.name')}</Table.Th>
                <Table.Th scope="col">{t('orgAdmin.list.enterpriseNumber')}</Table.Th>
                <Table.Th scope="col">{t('orgAdmin.list.status')}</Table.Th>
                <Table.Th scope="col">{t('orgAdmin.list.trusted')}</Table.Th>
                <Table.Th scope="col">{t('orgAdmin.list.quota')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orgs.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} href={`/organisaties/${o.id}`} aria-label={t('orgAdmin.list.manageFor', { name: o.name })}>
                      {o.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{o.enterpriseNumber ?? '—'}</Table.Td>
                  <Table.Td>{t(`orgAdmin.status.${o.status}`)}</Table.Td>
                  <Table.Td>{o.trusted ? t('orgAdmin.list.yes') : t('orgAdmin.list.no')}</Table.Td>
                  <Table.Td>{o.monthlyHourQuota ?? t('orgAdmin.list.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('orgAdmin.list.create')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('details.close') }}
      >
        <OrganisationForm initial={EMPTY_ORGANISATION} onDone={(id) => navigate(`/organisaties/${id}`)} />
      </Modal>
    </Stack>
  );
}
