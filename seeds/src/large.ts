import type { Queryable } from './queryable.js';

export type LargeOptions = {
  spaces: number;
  bookings: number;
  prefix?: string;
  /** Default: 4 in 5 spaces are desks, the rest meeting rooms. */
  desks?: number;
  /** Default: as many days back as `bookings` needs. */
  days?: number;
  /** Only Monday to Friday get bookings (the site stays open every day). */
  workdaysOnly?: boolean;
};
export type LargeSummary = { siteId: string; spaces: number; users: number; bookings: number; days: number };

/**
 * A large, valid data set for benchmarks, built inside Postgres with generate_series: one site,
 * ten floors, `spaces` spaces (4 desks to 1 meeting room), enough users, and about `bookings`
 * bookings going back in time: each desk booked by someone each working day 08:00–17:00 Brussels
 * time, each meeting room four times a day. It honours every constraint (no overlap, one desk per
 * person at a time).
 */
export async function generateLarge(db: Queryable, opts: LargeOptions): Promise<LargeSummary> {
  const prefix = opts.prefix ?? `bench-${Date.now().toString(36)}`;
  const desks = opts.desks ?? Math.round(opts.spaces * 0.8);
  const rooms = opts.spaces - desks;
  const perDay = desks + rooms * 4;
  const days = opts.days ?? Math.max(1, Math.ceil(opts.bookings / perDay));
  const users = desks + 50;

  const site = await db.query(`INSERT INTO sites (name) VALUES ($1) RETURNING id`, [`${prefix} site`]);
  const siteId = site.rows[0]!.id as string;
  await db.query(
    `INSERT INTO site_opening_hours (site_id, weekday, opens_at, closes_at) SELECT $1, d, '07:00', '19:00' FROM generate_series(1, 7) d`,
    [siteId],
  );
  await db.query(`INSERT INTO floors (site_id, name, level) SELECT $1, 'Floor ' || l, l FROM generate_series(0, 9) l`, [siteId]);
  await db.query(
    `INSERT INTO spaces (floor_id, name, kind, capacity, equipment, pos_x, pos_y, width, height)
     SELECT f.id, $2 || '-' || i, CASE WHEN i <= $3 THEN 'DESK' ELSE 'MEETING_ROOM' END, CASE WHEN i <= $3 THEN 1 ELSE 8 END,
            CASE WHEN i % 3 = 0 THEN '{SCREEN,DOCKING_STATION}'::text[] ELSE '{SCREEN}'::text[] END,
            (i % 15) * 64, ((i / 15) % 12) * 50, 56, 40
       FROM generate_series(1, $4) i
       JOIN floors f ON f.site_id = $1 AND f.level = i % 10`,
    [siteId, prefix, desks, opts.spaces],
  );
  await db.query(
    `INSERT INTO users (email, display_name, roles) SELECT $1 || '-' || n || '@bench.invalid', 'Bench user ' || n, '{EMPLOYEE}' FROM generate_series(1, $2) n`,
    [prefix, users],
  );
  const common = `
    WITH u AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users WHERE email LIKE $1 || '-%'),
         s AS (SELECT s.id, s.kind, row_number() OVER (ORDER BY s.id) - 1 AS n
                 FROM spaces s JOIN floors f ON f.id = s.floor_id WHERE f.site_id = $2 AND s.kind = $3),
         d AS (SELECT (current_date - g)::date AS day, g FROM generate_series(1, $4) g
                ${opts.workdaysOnly ? 'WHERE extract(isodow FROM current_date - g) < 6' : ''})`;
  // Desks: one person per desk per day, rotating so nobody holds two desks at once.
  await db.query(
    `${common}
     INSERT INTO bookings (space_id, space_kind, booker_id, starts_at, ends_at, blocked_until, status, checked_in_at, created_by, updated_by)
     SELECT s.id, 'DESK', u.id, (d.day + time '08:00') AT TIME ZONE 'Europe/Brussels', (d.day + time '17:00') AT TIME ZONE 'Europe/Brussels',
            (d.day + time '17:00') AT TIME ZONE 'Europe/Brussels', CASE WHEN (s.n + d.g) % 12 = 0 THEN 'RELEASED' ELSE 'COMPLETED' END,
            CASE WHEN (s.n + d.g) % 12 = 0 THEN NULL ELSE (d.day + time '08:05') AT TIME ZONE 'Europe/Brussels' END, u.id, u.id
       FROM s CROSS JOIN d JOIN u ON u.n = (s.n + d.g) % ${users}
      ORDER BY d.day, s.n -- in time order, as real bookings arrive: keeps a day's rows on few pages`,
    [prefix, siteId, 'DESK', days],
  );
  // Meeting rooms: four one-hour meetings a day.
  await db.query(
    `${common}, slot AS (SELECT h FROM unnest(ARRAY[9, 11, 13, 15]) h)
     INSERT INTO bookings (space_id, space_kind, booker_id, starts_at, ends_at, blocked_until, status, title, created_by, updated_by)
     SELECT s.id, 'MEETING_ROOM', u.id, (d.day + make_time(slot.h, 0, 0)) AT TIME ZONE 'Europe/Brussels',
            (d.day + make_time(slot.h + 1, 0, 0)) AT TIME ZONE 'Europe/Brussels', (d.day + make_time(slot.h + 1, 0, 0)) AT TIME ZONE 'Europe/Brussels',
            'COMPLETED', 'Overleg', u.id, u.id
       FROM s CROSS JOIN d CROSS JOIN slot JOIN u ON u.n = (s.n * 7 + d.g + slot.h) % ${users}
      ORDER BY d.day, slot.h, s.n`,
    [prefix, siteId, 'MEETING_ROOM', days],
  );
  await db.query('ANALYZE');
  const count = await db.query(
    `SELECT count(*)::int AS n FROM bookings b JOIN spaces s ON s.id = b.space_id JOIN floors f ON f.id = s.floor_id WHERE f.site_id = $1`,
    [siteId],
  );
  return { siteId, spaces: opts.spaces, users, bookings: count.rows[0]!.n as number, days };
}
