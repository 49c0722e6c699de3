import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRange, type Locale } from '../../../lib/format';
import type { OpeningHours } from '../../../lib/opening-hours';
import { instantOf } from '../../../lib/zoned';
import { Notice } from '../../../ui/Notice';
import { useViewer } from '../../auth/session';
import { FloorPlan, PlanLegend, useFloorDesks, type PlanZone } from '../../desks';
import type { Rect } from './geometry';

export type PreviewSite = { id: string; timeZone: string; openingHours: readonly OpeningHours[] };

/**
 * The floor as employees see it in the desk finder: the same desks, zones and current states (now
 * until closing), through the same queries and plan component. `positions` holds the spaces an
 * employee may book (active, open to employees) with their places in the editor, unsaved or not.
 * The states come from the viewer's own availability, so a manager without an employee role is told
 * that they differ.
 */
export function PlanPreview({
  site,
  floor,
  image,
  positions,
  zones,
  unsaved,
}: {
  site: PreviewSite;
  floor: { id: string; name: string; planWidth: number; planHeight: number };
  image: string | null;
  positions: ReadonlyMap<string, Rect | null>;
  zones: PlanZone[];
  unsaved: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { desks, when } = useFloorDesks(site, floor.id, null);
  const startsAt = instantOf(when.date, when.start, site.timeZone);
  const endsAt = instantOf(when.date, when.end, site.timeZone);
  const period = startsAt && endsAt ? formatRange(startsAt, endsAt, i18n.language as Locale, site.timeZone) : '';
  const employee = useViewer().roles.some((r) => r === 'EMPLOYEE' || r === 'SOCIAL_WORKER');
  const shown = desks.flatMap((d) => (positions.has(d.id) ? [{ ...d, position: positions.get(d.id)! }] : []));
  const free = shown.filter((d) => d.state === 'free').length;
  return (
    <Stack gap="xs">
      <Text>{t('admin.plan.previewHelp', { period })}</Text>
      {unsaved && <Text size="sm">{t('admin.plan.previewUnsaved')}</Text>}
      {!employee && <Notice>{t('admin.plan.previewNotEmployee')}</Notice>}
      <Text role="status">{t('desks.count', { free, total: shown.length })}</Text>
      <PlanLegend />
      <FloorPlan
        floorName={floor.name}
        width={floor.planWidth}
        height={floor.planHeight}
        desks={shown}
        zones={zones}
        onBook={() => undefined}
        image={image}
      />
    </Stack>
  );
}
