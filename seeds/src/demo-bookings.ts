import { DateTime } from 'luxon';
import type { Random } from './random.js';

export const ZONE = 'Europe/Brussels';

export type SeedSpace = { id: string; key: string; kind: string; capacity: number; siteKey: string; zone: string | null };
export type SeedUser = {
  id: string;
  department: string | null;
  roles: string[];
  fte: number;
  screenWorker: boolean;
  organisation?: string;
};
export type SeedBooking = {
  space_id: string;
  space_kind: string;
  booker_id: string;
  organisation_id: string | null;
  starts_at: Date;
  ends_at: Date;
  blocked_until: Date;
  title: string | null;
  status: string;
  checked_in_at: Date | null;
  cancelled_at: Date | null;
  created_at: Date;
  attendees: string[];
  external_attendees: number;
};

export type BookingWorld = {
  rnd: Random;
  now: Date;
  from: string;
  to: string;
  spaces: SeedSpace[];
  staff: SeedUser[];
  partners: Map<string, { userId: string; organisationId: string }>;
  /** Per site key: weekday → [opens, closes] in minutes. */
  hours: Map<string, Map<number, [number, number][]>>;
  closures: Map<string, Set<string>>;
  homeZone: Record<string, string>;
};

const MEETING_TITLES = [
  'Teamoverleg',
  'Projectgroep Nieuw Huis van de Gemeente',
  'Afstemming OCMW en gemeente',
  'Budgetopvolging',
  'Sollicitatiegesprekken',
  'Overleg omgevingsvergunningen',
  'Werkgroep digitale dienstverlening',
  'Stuurgroep activiteitsgericht werken',
  'Voorbereiding gemeenteraad',
  'Intervisie',
];

function at(date: string, minutes: number): Date {
  return DateTime.fromISO(date, { zone: ZONE }).startOf('day').plus({ minutes }).toJSDate();
}

/** Status a booking would have now, with a share of no-shows and cancellations for past ones. */
function lifecycle(
  rnd: Random,
  start: Date,
  end: Date,
  now: Date,
  checkIn: boolean,
): Pick<SeedBooking, 'status' | 'checked_in_at' | 'cancelled_at'> {
  if (rnd.chance(0.04)) return { status: 'CANCELLED', checked_in_at: null, cancelled_at: new Date(start.getTime() - 86_400_000) };
  if (start.getTime() > now.getTime()) return { status: 'CONFIRMED', checked_in_at: null, cancelled_at: null };
  if (checkIn && rnd.chance(0.08)) return { status: 'RELEASED', checked_in_at: null, cancelled_at: null };
  const checkedIn = checkIn ? new Date(start.getTime() + rnd.int(0, 14) * 60_000) : null;
  return { status: end.getTime() <= now.getTime() ? 'COMPLETED' : 'CHECKED_IN', checked_in_at: checkedIn, cancelled_at: null };
}

function openBlocks(w: BookingWorld, siteKey: string, date: string): [number, number][] {
  if (w.closures.get(siteKey)?.has(date)) return [];
  const weekday = DateTime.fromISO(date).weekday;
  return w.hours.get(siteKey)?.get(weekday) ?? [];
}

function push(
  out: SeedBooking[],
  w: BookingWorld,
  s: SeedSpace,
  booker: string,
  date: string,
  startMin: number,
  endMin: number,
  extra: Partial<SeedBooking> = {},
  buffer = 0,
): void {
  const start = at(date, startMin);
  const end = at(date, endMin);
  const checkIn = ['DESK', 'QUIET_ROOM', 'MEETING_ROOM'].includes(s.kind);
  out.push({
    space_id: s.id,
    space_kind: s.kind,
    booker_id: booker,
    organisation_id: null,
    starts_at: start,
    ends_at: end,
    blocked_until: new Date(end.getTime() + buffer * 60_000),
    title: null,
    created_at: new Date(start.getTime() - w.rnd.int(1, 10) * 86_400_000),
    attendees: [],
    external_attendees: 0,
    ...lifecycle(w.rnd, start, end, w.now, checkIn),
    ...extra,
  });
}

const WEEKDAY_PRESENCE = [0, 0.55, 0.72, 0.45, 0.7, 0.32, 0, 0];

