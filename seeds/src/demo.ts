import { DateTime } from 'luxon';
import { DEMO_CLUSTERS, DEMO_SITES, HOME_ZONE } from './demo-catalogue.js';
import { demoBookings, ZONE, type SeedBooking, type SeedSpace, type SeedUser } from './demo-bookings.js';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, demoStaff, type DemoUser } from './demo-people.js';
import { insertColumns, type Queryable } from './queryable.js';
import { enterpriseNumber, Random } from './random.js';

export type SeedOptions = {
  hashPassword: (password: string) => Promise<string>;
  /** Public holidays of a region and year, as the API loads them. */
  holidays: (region: string, year: number) => { date: string; name: string }[];
  now: Date;
};

export type SeedSummary = { users: number; spaces: number; bookings: number };

const HOLIDAY_REGION = 'BE-VLG';

async function one<T>(db: Queryable, sql: string, params: unknown[]): Promise<T> {
  const { rows } = await db.query(sql, params);
  return rows[0] as T;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * Loads "Gemeente en OCMW Kleinbeek" when the database has no users yet. The data is the same
 * on every run (seeded randomness) and dated around `now`: six months back, two weeks ahead.
 */
export async function seedDemoIfEmpty(db: Queryable, opts: SeedOptions): Promise<SeedSummary | null> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM users');
  if ((rows[0] as { n: number }).n > 0) return null;
  await db.query('BEGIN');
  try {
    const summary = await seedDemo(db, opts);
    await db.query('COMMIT');
    return summary;
  } catch (err) {
    await db.query('ROLLBACK');
    throw err;
  }
}

