import { useMutation } from '@apollo/client/react';
import { useMediaQuery } from '@mantine/hooks';
import { Button, Grid, Group, NumberInput, Paper, SegmentedControl, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSpacesQuery } from '../../../gql/admin/graphql';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { usePlanImage } from '../../desks';
import { useConfirm } from '../ConfirmDialog';
import { CREATE_ZONE, DELETE_ZONE, PLACE_SPACES, UPDATE_ZONE } from '../documents';
import { problemText } from '../problems';
import { canClose, newPlacement, ROTATION_STEP, zoneAround, type Point, type Rect } from './geometry';
import { Inspector } from './Inspector';
import { PlanCanvas, type Selection } from './PlanCanvas';
import { PlanPreview, type PreviewSite } from './PlanPreview';

type Space = AdminSpacesQuery['spaces'][number];
type Zone = { id: string; name: string; outline: Point[] | null };
type Floor = { id: string; name: string; planWidth: number; planHeight: number; plan: { url: string } | null; zones: Zone[] };
/** What a drawing becomes: the outline of an existing zone, or a new zone with this name. */
type Drawing = { zoneId?: string; name: string; points: Point[] };

/**
 * Places, moves, resizes and rotates a floor's spaces and draws its zones, over the uploaded plan.
 * Placements and outlines stay local until saved together; creating, renaming and deleting a zone
 * happen at once (`onChanged` reloads the floor and keeps the unsaved edits, `onSaved` starts
 * again from what was saved). "As employees see it" shows the floor as the desk finder does.
 */