/** Six months of history and two weeks ahead: desks, meetings, consultations and partner use. */
export function demoBookings(w: BookingWorld): SeedBooking[] {
  const out: SeedBooking[] = [];
  const { rnd } = w;
  const screenStaff = w.staff.filter((u) => u.screenWorker);
  const socialWorkers = w.staff.filter((u) => u.roles.includes('SOCIAL_WORKER'));
  for (let d = DateTime.fromISO(w.from); d.toISODate()! <= w.to; d = d.plus({ days: 1 })) {
    const date = d.toISODate()!;
    const weekday = d.weekday;

    // Flex desks: who comes in depends on the weekday and the person's FTE.
    const taken = new Set<string>();
    for (const u of rnd.shuffle(screenStaff)) {
      if (!rnd.chance(WEEKDAY_PRESENCE[weekday]! * (0.55 + 0.45 * u.fte))) continue;
      const siteKey = u.department === 'Sociale Dienst' && rnd.chance(0.7) ? 'social' : 'hall';
      if (!openBlocks(w, siteKey, date).length) continue;
      const desks = w.spaces.filter((s) => s.kind === 'DESK' && s.siteKey === siteKey && !taken.has(s.id));
      const home = desks.filter((s) => s.zone === w.homeZone[u.department ?? '']);
      const desk = home.length && rnd.chance(0.85) ? rnd.pick(home) : desks.length ? rnd.pick(desks) : undefined;
      if (!desk) continue;
      taken.add(desk.id);
      const half = rnd.chance(0.25);
      const [start, end] = half
        ? rnd.pick([
            [510, 750],
            [780, 1020],
          ] as const)
        : [rnd.pick([480, 510, 540]), rnd.pick([960, 990, 1020])];
      push(out, w, desk, u.id, date, start, end);
    }

    // Meeting rooms, quiet rooms, phone booths and informal areas: a few bookings each day.
    for (const s of w.spaces.filter((x) => ['MEETING_ROOM', 'QUIET_ROOM', 'PHONE_BOOTH', 'INFORMAL_AREA'].includes(x.kind))) {
      const blocks = openBlocks(w, s.siteKey, date);
      if (!blocks.length) continue;
      let cursor = Math.max(blocks[0]![0], 540);
      const closes = Math.min(blocks[blocks.length - 1]![1], 1020);
      const count = rnd.int(0, s.kind === 'MEETING_ROOM' ? 4 : 3);
      for (let i = 0; i < count; i++) {
        cursor += rnd.pick([0, 30, 60, 90]);
        const length = s.kind === 'PHONE_BOOTH' ? rnd.pick([15, 30]) : rnd.pick([30, 60, 60, 90, 120]);
        if (cursor + length > closes) break;
        const booker = rnd.pick(screenStaff);
        const extra: Partial<SeedBooking> = {};
        if (s.kind === 'MEETING_ROOM') {
          const size = Math.min(s.capacity - 1, rnd.int(1, 7));
          extra.attendees = [...new Set(Array.from({ length: size }, () => rnd.pick(screenStaff).id))].filter((id) => id !== booker.id);
          extra.title = rnd.pick(MEETING_TITLES);
        }
        push(out, w, s, booker.id, date, cursor, cursor + length, extra);
        cursor += length;
      }
    }

    // Confidential talks: social workers in the consultation rooms, 15 minutes apart.
    for (const s of w.spaces.filter((x) => x.kind === 'CONSULTATION_ROOM')) {
      const blocks = openBlocks(w, s.siteKey, date);
      for (const [opens, closes] of blocks) {
        let cursor = Math.max(opens, 540);
        const talks = rnd.int(s.siteKey === 'library' ? 0 : 1, 3);
        for (let i = 0; i < talks; i++) {
          cursor += rnd.pick([0, 15, 45]);
          const length = rnd.pick([45, 60]);
          if (cursor + length > Math.min(closes, 1020)) break;
          push(out, w, s, rnd.pick(socialWorkers).id, date, cursor, cursor + length, {}, 15);
          cursor += length + 15;
        }
      }
    }

    // Partners: CAW at Balie A on Tuesday mornings, VDAB at Balie B on Thursday afternoons and
    // at the library on Wednesday mornings, the association in De Beek on Monday evenings.
    const partnerSlot = (key: string, org: string, day: number, start: number, end: number) => {
      const s = w.spaces.find((x) => x.key === key);
      const p = w.partners.get(org);
      if (!s || !p || weekday !== day || !openBlocks(w, s.siteKey, date).length) return;
      push(out, w, s, p.userId, date, start, end, { organisation_id: p.organisationId, title: 'Zitdag' });
    };
    partnerSlot('S-balieA', 'CAW Regio Kleinbeek', 2, 540, 720);
    partnerSlot('S-balieB', 'VDAB Kleinbeek', 4, 780, 960);
    partnerSlot('B-balie', 'VDAB Kleinbeek', 3, 540, 720);
    partnerSlot('G-beek', 'Vereniging De Kleine Beek vzw', 1, 1020, 1140);
  }
  return out;
}
