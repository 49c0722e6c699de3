import { useQuery } from '@apollo/client/react';
import { Chip, Group, NativeSelect, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/Notice';
import { BookingDialog, type BookingDraft } from '../features/bookings';
import { DeskList, FloorPlan, PlanLegend, useFloorDesks, usePlanImage } from '../features/desks';
import { SITES_WITH_FLOORS } from '../features/desks/documents';
import { useLiveBookings } from '../features/live';
import type { SitesWithFloorsQuery } from '../gql/graphql';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';
import { WhenFields, type When } from '../ui/WhenFields';

const EQUIPMENT = ['SCREEN', 'DUAL_SCREEN', 'DOCKING_STATION', 'HEIGHT_ADJUSTABLE_DESK', 'WHEELCHAIR_ACCESS'] as const;

export default function DeskFinderPage() {
  const { t } = useTranslation();
  usePageTitle(t('desks.title'));
  const { data } = useQuery(SITES_WITH_FLOORS);
  const sites = (data?.sites ?? []).filter((s) => s.floors.length > 0);
  const [siteId, setSiteId] = useState<string | null>(null);
  const site = sites.find((s) => s.id === siteId) ?? sites[0];
  if (!site) return <Spinner />;
  return <DeskFinder key={site.id} site={site} sites={sites} onSite={setSiteId} />;
}

type Site = SitesWithFloorsQuery['sites'][number];

function DeskFinder({ site, sites, onSite }: { site: Site; sites: Site[]; onSite: (id: string) => void }) {
  const { t } = useTranslation();
  const [floorId, setFloorId] = useState(site.floors[0]!.id);
  const [zoneId, setZoneId] = useState<string | null>(null);
  const [equipment, setEquipment] = useState<string[]>([]);
  // Until the person picks times, "when" follows the default (see useFloorDesks).
  const [chosenWhen, setWhen] = useState<When | null>(null);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  useLiveBookings(site.id);
  const floor = site.floors.find((f) => f.id === floorId) ?? site.floors[0]!;
  const planImage = usePlanImage(floor.plan?.url);
  const { desks, when, validRange, loading } = useFloorDesks(site, floor.id, chosenWhen, { zoneId, equipment });

  const freeCount = desks.filter((d) => d.state === 'free').length;
  const book = (deskId: string) => setDraft({ spaceId: deskId, lockSpace: true, ...when });

  return (
    <Stack>
      <Title order={1}>{t('desks.title')}</Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {/* native selects: the start page stays light (no popover library) and phones show their own picker */}
        <NativeSelect
          label={t('booking.site')}
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          value={site.id}
          onChange={(e) => onSite(e.currentTarget.value)}
        />
        <WhenFields value={when} onChange={setWhen} error={validRange ? undefined : t('desks.invalidRange')} />
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {site.floors.length > 1 && (
          <div>
            <Text size="sm" fw={500} id="floor-label" mb={4}>
              {t('desks.floor')}
            </Text>
            <SegmentedControl
              aria-labelledby="floor-label"
              value={floor.id}
              onChange={(v) => {
                setFloorId(v);
                setZoneId(null);
              }}
              data={site.floors.map((f) => ({ value: f.id, label: f.name }))}
            />
          </div>
        )}
        {floor.zones.length > 0 && (
          <NativeSelect
            label={t('desks.zone')}
            data={[{ value: '', label: t('desks.allZones') }, ...floor.zones.map((z) => ({ value: z.id, label: z.name }))]}
            value={zoneId ?? ''}
            onChange={(e) => setZoneId(e.currentTarget.value || null)}
          />
        )}
      </Group>
      <Chip.Group multiple value={equipment} onChange={setEquipment}>
        <Group gap={6} role="group" aria-label={t('desks.equipment')}>
          {EQUIPMENT.map((e) => (
            <Chip key={e} value={e} size="sm">
              {t(`equipment.${e}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Text role="status" aria-live="polite">
        {t('desks.count', { free: freeCount, total: desks.length })}
      </Text>
      {desks.length === 0 && !loading && <Notice>{t('desks.noDesks')}</Notice>}
      <Tabs defaultValue="plan" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plan">{t('desks.plan')}</Tabs.Tab>
          <Tabs.Tab value="list">{t('desks.list')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan" pt="sm">
          <Stack gap="sm">
            <PlanLegend />
            <FloorPlan
              floorName={floor.name}
              width={floor.planWidth}
              height={floor.planHeight}
              desks={desks}
              zones={floor.zones}
              onBook={book}
              image={planImage}
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="list" pt="sm">
          <DeskList desks={desks} onBook={book} />
        </Tabs.Panel>
      </Tabs>
      <BookingDialog draft={draft} onClose={() => setDraft(null)} />
    </Stack>
  );
}
