import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminHeader,
  ADMIN_SITES,
  ADMIN_SPACES,
  BulkEditDialog,
  SPACE_KINDS,
  SpaceForm,
  SpacesTable,
  type AdminSpace,
} from '../features/admin';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';

/** Beheer › Ruimtes: a floor's spaces, to create, edit, deactivate or change together. */
export default function AdminSpacesPage() {
  const { t } = useTranslation();
  const sitesQuery = useQuery(ADMIN_SITES);
  const [floorId, setFloorId] = useState<string | null>(null);
  const [zoneId, setZoneId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<AdminSpace | 'new' | null>(null);
  const [bulk, setBulk] = useState(false);
  const sites = sitesQuery.data?.sites ?? [];
  const floors = sites.flatMap((s) => s.floors);
  const floor = floors.find((f) => f.id === floorId) ?? floors[0];
  const spacesQuery = useQuery(ADMIN_SPACES, { skip: !floor, variables: { filter: { floorId: floor?.id } } });
  const spaces = (spacesQuery.data?.spaces ?? []).filter((s) => (!zoneId || s.zone?.id === zoneId) && (!kind || s.kind === kind));
  const visibleSelection = [...selected].filter((id) => spaces.some((s) => s.id === id));

  const closed = (changed: boolean) => {
    setEditing(null);
    setBulk(false);
    if (changed) {
      setSelected(new Set());
      void spacesQuery.refetch();
    }
  };

  return (
    <Stack>
      <AdminHeader title={t('admin.spaces.title')} />
      {sitesQuery.loading && !sitesQuery.data ? (
        <Spinner />
      ) : !floor ? (
        <Notice>{t('admin.plan.noFloors')}</Notice>
      ) : (
        <>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('admin.plan.floor')}
              data={sites
                .filter((s) => s.floors.length)
                .map((s) => ({ group: s.name, items: s.floors.map((f) => ({ value: f.id, label: `${f.name} (${s.name})` })) }))}
              value={floor.id}
              onChange={(v) => {
                setFloorId(v);
                setZoneId(null);
                setSelected(new Set());
              }}
              allowDeselect={false}
              w={300}
            />
            <Select
              label={t('admin.spaces.zone')}
              placeholder={t('admin.spaces.allZones')}
              data={floor.zones.map((z) => ({ value: z.id, label: z.name }))}
              value={zoneId}
              onChange={setZoneId}
              clearable
            />
            <Select
              label={t('admin.spaces.kind')}
              placeholder={t('admin.spaces.allKinds')}
              data={SPACE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={kind}
              onChange={setKind}
              clearable
            />
          </Group>
          <Group>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('admin.spaces.new')}
            </Button>
            <Button variant="default" disabled={visibleSelection.length === 0} onClick={() => setBulk(true)}>
              {t('admin.bulk.open', { count: visibleSelection.length })}
            </Button>
            <Text role="status" size="sm">
              {t('admin.spaces.selected', { count: visibleSelection.length })}
            </Text>
          </Group>
          {spacesQuery.loading && !spacesQuery.data ? (
            <Spinner />
          ) : (
            <SpacesTable spaces={spaces} selected={selected} onSelect={setSelected} onEdit={setEditing} />
          )}
          {editing && (
            <SpaceForm
              key={editing === 'new' ? 'new' : editing.id}
              floorId={floor.id}
              zones={floor.zones}
              space={editing === 'new' ? null : editing}
              opened
              onClose={closed}
            />
          )}
          {bulk && <BulkEditDialog ids={visibleSelection} zones={floor.zones} opened onClose={closed} />}
        </>
      )}
    </Stack>
  );
}
