import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminPeopleQuery } from '../../../gql/admin/graphql';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { useConfirm } from '../ConfirmDialog';
import { CREATE_CLUSTER, CREATE_DEPARTMENT, DELETE_CLUSTER, DELETE_DEPARTMENT, UPDATE_CLUSTER, UPDATE_DEPARTMENT } from '../documents';
import { problemText } from '../problems';

type Data = Pick<AdminPeopleQuery, 'departments' | 'clusters'>;

/** Departments (diensten) grouped by cluster: add, rename, move to another cluster, delete when empty. */
export function OrganisationPanel({ data, onChanged }: { data: Data; onChanged: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [clusterName, setClusterName] = useState('');
  const [depName, setDepName] = useState('');
  const [depCluster, setDepCluster] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ type: 'cluster' | 'department'; id: string; name: string; clusterId?: string } | null>(null);
  const { confirm, dialog } = useConfirm();
  const [createCluster] = useMutation(CREATE_CLUSTER);
  const [updateCluster] = useMutation(UPDATE_CLUSTER);
  const [deleteCluster] = useMutation(DELETE_CLUSTER);
  const [createDepartment] = useMutation(CREATE_DEPARTMENT);
  const [updateDepartment] = useMutation(UPDATE_DEPARTMENT);
  const [deleteDepartment] = useMutation(DELETE_DEPARTMENT);

  const attempt = async (work: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await work();
      notify(done);
      onChanged();
      return true;
    } catch (err) {
      setProblem(problemText(t, err));
      return false;
    }
  };

  const remove = async (type: 'cluster' | 'department', id: string, name: string) => {
    const ok = await confirm({
      title: t('admin.org.deleteTitle', { name }),
      message: t(type === 'cluster' ? 'admin.org.deleteClusterConfirm' : 'admin.org.deleteDepartmentConfirm', { name }),
      confirmLabel: t('admin.org.delete', { name }),
    });
    if (!ok) return;
    await attempt(
      () => (type === 'cluster' ? deleteCluster({ variables: { id } }) : deleteDepartment({ variables: { id } })),
      t('admin.org.deleted', { name }),
    );
  };

  return (
    <Stack>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {data.clusters.map((c) => {
        const deps = data.departments.filter((d) => d.cluster.id === c.id);
        return (
          <Stack key={c.id} gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {c.name}
              </Title>
              <Group gap={6}>
                <Button size="xs" variant="default" onClick={() => setRenaming({ type: 'cluster', id: c.id, name: c.name })}>
                  {t('admin.org.rename', { name: c.name })}
                </Button>
                <Button size="xs" variant="default" onClick={() => void remove('cluster', c.id, c.name)}>
                  {t('admin.org.delete', { name: c.name })}
                </Button>
              </Group>
            </Group>
            {deps.length === 0 ? (
              <Text c="dimmed">{t('admin.org.noDepartments')}</Text>
            ) : (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.org.department')}</Table.Th>
                    <Table.Th scope="col">{t('admin.org.headcount')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('admin.common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {deps.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Th scope="row" fw={500}>
                        {d.name}
                      </Table.Th>
                      <Table.Td>{d.headcount}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setRenaming({ type: 'department', id: d.id, name: d.name, clusterId: d.cluster.id })}
                          >
                            {t('admin.org.rename', { name: d.name })}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => void remove('department', d.id, d.name)}>
                            {t('admin.org.delete', { name: d.name })}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        );
      })}
      {renaming && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const r = renaming;
            void attempt(
              () =>
                r.type === 'cluster'
                  ? updateCluster({ variables: { id: r.id, name: r.name } })
                  : updateDepartment({ variables: { input: { id: r.id, name: r.name, clusterId: r.clusterId } } }),
              t('admin.common.saved'),
            ).then((ok) => ok && setRenaming(null));
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('admin.org.newName')}
              value={renaming.name}
              onChange={(e) => setRenaming({ ...renaming, name: e.currentTarget.value })}
            />
            {renaming.type === 'department' && (
              <Select
                label={t('admin.org.cluster')}
                data={data.clusters.map((c) => ({ value: c.id, label: c.name }))}
                value={renaming.clusterId ?? null}
                onChange={(v) => v && setRenaming({ ...renaming, clusterId: v })}
                allowDeselect={false}
              />
            )}
            <Button type="submit">{t('admin.common.save')}</Button>
            <Button variant="default" onClick={() => setRenaming(null)}>
              {t('admin.common.back')}
            </Button>
          </Group>
        </form>
      )}
      <Title order={3} size="h4">
        {t('admin.org.add')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(
            () => createCluster({ variables: { name: clusterName.trim() } }),
            t('admin.org.created', { name: clusterName }),
          ).then((ok) => ok && setClusterName(''));
        }}
      >
        <Group align="flex-end">
          <TextInput label={t('admin.org.newCluster')} value={clusterName} onChange={(e) => setClusterName(e.currentTarget.value)} />
          <Button type="submit" variant="default" disabled={!clusterName.trim()}>
            {t('admin.org.addCluster')}
          </Button>
        </Group>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!depCluster) return;
          void attempt(
            () => createDepartment({ variables: { name: depName.trim(), clusterId: depCluster } }),
            t('admin.org.created', { name: depName }),
          ).then((ok) => ok && setDepName(''));
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('admin.org.newDepartment')} value={depName} onChange={(e) => setDepName(e.currentTarget.value)} />
          <Select
            label={t('admin.org.cluster')}
            data={data.clusters.map((c) => ({ value: c.id, label: c.name }))}
            value={depCluster}
            onChange={setDepCluster}
          />
          <Button type="submit" variant="default" disabled={!depName.trim() || !depCluster}>
            {t('admin.org.addDepartment')}
          </Button>
        </Group>
      </form>
      {dialog}
    </Stack>
  );
}
