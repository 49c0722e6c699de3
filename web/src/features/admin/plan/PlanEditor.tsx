import { useMutation } from '@apollo/client/react';
import { Button, Grid, Group, NumberInput, SegmentedControl, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSpacesQuery } from '../../../gql/admin/graphql';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { FloorPlan, usePlanImage } from '../../desks';
import { CREATE_ZONE, PLACE_SPACES, UPDATE_ZONE } from '../documents';
import { problemText } from '../problems';
import { newPlacement, zoneAround, type Point, type Rect } from './geometry';
import { Inspector } from './Inspector';
import { PlanCanvas, type Selection } from './PlanCanvas';

type Space = AdminSpacesQuery['spaces'][number];
type Floor = {
  id: string;
  name: string;
  planWidth: number;
  planHeight: number;
  plan: { url: string } | null;
  zones: { id: string; name: string; outline: Point[] | null }[];
};

/**
 * Places, moves, resizes and rotates a floor's spaces and draws its zones, over the uploaded plan;
 * changes stay local until saved together. "Preview" shows the desks as employees will see them.
 */
export function PlanEditor({ floor, spaces, onSaved }: { floor: Floor; spaces: Space[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const plan = { width: floor.planWidth, height: floor.planHeight };
  const image = usePlanImage(floor.plan?.url);
  const initialRects = useMemo(() => new Map(spaces.map((s) => [s.id, s.position ? { ...s.position } : null])), [spaces]);
  const [rects, setRects] = useState<Map<string, Rect | null>>(initialRects);
  const [outlines, setOutlines] = useState(() => new Map(floor.zones.map((z) => [z.id, z.outline ?? null])));
  const [dirty, setDirty] = useState<Set<string>>(new Set());
  const [dirtyZones, setDirtyZones] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Selection>(null);
  const [grid, setGrid] = useState<number | string>(Math.max(5, Math.round(plan.width / 100)));
  const [showGrid, setShowGrid] = useState(true);
  const [mode, setMode] = useState('edit');
  const [zoneName, setZoneName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [placeSpaces] = useMutation(PLACE_SPACES);
  const [updateZone] = useMutation(UPDATE_ZONE);
  const [createZone] = useMutation(CREATE_ZONE);
  const step = Number(grid) || 0;

  const setRect = (id: string, rect: Rect | null) => {
    setRects((m) => new Map(m).set(id, rect));
    setDirty((d) => new Set(d).add(id));
    if (!rect) setSelected(null);
  };
  const setOutline = (id: string, outline: Point[]) => {
    setOutlines((m) => new Map(m).set(id, outline));
    setDirtyZones((d) => new Set(d).add(id));
  };

  const placed = spaces.flatMap((s) => {
    const rect = rects.get(s.id);
    return rect ? [{ id: s.id, name: s.name, kind: s.kind, rect }] : [];
  });
  const unplaced = spaces.filter((s) => !rects.get(s.id));
  const zones = floor.zones.flatMap((z) => {
    const outline = outlines.get(z.id);
    return outline ? [{ id: z.id, name: z.name, outline }] : [];
  });
  const selectedSpace = selected?.type === 'space' ? placed.find((s) => s.id === selected.id) : undefined;
  const selectedZone = selected?.type === 'zone' ? zones.find((z) => z.id === selected.id) : undefined;
  const changes = dirty.size + dirtyZones.size;

  async function save() {
    setSaving(true);
    setProblem(null);
    try {
      if (dirty.size) {
        const placements = [...dirty].map((spaceId) => {
          const r = rects.get(spaceId);
          return { spaceId, position: r ? { x: r.x, y: r.y, width: r.width, height: r.height, rotation: r.rotation } : null };
        });
        await placeSpaces({ variables: { input: { floorId: floor.id, placements } } });
      }
      for (const id of dirtyZones) {
        const outline = outlines.get(id);
        await updateZone({ variables: { input: { id, outline: outline ? outline.map(({ x, y }) => ({ x, y })) : null } } });
      }
      notify(t('admin.plan.saved', { count: changes }));
      onSaved();
    } catch (err) {
      setProblem(problemText(t, err));
    } finally {
      setSaving(false);
    }
  }

  async function addZone() {
    setProblem(null);
    try {
      await createZone({ variables: { input: { floorId: floor.id, name: zoneName.trim(), outline: zoneAround([], plan, step) } } });
      notify(t('admin.plan.zoneCreated', { name: zoneName.trim() }));
      setZoneName('');
      onSaved();
    } catch (err) {
      setProblem(problemText(t, err));
    }
  }

  const previewDesks = placed
    .filter((s) => s.kind === 'DESK')
    .map((s) => ({ id: s.id, name: s.name, position: s.rect, state: 'free' as const }));

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('admin.plan.mode')}
          value={mode}
          onChange={setMode}
          data={[
            { value: 'edit', label: t('admin.plan.edit') },
            { value: 'preview', label: t('admin.plan.preview') },
          ]}
        />
        <Group>
          <Text role="status">{changes ? t('admin.plan.unsaved', { count: changes }) : t('admin.plan.allSaved')}</Text>
          <Button variant="default" disabled={!changes} onClick={onSaved}>
            {t('admin.plan.discard')}
          </Button>
          <Button disabled={!changes} loading={saving} onClick={() => void save()}>
            {t('admin.plan.save')}
          </Button>
        </Group>
      </Group>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {mode === 'preview' ? (
        <Stack gap="xs">
          <Text>{t('admin.plan.previewHelp')}</Text>
          <FloorPlan
            floorName={floor.name}
            width={plan.width}
            height={plan.height}
            desks={previewDesks}
            onBook={() => undefined}
            image={image}
          />
        </Stack>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="xs">
              <Group gap="md" align="flex-end">
                <Switch label={t('admin.plan.grid')} checked={showGrid} onChange={(e) => setShowGrid(e.currentTarget.checked)} />
                <NumberInput label={t('admin.plan.gridSize')} w={140} min={0} max={200} value={grid} onChange={setGrid} />
              </Group>
              <PlanCanvas
                plan={plan}
                image={image}
                grid={step}
                showGrid={showGrid}
                spaces={placed}
                zones={zones}
                selected={selected}
                onSelect={setSelected}
                onSpace={setRect}
                onZone={setOutline}
                label={t('admin.plan.canvasLabel', { name: floor.name })}
                describedBy="plan-editor-help"
              />
              <Text id="plan-editor-help" size="sm">
                {t('admin.plan.help')}
              </Text>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack>
              <Inspector
                plan={plan}
                space={selectedSpace ?? null}
                zone={selectedZone ?? null}
                onSpace={(r) => selectedSpace && setRect(selectedSpace.id, r)}
                onZone={(o) => selectedZone && setOutline(selectedZone.id, o)}
              />
              <Title order={3} size="h4">
                {t('admin.plan.unplacedTitle', { count: unplaced.length })}
              </Title>
              {unplaced.length === 0 ? (
                <Text c="dimmed">{t('admin.plan.allPlaced')}</Text>
              ) : (
                <Stack gap={4}>
                  {unplaced.map((s) => (
                    <Button
                      key={s.id}
                      variant="default"
                      justify="space-between"
                      onClick={() => {
                        setRect(s.id, newPlacement(s.kind, plan, step));
                        setSelected({ type: 'space', id: s.id });
                      }}
                    >
                      {t('admin.plan.place', { name: s.name })}
                    </Button>
                  ))}
                </Stack>
              )}
              <Title order={3} size="h4">
                {t('admin.plan.zones')}
              </Title>
              {floor.zones.map((z) => (
                <Button
                  key={z.id}
                  variant="default"
                  onClick={() => {
                    const members = placed.filter((s) => spaces.find((x) => x.id === s.id)?.zone?.id === z.id).map((s) => s.rect);
                    setOutline(z.id, zoneAround(members, plan, step));
                    setSelected({ type: 'zone', id: z.id });
                  }}
                >
                  {t(outlines.get(z.id) ? 'admin.plan.redrawZone' : 'admin.plan.drawZone', { name: z.name })}
                </Button>
              ))}
              <Group align="flex-end" gap="xs">
                <TextInput
                  label={t('admin.plan.newZone')}
                  value={zoneName}
                  onChange={(e) => setZoneName(e.currentTarget.value)}
                  maxLength={200}
                />
                <Button variant="default" disabled={!zoneName.trim()} onClick={() => void addZone()}>
                  {t('admin.plan.addZone')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
