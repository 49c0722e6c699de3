import { useQuery } from '@apollo/client/react';
import { Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { AdminHeader, ADMIN_SITES, ADMIN_SPACES, PlanEditor, PlanUpload } from '../features/admin';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';

/** Beheer › Plattegrond: upload a floor's plan, place its spaces and draw its zones. */
export default function AdminPlanPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const sitesQuery = useQuery(ADMIN_SITES);
  const [chosenFloor, setChosenFloor] = useState<string | null>(() => new URLSearchParams(search).get('verdieping'));
  const [version, setVersion] = useState(0);
  const sites = sitesQuery.data?.sites ?? [];
  const floors = sites.flatMap((s) => s.floors.map((f) => ({ ...f, site: s })));
  const floor = floors.find((f) => f.id === chosenFloor) ?? floors[0];
  const spacesQuery = useQuery(ADMIN_SPACES, { skip: !floor, variables: { filter: { floorId: floor?.id } } });

  const reload = () => Promise.all([sitesQuery.refetch(), spacesQuery.refetch()]);
  const refresh = () => {
    void reload().then(() => setVersion((v) => v + 1));
  };

  return (
    <Stack>
      <AdminHeader title={t('admin.plan.title')} />
      {sitesQuery.loading && !sitesQuery.data ? (
        <Spinner />
      ) : !floor ? (
        <Notice>{t('admin.plan.noFloors')}</Notice>
      ) : (
        <>
          <Group align="flex-end">
            <Select
              label={t('admin.plan.floor')}
              data={sites
                .filter((s) => s.floors.length)
                .map((s) => ({ group: s.name, items: s.floors.map((f) => ({ value: f.id, label: `${f.name} (${s.name})` })) }))}
              value={floor.id}
              onChange={(v) => v && setChosenFloor(v)}
              allowDeselect={false}
              searchable
              w={340}
            />
            <Text c="dimmed" mb={8}>
              {t('admin.plan.size', { width: floor.planWidth, height: floor.planHeight })}
            </Text>
          </Group>
          <PlanUpload floor={floor} onChanged={refresh} />
          {spacesQuery.data ? (
            <PlanEditor
              key={`${floor.id}:${version}`}
              site={floor.site}
              floor={floor}
              spaces={spacesQuery.data.spaces}
              onSaved={refresh}
              onChanged={() => void reload()}
            />
          ) : (
            <Spinner />
          )}
        </>
      )}
    </Stack>
  );
}