export function PlanEditor({
  site,
  floor,
  spaces,
  onSaved,
  onChanged,
}: {
  site: PreviewSite;
  floor: Floor;
  spaces: Space[];
  onSaved: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const plan = { width: floor.planWidth, height: floor.planHeight };
  const image = usePlanImage(floor.plan?.url);
  // Unsaved edits only: a space's place (null: off the plan) and a zone's outline, by id.
  const [rects, setRects] = useState<Map<string, Rect | null>>(() => new Map());
  const [outlines, setOutlines] = useState<Map<string, Point[]>>(() => new Map());
  const [selected, setSelected] = useState<Selection>(null);
  const [grid, setGrid] = useState<number | string>(Math.max(5, Math.round(plan.width / 100)));
  const [angleStep, setAngleStep] = useState<number | string>(ROTATION_STEP);
  const [showGrid, setShowGrid] = useState(true);
  const [mode, setMode] = useState('edit');
  const [zoneName, setZoneName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [placeSpaces] = useMutation(PLACE_SPACES);
  const [updateZone] = useMutation(UPDATE_ZONE);
  const [createZone] = useMutation(CREATE_ZONE);
  const [deleteZone] = useMutation(DELETE_ZONE);
  const { confirm, dialog } = useConfirm();
  const step = Number(grid) || 0;
  const narrow = useMediaQuery('(max-width: 36em)');
  const focusOnMount = useCallback((el: HTMLInputElement | null) => el?.focus(), []);

  const rectOf = (s: Space): Rect | null => (rects.has(s.id) ? rects.get(s.id)! : (s.position ?? null));
  const outlineOf = (z: Zone): Point[] | null => outlines.get(z.id) ?? z.outline;
  const setRect = (id: string, rect: Rect | null) => {
    setRects((m) => new Map(m).set(id, rect));
    if (!rect) setSelected(null);
  };
  const setOutline = (id: string, outline: Point[]) => setOutlines((m) => new Map(m).set(id, outline));

  const placed = spaces.flatMap((s) => {
    const rect = rectOf(s);
    return rect ? [{ id: s.id, name: s.name, kind: s.kind, rect }] : [];
  });
  const unplaced = spaces.filter((s) => !rectOf(s));
  const zones = floor.zones.flatMap((z) => {
    const outline = outlineOf(z);
    return outline ? [{ id: z.id, name: z.name, outline }] : [];
  });
  const selectedSpace = selected?.type === 'space' ? placed.find((s) => s.id === selected.id) : undefined;
  const selectedZone = selected?.type === 'zone' ? zones.find((z) => z.id === selected.id) : undefined;
  const changes = rects.size + outlines.size;

  async function attempt(work: () => Promise<void>) {
    setProblem(null);
    try {
      await work();
    } catch (err) {
      setProblem(problemText(t, err));
    }
  }

  async function save() {
    setSaving(true);
    await attempt(async () => {
      if (rects.size) {
        const placements = [...rects].map(([spaceId, r]) => ({
          spaceId,
          position: r ? { x: r.x, y: r.y, width: r.width, height: r.height, rotation: r.rotation } : null,
        }));
        await placeSpaces({ variables: { input: { floorId: floor.id, placements } } });
      }
      for (const [id, outline] of outlines)
        await updateZone({ variables: { input: { id, outline: outline.map(({ x, y }) => ({ x, y })) } } });
      notify(t('admin.plan.saved', { count: changes }));
      onSaved();
    });
    setSaving(false);
  }

  async function discard() {
    const ok = await confirm({
      title: t('admin.plan.discardTitle'),
      message: t('admin.plan.discardConfirm', { count: changes }),
      confirmLabel: t('admin.plan.discard'),
    });
    if (!ok) return;
    setRects(new Map());
    setOutlines(new Map());
    setSelected(null);
  }

  const addZone = (name: string, outline: Point[]) =>
    attempt(async () => {
      const { data } = await createZone({ variables: { input: { floorId: floor.id, name, outline } } });
      notify(t('admin.plan.zoneCreated', { name }));
      setZoneName('');
      if (data) setSelected({ type: 'zone', id: data.createZone.id });
      onChanged();
    });

  const rename = (zone: Zone, name: string) =>
    attempt(async () => {
      await updateZone({ variables: { input: { id: zone.id, name } } });
      notify(t('admin.plan.renamed', { from: zone.name, name }));
      setRenaming(null);
      onChanged();
    });

  async function remove(zone: Zone) {
    const members = spaces.filter((s) => s.zone?.id === zone.id);
    const ok = await confirm({
      title: t('admin.plan.deleteZoneTitle', { name: zone.name }),
      message: members.length
        ? t('admin.plan.deleteZoneConfirm', { count: members.length, names: members.map((s) => s.name).join(', ') })
        : t('admin.plan.deleteZoneEmpty'),
      confirmLabel: t('admin.plan.deleteZoneConfirmLabel', { name: zone.name }),
    });
    if (!ok) return;
    await attempt(async () => {
      await deleteZone({ variables: { id: zone.id } });
      notify(t('admin.plan.zoneDeleted', { name: zone.name }));
      setOutlines((m) => {
        const next = new Map(m);
        next.delete(zone.id);
        return next;
      });
      setSelected(null);
      onChanged();
    });
  }

  const finishDrawing = (outline: Point[]) => {
    const d = drawing;
    setDrawing(null);
    if (!d) return;
    if (d.zoneId) {
      setOutline(d.zoneId, outline);
      setSelected({ type: 'zone', id: d.zoneId });
    } else void addZone(d.name, outline);
  };

  // While drawing: Enter closes the shape, Backspace takes the last corner back, Escape stops.
  useEffect(() => {
    if (!drawing) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') setDrawing(null);
      else if (e.target instanceof Element && e.target.closest('input, textarea, select, button, a')) return;
      else if (e.key === 'Enter' && canClose(drawing.points)) finishDrawing(drawing.points);
      else if (e.key === 'Backspace') setDrawing({ ...drawing, points: drawing.points.slice(0, -1) });
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <Stack>
      {dialog}
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('admin.plan.mode')}
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          value={mode}
          onChange={(v) => {
            setDrawing(null);
            setMode(v);
          }}
          data={[
            { value: 'edit', label: t('admin.plan.edit') },
            { value: 'preview', label: t('admin.plan.preview') },
          ]}
        />
        <Group>
          <Text role="status">{changes ? t('admin.plan.unsaved', { count: changes }) : t('admin.plan.allSaved')}</Text>
          <Button variant="default" disabled={!changes} onClick={() => void discard()}>
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
        <PlanPreview
          site={site}
          floor={floor}
          image={image}
          positions={new Map(spaces.filter((s) => s.active && s.bookableByRoles.includes('EMPLOYEE')).map((s) => [s.id, rectOf(s)]))}
          zones={zones}
          unsaved={changes > 0}
        />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="xs">
              <Group gap="md" align="flex-end">
                <Switch label={t('admin.plan.grid')} checked={showGrid} onChange={(e) => setShowGrid(e.currentTarget.checked)} />
                <NumberInput label={t('admin.plan.gridSize')} w={170} min={0} max={200} value={grid} onChange={setGrid} />
                <NumberInput label={t('admin.plan.angleStep')} w={170} min={1} max={90} value={angleStep} onChange={setAngleStep} />
              </Group>
              {drawing && (
                <Paper withBorder p="sm" role="region" aria-label={t('admin.plan.drawingTitle', { name: drawing.name })}>
                  <Stack gap="xs">
                    <Text fw={600}>{t('admin.plan.drawingTitle', { name: drawing.name })}</Text>
                    <Text size="sm">{t('admin.plan.drawHelp')}</Text>
                    <Group justify="space-between">
                      <Text size="sm" role="status">
                        {t('admin.plan.drawCorners', { count: drawing.points.length })}
                      </Text>
                      <Group gap="xs">
                        <Button size="xs" disabled={!canClose(drawing.points)} onClick={() => finishDrawing(drawing.points)}>
                          {t('admin.plan.closeShape')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setDrawing(null)}>
                          {t('admin.plan.stopDrawing')}
                        </Button>
                      </Group>
                    </Group>
                  </Stack>
                </Paper>
              )}
              <PlanCanvas
                plan={plan}
                image={image}
                grid={step}
                angleStep={Number(angleStep) || ROTATION_STEP}
                showGrid={showGrid}
                spaces={placed}
                zones={zones}
                selected={selected}
                onSelect={setSelected}
                onSpace={setRect}
                onZone={setOutline}
                draft={drawing?.points ?? null}
                onDraft={(points) => drawing && setDrawing({ ...drawing, points })}
                onDrawn={finishDrawing}
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
              {floor.zones.map((z) => {
                const members = spaces.filter((s) => s.zone?.id === z.id);
                return (
                  <Paper key={z.id} withBorder p="xs" role="group" aria-label={t('admin.plan.zoneTitle', { name: z.name })}>
                    {renaming?.id === z.id ? (
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          void rename(z, renaming.name.trim());
                        }}
                      >
                        <Stack gap="xs">
                          <TextInput
                            label={t('admin.plan.renameLabel', { name: z.name })}
                            value={renaming.name}
                            onChange={(e) => setRenaming({ id: z.id, name: e.currentTarget.value })}
                            maxLength={200}
                            ref={focusOnMount}
                          />
                          <Group gap="xs">
                            <Button size="xs" type="submit" disabled={!renaming.name.trim()}>
                              {t('admin.common.save')}
                            </Button>
                            <Button size="xs" variant="default" onClick={() => setRenaming(null)}>
                              {t('admin.plan.cancel')}
                            </Button>
                          </Group>
                        </Stack>
                      </form>
                    ) : (
                      <Stack gap={6}>
                        <Text fw={600}>{z.name}</Text>
                        <Text size="sm">
                          {t('admin.plan.zoneSpaces', { count: members.length })}
                          {outlineOf(z) ? '' : ` · ${t('admin.plan.zoneNoOutline')}`}
                        </Text>
                        <Group gap={6}>
                          <Button
                            size="xs"
                            variant="default"
                            disabled={!!drawing}
                            onClick={() => setDrawing({ zoneId: z.id, name: z.name, points: [] })}
                          >
                            {t('admin.plan.zoneDraw')}
                          </Button>
                          {members.length > 0 && (
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => {
                                const around = placed.filter((s) => members.some((m) => m.id === s.id)).map((s) => s.rect);
                                setOutline(z.id, zoneAround(around, plan, step));
                                setSelected({ type: 'zone', id: z.id });
                              }}
                            >
                              {t('admin.plan.zoneAround')}
                            </Button>
                          )}
                          <Button size="xs" variant="default" onClick={() => setRenaming({ id: z.id, name: z.name })}>
                            {t('admin.plan.zoneRename')}
                          </Button>
                          <Button size="xs" variant="outline" color="red.9" onClick={() => void remove(z)}>
                            {t('admin.plan.zoneDelete')}
                          </Button>
                        </Group>
                      </Stack>
                    )}
                  </Paper>
                );
              })}
              <TextInput
                label={t('admin.plan.newZone')}
                value={zoneName}
                onChange={(e) => setZoneName(e.currentTarget.value)}
                maxLength={200}
              />
              <Group gap="xs">
                <Button
                  variant="default"
                  disabled={!zoneName.trim() || !!drawing}
                  onClick={() => setDrawing({ name: zoneName.trim(), points: [] })}
                >
                  {t('admin.plan.drawNew')}
                </Button>
                <Button
                  variant="default"
                  disabled={!zoneName.trim()}
                  onClick={() => void addZone(zoneName.trim(), zoneAround([], plan, step))}
                >
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
