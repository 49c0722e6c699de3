import { Button, Group, NumberInput, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bounds, clampRect, isRectangle, rectPoints, snapPoint, type Plan, type Point, type Rect } from './geometry';

type Field = { key: keyof Rect; label: string; min: number; max: number };

/**
 * Number fields for the selected space (position, size, rotation) or zone (a rectangle's corner and
 * size, or each corner of a polygon): the keyboard's way to place things exactly.
 */
export function Inspector({
  plan,
  space,
  zone,
  onSpace,
  onZone,
}: {
  plan: Plan;
  space: { name: string; rect: Rect } | null;
  zone: { name: string; outline: Point[] } | null;
  onSpace: (rect: Rect | null) => void;
  onZone: (outline: Point[]) => void;
}) {
  const { t } = useTranslation();
  const fields: Field[] = [
    { key: 'x', label: t('admin.plan.x'), min: 0, max: plan.width },
    { key: 'y', label: t('admin.plan.y'), min: 0, max: plan.height },
    { key: 'width', label: t('admin.plan.width'), min: 5, max: plan.width },
    { key: 'height', label: t('admin.plan.height'), min: 5, max: plan.height },
  ];
  if (space) {
    const r = space.rect;
    const set = (key: keyof Rect, v: number | string) => typeof v === 'number' && onSpace(clampRect({ ...r, [key]: v }, plan));
    return (
      <Stack gap="xs">
        <Title order={3} size="h4">
          {space.name}
        </Title>
        <Group gap="xs" grow>
          {fields.map((f) => (
            <NumberInput
              key={f.key}
              label={f.label}
              min={f.min}
              max={f.max}
              value={r[f.key]}
              onChange={(v) => set(f.key, v)}
              decimalScale={1}
            />
          ))}
        </Group>
        <NumberInput label={t('admin.plan.rotation')} min={0} max={359} step={15} value={r.rotation} onChange={(v) => set('rotation', v)} />
        <Button variant="default" onClick={() => onSpace(null)}>
          {t('admin.plan.unplace', { name: space.name })}
        </Button>
      </Stack>
    );
  }
  if (zone) {
    const b = bounds(zone.outline);
    const set = (key: keyof Rect, v: number | string) => typeof v === 'number' && onZone(rectPoints(clampRect({ ...b, [key]: v }, plan)));
    return (
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('admin.plan.zoneTitle', { name: zone.name })}
        </Title>
        {isRectangle(zone.outline) ? (
          <Group gap="xs" grow>
            {fields.map((f) => (
              <NumberInput
                key={f.key}
                label={f.label}
                min={f.min}
                max={f.max}
                value={b[f.key]}
                onChange={(v) => set(f.key, v)}
                decimalScale={1}
              />
            ))}
          </Group>
        ) : (
          <>
            <Text size="sm">{t('admin.plan.polygon', { count: zone.outline.length })}</Text>
            <ScrollArea.Autosize mah={260} type="auto">
              <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('admin.plan.vertices')}>
                {zone.outline.map((p, i) => (
                  <Group key={i} gap="xs" grow component="li" wrap="nowrap">
                    {(['x', 'y'] as const).map((axis) => (
                      <NumberInput
                        key={axis}
                        size="xs"
                        label={t(axis === 'x' ? 'admin.plan.vertexX' : 'admin.plan.vertexY', { n: i + 1 })}
                        min={0}
                        max={axis === 'x' ? plan.width : plan.height}
                        value={p[axis]}
                        decimalScale={1}
                        onChange={(v) =>
                          typeof v === 'number' &&
                          onZone(zone.outline.map((q, j) => (j === i ? snapPoint({ ...q, [axis]: v }, 0, plan) : q)))
                        }
                      />
                    ))}
                  </Group>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </>
        )}
      </Stack>
    );
  }
  return <Text c="dimmed">{t('admin.plan.nothingSelected')}</Text>;
}
