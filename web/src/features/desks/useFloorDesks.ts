import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { defaultWindow, type OpeningHours } from '../../lib/opening-hours';
import { instantOf, nowRoundedUp } from '../../lib/zoned';
import type { When } from '../../ui/WhenFields';
import { deskStates } from './desk-state';
import type { ListDesk } from './DeskList';
import { FLOOR_DESKS, FLOOR_STATE } from './documents';

type Site = { id: string; timeZone: string; openingHours: readonly OpeningHours[] };

/**
 * A floor's desks as the desk finder shows them: where they stand, their zone and equipment, and
 * their state for "when" (free from the availability query, taken or mine from the bookings).
 * Until a "when" is chosen it is now until closing, capped at the desks' longest allowed booking.
 */
export function useFloorDesks(
  site: Site,
  floorId: string,
  chosenWhen: When | null,
  filter: { zoneId?: string | null; equipment?: string[] } = {},
): { desks: ListDesk[]; when: When; validRange: boolean; loading: boolean } {
  const { zoneId, equipment = [] } = filter;
  const desksQuery = useQuery(FLOOR_DESKS, {
    variables: {
      filter: {
        floorId,
        kinds: ['DESK'],
        ...(zoneId ? { zoneId } : {}),
        ...(equipment.length ? { equipment: equipment as never } : {}),
      },
    },
  });
  const maxMinutes = Math.min(...(desksQuery.data?.spaces ?? []).map((d) => d.rules.maxDurationMinutes)); // Infinity while loading
  const when = chosenWhen ?? defaultWhen(site, maxMinutes);

  const startsAt = instantOf(when.date, when.start, site.timeZone);
  const endsAt = instantOf(when.date, when.end, site.timeZone);
  const validRange = Boolean(startsAt && endsAt && endsAt > startsAt);
  const stateQuery = useQuery(FLOOR_STATE, {
    skip: !validRange,
    variables: {
      availability: {
        siteId: site.id,
        floorId,
        kinds: ['DESK'],
        startsAt: startsAt?.toISOString() ?? '',
        endsAt: endsAt?.toISOString() ?? '',
      },
      bookings: { floorId, from: startsAt?.toISOString() ?? '', to: endsAt?.toISOString() ?? '' },
    },
  });

  const desks: ListDesk[] = useMemo(() => {
    const list = desksQuery.data?.spaces ?? [];
    const free = new Set((stateQuery.data?.availability ?? []).map((s) => s.id));
    const states = deskStates(list, free, validRange ? (stateQuery.data?.bookings ?? []) : []);
    return list.map((d) => ({
      id: d.id,
      name: d.name,
      position: d.position ?? null,
      zoneName: d.zone?.name ?? null,
      equipment: d.equipment,
      ...(validRange ? states.get(d.id)! : { state: 'unavailable' as const }),
    }));
  }, [desksQuery.data, stateQuery.data, validRange]);

  return { desks, when, validRange, loading: desksQuery.loading };
}

function defaultWhen(site: Site, maxMinutes: number): When {
  const now = nowRoundedUp(new Date(), site.timeZone);
  return defaultWindow(site.openingHours, now.date, now.time, maxMinutes);
}
