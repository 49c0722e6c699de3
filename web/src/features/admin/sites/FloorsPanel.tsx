import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { ADMIN_SITES, CREATE_FLOOR, UPDATE_FLOOR } from '../documents';
import { problemText } from '../problems';
import type { AdminSite } from './SiteForm';

/** A site's floors: add one, rename or renumber it, and go to its plan. */
export function FloorsPanel({ site }: { site: AdminSite }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<number | string>(0);
  const [editing, setEditing] = useState<{ id: string; name: string; level: number | string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refetch = { refetchQueries: [ADMIN_SITES] };
  const [createFloor] = useMutation(CREATE_FLOOR, refetch);
  const [updateFloor] = useMutation(UPDATE_FLOOR, refetch);

  const attempt = async (work: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await work();
      notify(done);
      return true;
    } catch (err) {
      setProblem(problemText(t, err));
      return false;
    }
  };

  return (
    <Stack>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {site.floors.length === 0 ? (
        <Text c="dimmed">{t('admin.floors.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.floors.name')}</Table.Th>
              <Table.Th scope="col">{t('admin.floors.level')}</Table.Th>
              <Table.Th scope="col">{t('admin.floors.plan')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('admin.common.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {site.floors.map((f) =>
              editing?.id === f.id ? (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('admin.floors.name')}
                      value={editing.name}
                      onChange={(e) => setEditing({ ...editing, name: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('admin.floors.level')}
                      w={90}
                      min={-20}
                      max={200}
                      value={editing.level}
                      onChange={(v) => setEditing({ ...editing, level: v })}
                    />
                  </Table.Td>
                  <Table.Td />
                  <Table.Td>
                    <Group gap={6}>
                      <Button
                        size="xs"
                        onClick={() =>
                          void attempt(
                            () => updateFloor({ variables: { input: { id: f.id, name: editing.name, level: Number(editing.level) } } }),
                            t('admin.common.saved'),
                          ).then((ok) => ok && setEditing(null))
                        }
                      >
                        {t('admin.common.save')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                        {t('admin.common.back')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={f.id}>
                  <Table.Th scope="row" fw={500}>
                    {f.name}
                  </Table.Th>
                  <Table.Td>{f.level}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} href={`/beheer/plattegrond?verdieping=${f.id}`}>
                      {f.plan ? t('admin.floors.editPlan', { name: f.name }) : t('admin.floors.addPlan', { name: f.name })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setEditing({ id: f.id, name: f.name, level: f.level })}>
                      {t('admin.floors.edit', { name: f.name })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(
            () => createFloor({ variables: { input: { siteId: site.id, name: name.trim(), level: Number(level) } } }),
            t('admin.floors.created', { name }),
          ).then((ok) => ok && setName(''));
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('admin.floors.newName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
          />
          <NumberInput label={t('admin.floors.level')} w={110} min={-20} max={200} value={level} onChange={setLevel} />
          <Button type="submit" disabled={!name.trim()}>
            {t('admin.floors.add')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