async function seedDemo(db: Queryable, opts: SeedOptions): Promise<SeedSummary> {
  const rnd = new Random(20261124);
  const passwordHash = await opts.hashPassword(DEMO_PASSWORD);

  const departmentIds = new Map<string, string>();
  for (const [cluster, departments] of Object.entries(DEMO_CLUSTERS)) {
    const c = await one<{ id: string }>(db, 'INSERT INTO clusters (name) VALUES ($1) RETURNING id', [cluster]);
    for (const name of departments) {
      const d = await one<{ id: string }>(db, 'INSERT INTO departments (cluster_id, name) VALUES ($1, $2) RETURNING id', [c.id, name]);
      departmentIds.set(name, d.id);
    }
  }

  const organisationIds = new Map<string, string>();
  const year = DateTime.fromJSDate(opts.now, { zone: ZONE }).year;
  for (const o of DEMO_ORGANISATIONS) {
    const row = await one<{ id: string }>(
      db,
      `INSERT INTO organisations (name, enterprise_number, trusted, monthly_hour_quota, address, agreement_starts_on, agreement_ends_on,
                                  terms_version, terms_accepted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        o.name,
        enterpriseNumber(o.first8),
        o.trusted,
        o.quota,
        o.address,
        `${year - 1}-01-01`,
        `${year + 1}-12-31`,
        TERMS_VERSION,
        opts.now,
      ],
    );
    organisationIds.set(o.name, row.id);
    for (const c of o.contacts) {
      await db.query('INSERT INTO organisation_contacts (organisation_id, name, email, phone, job_title) VALUES ($1, $2, $3, $4, $5)', [
        row.id,
        c.name,
        c.email,
        c.phone,
        c.jobTitle,
      ]);
    }
    for (const [weekday, opens, closes] of o.hours) {
      await db.query('INSERT INTO organisation_hours (organisation_id, weekday, opens_at, closes_at) VALUES ($1, $2, $3, $4)', [
        row.id,
        weekday,
        opens,
        closes,
      ]);
    }
    for (const [kind, cents] of Object.entries(o.tariffs)) {
      await db.query('INSERT INTO organisation_tariffs (organisation_id, space_kind, cents_per_hour) VALUES ($1, $2, $3)', [
        row.id,
        kind,
        cents,
      ]);
    }
  }

  const people: DemoUser[] = [
    ...DEMO_ACCOUNTS.map((a) => ({
      email: a.email,
      displayName: a.displayName,
      roles: [...a.roles],
      department: a.department,
      organisation: 'organisation' in a ? a.organisation : undefined,
      fte: 1,
      screenWorker: a.department !== null,
    })),
    ...DEMO_ORGANISATIONS.filter((o) => 'displayName' in o.contact).map((o) => ({
      email: o.contact.email,
      displayName: o.contact.displayName!,
      roles: ['PARTNER'],
      department: null,
      organisation: o.name,
      fte: 1,
      screenWorker: false,
    })),
    ...demoStaff(rnd),
  ];
  const users: SeedUser[] = [];
  for (const p of people) {
    const row = await one<{ id: string }>(
      db,
      `INSERT INTO users (email, display_name, password_hash, roles, department_id, organisation_id, fte, screen_worker)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        p.email,
        p.displayName,
        passwordHash,
        p.roles,
        p.department ? departmentIds.get(p.department) : null,
        p.organisation ? organisationIds.get(p.organisation) : null,
        p.fte,
        p.screenWorker,
      ],
    );
    users.push({
      id: row.id,
      department: p.department,
      roles: p.roles,
      fte: p.fte,
      screenWorker: p.screenWorker,
      organisation: p.organisation,
    });
  }

  const spaces: SeedSpace[] = [];
  const siteIds = new Map<string, string>();
  const hours = new Map<string, Map<number, [number, number][]>>();
  const closures = new Map<string, Set<string>>();
  const today = DateTime.fromJSDate(opts.now, { zone: ZONE }).toISODate()!;
  const from = DateTime.fromISO(today).minus({ days: 182 }).toISODate()!;
  const to = DateTime.fromISO(today).plus({ days: 14 }).toISODate()!;
  for (const site of DEMO_SITES) {
    const s = await one<{ id: string }>(
      db,
      'INSERT INTO sites (name, address, is_satellite, holiday_region) VALUES ($1, $2, $3, $4) RETURNING id',
      [site.name, site.address, site.isSatellite, HOLIDAY_REGION],
    );
    const byDay = new Map<number, [number, number][]>();
    for (const [weekday, opens, closes] of site.hours) {
      await db.query('INSERT INTO site_opening_hours (site_id, weekday, opens_at, closes_at) VALUES ($1, $2, $3, $4)', [
        s.id,
        weekday,
        opens,
        closes,
      ]);
      byDay.set(weekday, [...(byDay.get(weekday) ?? []), [minutes(opens), minutes(closes)]]);
    }
    hours.set(site.key, byDay);
    siteIds.set(site.key, s.id);

    const closed = new Set<string>();
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      for (const h of opts.holidays(HOLIDAY_REGION, year)) {
        await db.query(
          `INSERT INTO closure_days (site_id, date, reason, kind) VALUES ($1, $2, $3, 'PUBLIC_HOLIDAY') ON CONFLICT DO NOTHING`,
          [s.id, h.date, h.name],
        );
        closed.add(h.date);
      }
    }
    // A staff day two months ago: the whole organisation was out.
    const staffDay = DateTime.fromISO(today).minus({ days: 60 }).set({ weekday: 5 }).toISODate()!;
    await db.query(
      `INSERT INTO closure_days (site_id, date, reason, kind) VALUES ($1, $2, 'Personeelsdag', 'CLOSURE') ON CONFLICT DO NOTHING`,
      [s.id, staffDay],
    );
    closed.add(staffDay);
    closures.set(site.key, closed);

    for (const floor of site.floors) {
      const f = await one<{ id: string }>(db, 'INSERT INTO floors (site_id, name, level) VALUES ($1, $2, $3) RETURNING id', [
        s.id,
        floor.name,
        floor.level,
      ]);
      const zoneIds = new Map<string, string>();
      for (const zone of floor.zones) {
        const z = await one<{ id: string }>(db, 'INSERT INTO zones (floor_id, name) VALUES ($1, $2) RETURNING id', [f.id, zone]);
        zoneIds.set(zone, z.id);
      }
      for (const sp of floor.spaces) {
        const consultation = sp.kind === 'CONSULTATION_ROOM';
        const row = await one<{ id: string }>(
          db,
          `INSERT INTO spaces (floor_id, zone_id, name, kind, capacity, equipment, confidential, bookable_by_roles,
                               partner_access, requires_approval, pos_x, pos_y, width, height)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
          [
            f.id,
            sp.zone ? zoneIds.get(sp.zone) : null,
            sp.name,
            sp.kind,
            sp.capacity,
            sp.equipment,
            consultation,
            consultation
              ? ['SOCIAL_WORKER']
              : sp.kind === 'FRONT_DESK'
                ? ['EMPLOYEE', 'SOCIAL_WORKER', 'RECEPTION']
                : ['EMPLOYEE', 'SOCIAL_WORKER'],
            sp.partnerAccess ?? false,
            sp.requiresApproval ?? false,
            sp.x,
            sp.y,
            sp.w,
            sp.h,
          ],
        );
        spaces.push({ id: row.id, key: sp.key, kind: sp.kind, capacity: sp.capacity, siteKey: site.key, zone: sp.zone ?? null });
      }
    }
  }

  // Which partner spaces each organisation may use.
  for (const o of DEMO_ORGANISATIONS) {
    for (const g of o.access) {
      const spaceId = 'space' in g ? spaces.find((x) => x.key === g.space)!.id : null;
      const siteId = 'space' in g || !g.site ? null : siteIds.get(g.site)!;
      const kind = 'space' in g ? null : (g.kind ?? null);
      await db.query('INSERT INTO organisation_access (organisation_id, site_id, space_kind, space_id) VALUES ($1, $2, $3, $4)', [
        organisationIds.get(o.name),
        siteId,
        kind,
        spaceId,
      ]);
    }
  }

  const partners = new Map<string, { userId: string; organisationId: string }>();
  for (const u of users)
    if (u.organisation) partners.set(u.organisation, { userId: u.id, organisationId: organisationIds.get(u.organisation)! });
  const untrusted = new Set(DEMO_ORGANISATIONS.filter((o) => !o.trusted).map((o) => organisationIds.get(o.name)));
  const bookings = demoBookings({
    rnd,
    now: opts.now,
    from,
    to,
    spaces,
    staff: users.filter((u) => u.roles.some((r) => r === 'EMPLOYEE' || r === 'SOCIAL_WORKER')),
    partners,
    hours,
    closures,
    homeZone: HOME_ZONE,
  }).map((b) => asRequest(b, untrusted, opts.now));

  const { rows: idRows } = await db.query('SELECT gen_random_uuid() AS id FROM generate_series(1, $1)', [bookings.length]);
  const withIds = bookings.map((b, i) => ({
    ...b,
    id: idRows[i]!.id as string,
    created_by: b.booker_id,
    updated_by: b.booker_id,
    updated_at: b.created_at,
  }));
  const facilityManager = users[people.findIndex((p) => p.email === 'facilitair@kleinbeek.be')]!.id;
  await insertColumns(
    db,
    'bookings',
    {
      id: 'uuid',
      space_id: 'uuid',
      space_kind: 'text',
      booker_id: 'uuid',
      organisation_id: 'uuid',
      starts_at: 'timestamptz',
      ends_at: 'timestamptz',
      blocked_until: 'timestamptz',
      title: 'text',
      external_attendees: 'int',
      status: 'text',
      checked_in_at: 'timestamptz',
      cancelled_at: 'timestamptz',
      created_by: 'uuid',
      updated_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
      decide_by: 'timestamptz',
    },
    withIds,
  );
  // The association's requests that were decided: approved by the facility manager a day after asking.
  await insertColumns(
    db,
    'booking_decisions',
    { booking_id: 'uuid', decision: 'text', decided_by: 'uuid', decided_at: 'timestamptz' },
    withIds
      .filter((b) => b.decide_by && b.status !== 'PENDING' && b.status !== 'CANCELLED')
      .map((b) => ({
        booking_id: b.id,
        decision: 'APPROVED',
        decided_by: facilityManager,
        decided_at: new Date(b.created_at.getTime() + 86_400_000),
      })),
  );
  const attendees = withIds.flatMap((b) => b.attendees.map((user_id) => ({ booking_id: b.id, user_id })));
  await insertColumns(db, 'booking_attendees', { booking_id: 'uuid', user_id: 'uuid' }, attendees);
  // About one in five staff bookings that took place got a 1–5 rating afterwards (workplace satisfaction).
  const COMMENTS = [null, null, null, 'Rustige plek', 'Scherm werkte niet', 'Te warm in de namiddag', 'Fijne zaal'];
  await insertColumns(
    db,
    'booking_ratings',
    { booking_id: 'uuid', user_id: 'uuid', score: 'int', comment: 'text', created_at: 'timestamptz' },
    withIds
      .filter((b) => b.status === 'COMPLETED' && !b.organisation_id && b.space_kind !== 'CONSULTATION_ROOM' && rnd.chance(0.2))
      .map((b) => ({
        booking_id: b.id,
        user_id: b.booker_id,
        score: rnd.pick([2, 3, 3, 4, 4, 4, 4, 5, 5]),
        comment: rnd.pick(COMMENTS),
        created_at: new Date(b.ends_at.getTime() + 3_600_000),
      })),
  );
  return { users: users.length, spaces: spaces.length, bookings: bookings.length };
}

/** The version of the terms of use the demo organisations accepted (PARTNER_TERMS_VERSION's default). */
const TERMS_VERSION = '2027-01';
const REQUEST_WORKING_DAYS = 2;

/**
 * A booking of an organisation that is not trusted went through the approval queue: it still waits
 * (PENDING, with its deadline) when its deadline lies ahead, and was approved otherwise.
 */
function asRequest<B extends SeedBooking>(b: B, untrusted: Set<string | undefined>, now: Date): B & { decide_by: Date | null } {
  if (!untrusted.has(b.organisation_id ?? undefined)) return { ...b, decide_by: null };
  let day = DateTime.fromJSDate(b.starts_at, { zone: ZONE }).startOf('day');
  for (let counted = 0; counted < REQUEST_WORKING_DAYS;) {
    day = day.minus({ days: 1 });
    if (day.weekday <= 5) counted++;
  }
  const decideBy = day.toJSDate();
  const waiting = b.status === 'CONFIRMED' && decideBy.getTime() > now.getTime();
  return { ...b, status: waiting ? 'PENDING' : b.status, decide_by: decideBy };
}
