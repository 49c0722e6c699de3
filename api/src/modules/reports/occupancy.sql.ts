/**
 * The occupancy report as one SQL statement. Everything is computed in Postgres: local days with
 * generate_series in each site's time zone, closure days left out, opening hours as tstzrange per
 * day (so a booking across midnight is cut at local midnight), every local hour as a bucket (a DST
 * day has 23 or 25 of them), bookings merged per space with range_agg (a released no-show and a
 * later walk-up never count twice) and intersected with the buckets.
 *
 * Parameters: $1 kinds text[], $2 site, $3 floor, $4 zone, $5 from date, $6 to date (inclusive),
 * $7 ISO weekdays int[], $8 first local hour, $9 hour after the last, $10 department.
 *
 * Rows come back in sections: `sum` rows per grouping set (the total, each week, each weekday × hour
 * cell, each weekday, each hour, each group) with available, booked and checked-in seconds, the
 * number of distinct people behind them, and booking counts for the no-show rate; `day` rows with
 * each open day's peak number of spaces booked at one moment and the spaces open that day.
 *
 * Speed (a year of 650 spaces is ~290k bookings): the work is done on distinct shapes, never per
 * booking × hour. Merged pieces with the same interval and group are counted once with their number
 * `n` (desks booked 08:30–17:00 on one day are one shape), so only shapes are cut into hour buckets and
 * swept for peaks. People are a bit mask of local hours per person and day (from the distinct booking
 * intervals' masks), so distinct people per weekday × hour come from a few thousand rows. Shapes are
 * grouped on their bounds rather than on the range (sorting ranges is slow), and bookings that started
 * are counted per local start time.
 *
 * `OFFSET 0` keeps each range paired with its local days before the join with the buckets, so the join
 * is on (site, day): left to itself the planner joined on the site alone and filtered ranges pairwise
 * (a quarter of 650 spaces took a minute).
 */

export type GroupBy = 'SITE' | 'FLOOR' | 'ZONE' | 'KIND' | 'DEPARTMENT';

/** Statuses that count as booked: a released no-show was booked too (its desk stood empty). */
export const BOOKED_STATUSES_SQL = `('CONFIRMED','CHECKED_IN','COMPLETED','RELEASED')`;

const SPACE_KEY: Record<GroupBy | 'NONE', string> = {
  SITE: `f.site_id::text`,
  FLOOR: `s.floor_id::text`,
  ZONE: `coalesce(s.zone_id::text, '')`,
  KIND: `s.kind`,
  DEPARTMENT: `''`,
  NONE: `''`,
};

export function occupancySql(groupBy: GroupBy | null): string {
  const byDepartment = groupBy === 'DEPARTMENT';
  // Consultations count as room usage with no person attached: never a department's.
  const key = byDepartment ? `CASE WHEN b.anonymous THEN '' ELSE coalesce(b.department_id::text, '') END` : `b.key`;
  const sets = `GROUPING SETS ((), (week), (weekday, hour), (weekday), (hour)${groupBy ? ', (gkey)' : ''})`;
  // the same ids with and without a breakdown: a bit per column left out of the set (gkey is always out without one)
  const gid = groupBy ? `GROUPING(week, weekday, hour, gkey)` : `(GROUPING(week, weekday, hour) * 2 + 1)`;
  const gkey = groupBy ? `gkey` : `NULL::text`;
  const sameSet = (a: string) =>
    `${a}.gid = k.gid AND ${a}.week IS NOT DISTINCT FROM k.week AND ${a}.weekday IS NOT DISTINCT FROM k.weekday
     AND ${a}.hour IS NOT DISTINCT FROM k.hour AND ${a}.gkey IS NOT DISTINCT FROM k.gkey`;
  // the local days a range touches (so joins with the buckets are equi-joins on site and day)
  const days = (r: string, tz: string) =>
    `generate_series((lower(${r}) AT TIME ZONE ${tz})::date, ((upper(${r}) - interval '1 microsecond') AT TIME ZONE ${tz})::date, interval '1 day')`;
  return `
WITH space AS MATERIALIZED (
  SELECT s.id, s.kind, f.site_id, si.time_zone AS tz, ${SPACE_KEY[groupBy ?? 'NONE']} AS key
    FROM spaces s JOIN floors f ON f.id = s.floor_id JOIN sites si ON si.id = f.site_id
   WHERE s.active AND si.active AND s.kind = ANY($1::text[])
     AND ($2::uuid IS NULL OR f.site_id = $2) AND ($3::uuid IS NULL OR s.floor_id = $3) AND ($4::uuid IS NULL OR s.zone_id = $4)
),
site_day AS (
  SELECT si.id AS site_id, si.time_zone AS tz, d::date AS day
    FROM sites si CROSS JOIN generate_series($5::date, $6::date, interval '1 day') d
   WHERE si.id IN (SELECT site_id FROM space)
     AND extract(isodow FROM d)::int = ANY($7::int[])
     AND NOT EXISTS (SELECT 1 FROM closure_days c WHERE c.site_id = si.id AND c.date = d::date)
),
open_slot AS (
  SELECT sd.site_id, sd.tz, sd.day,
         tstzrange((sd.day + h.opens_at) AT TIME ZONE sd.tz, (sd.day + h.closes_at) AT TIME ZONE sd.tz, '[)')
       * tstzrange((sd.day + make_interval(hours => $8)) AT TIME ZONE sd.tz, (sd.day + make_interval(hours => $9)) AT TIME ZONE sd.tz, '[)') AS r
    FROM site_day sd JOIN site_opening_hours h ON h.site_id = sd.site_id AND h.weekday = extract(isodow FROM sd.day)::int
),
bucket AS MATERIALIZED (
  SELECT o.site_id, o.day, extract(isodow FROM o.day)::int AS weekday, o.day - (extract(isodow FROM o.day)::int - 1) AS week,
         extract(hour FROM g AT TIME ZONE o.tz)::int AS hour, o.r * tstzrange(g, g + interval '1 hour', '[)') AS r
    FROM open_slot o
    CROSS JOIN LATERAL generate_series(date_trunc('hour', lower(o.r), o.tz), upper(o.r) - interval '1 microsecond', interval '1 hour') g
   WHERE NOT isempty(o.r)
),
booking AS MATERIALIZED (
  SELECT b.space_id, b.booker_id, b.status, b.starts_at, s.tz, s.site_id, s.key,
         b.space_kind = 'CONSULTATION_ROOM' AS anonymous, u.department_id,
         tstzrange(b.starts_at, b.ends_at, '[)') AS r,
         CASE WHEN b.checked_in_at IS NOT NULL AND b.status IN ('CHECKED_IN','COMPLETED') AND greatest(b.starts_at, b.checked_in_at) < b.ends_at
              THEN tstzrange(greatest(b.starts_at, b.checked_in_at), b.ends_at, '[)') END AS cr
    FROM bookings b JOIN space s ON s.id = b.space_id JOIN users u ON u.id = b.booker_id
   WHERE b.status IN ${BOOKED_STATUSES_SQL}
     AND b.starts_at < ($6::date + 2)::timestamp AT TIME ZONE 'UTC'
     AND b.starts_at > ($5::date - 8)::timestamp AT TIME ZONE 'UTC'
     AND b.ends_at > ($5::date - 1)::timestamp AT TIME ZONE 'UTC'
     AND ($10::uuid IS NULL OR (u.department_id = $10 AND b.space_kind <> 'CONSULTATION_ROOM'))
),
merged AS (
  SELECT b.site_id, ${key} AS gkey, range_agg(b.r) AS booked, range_agg(b.cr) FILTER (WHERE b.cr IS NOT NULL) AS checked
    FROM booking b GROUP BY b.space_id, 1, 2
),
shape AS (
  SELECT s.what, s.site_id, si.time_zone AS tz, s.gkey, tstzrange(s.lo, s.hi, '[)') AS r, s.n
    FROM (SELECT 'B' AS what, m.site_id, m.gkey, lower(r) AS lo, upper(r) AS hi, count(*) AS n
            FROM merged m CROSS JOIN LATERAL unnest(m.booked) r GROUP BY 2, 3, 4, 5
          UNION ALL
          SELECT 'C', m.site_id, m.gkey, lower(r), upper(r), count(*) FROM merged m CROSS JOIN LATERAL unnest(m.checked) r GROUP BY 2, 3, 4, 5) s
    JOIN sites si ON si.id = s.site_id
),
part AS MATERIALIZED (
  SELECT p.what, p.gkey, p.n, bu.day, bu.weekday, bu.week, bu.hour, bu.r * p.r AS r
    FROM (SELECT p.*, pd::date AS day FROM shape p CROSS JOIN LATERAL ${days('p.r', 'p.tz')} pd OFFSET 0) p
    JOIN bucket bu ON bu.site_id = p.site_id AND bu.day = p.day AND bu.r && p.r
),
hours AS (
  SELECT bu.week, bu.weekday, bu.hour, g.key AS gkey, extract(epoch FROM upper(bu.r) - lower(bu.r)) * g.n AS avail,
         0::numeric AS booked, 0::numeric AS checked
    FROM bucket bu JOIN (SELECT site_id, key, count(*) AS n FROM space GROUP BY 1, 2) g ON g.site_id = bu.site_id
  UNION ALL
  SELECT week, weekday, hour, gkey, 0, CASE WHEN what = 'B' THEN extract(epoch FROM upper(r) - lower(r)) * n ELSE 0 END,
         CASE WHEN what = 'C' THEN extract(epoch FROM upper(r) - lower(r)) * n ELSE 0 END
    FROM part
),
sums AS (
  SELECT ${gid} AS gid, week, weekday, hour, ${gkey} AS gkey,
         sum(avail)::float8 AS avail, sum(booked)::float8 AS booked, sum(checked)::float8 AS checked
    FROM hours GROUP BY ${sets}
),
hour_mask AS (
  SELECT x.site_id, x.starts_at, x.r, bu.day, bu.week, bu.weekday, bit_or(1 << bu.hour) AS mask
    FROM (SELECT x.*, xd::date AS day
            FROM (SELECT DISTINCT site_id, tz, starts_at, r FROM booking WHERE NOT anonymous) x
            CROSS JOIN LATERAL ${days('x.r', 'x.tz')} xd OFFSET 0) x
    JOIN bucket bu ON bu.site_id = x.site_id AND bu.day = x.day AND bu.r && x.r
   GROUP BY 1, 2, 3, 4, 5, 6
),
presence AS MATERIALIZED (
  SELECT b.booker_id, m.week, m.weekday, ${key} AS gkey, bit_or(m.mask) AS mask
    FROM booking b JOIN hour_mask m ON m.site_id = b.site_id AND m.starts_at = b.starts_at AND m.r = b.r
   WHERE NOT b.anonymous
   GROUP BY 1, 2, 3, 4
),
people AS (
  SELECT GROUPING(week) * 8 + GROUPING(weekday) * 4 + 2 + ${groupBy ? 'GROUPING(gkey)' : '1'} AS gid, week, weekday, NULL::int AS hour,
         ${gkey} AS gkey, count(DISTINCT booker_id)::int AS people
    FROM presence GROUP BY GROUPING SETS ((), (week), (weekday)${groupBy ? ', (gkey)' : ''})
  UNION ALL
  SELECT 8 + GROUPING(weekday) * 4 + 1, NULL, weekday, hour, NULL, count(DISTINCT booker_id)::int
    FROM (SELECT booker_id, weekday, bit_or(mask) AS mask FROM presence GROUP BY 1, 2) p CROSS JOIN generate_series(0, 23) hour
   WHERE p.mask & (1 << hour) <> 0
   GROUP BY GROUPING SETS ((weekday, hour), (hour))
),
started AS (
  SELECT d.week, d.weekday, extract(hour FROM b.local)::int AS hour, b.gkey, b.status, b.n
    FROM (SELECT b.site_id, b.starts_at AT TIME ZONE b.tz AS local, ${key} AS gkey, b.status, count(*) AS n FROM booking b GROUP BY 1, 2, 3, 4) b
    JOIN (SELECT DISTINCT site_id, day, weekday, week FROM bucket) d ON d.site_id = b.site_id AND d.day = b.local::date
   WHERE extract(hour FROM b.local) >= $8 AND extract(hour FROM b.local) < $9
),
counts AS (
  SELECT ${gid} AS gid, week, weekday, hour, ${gkey} AS gkey,
         coalesce(sum(n) FILTER (WHERE status = 'RELEASED'), 0)::int AS released, sum(n)::int AS total
    FROM started GROUP BY ${sets}
),
event AS (
  SELECT gkey, day, lower(r) AS t, n AS delta FROM part WHERE what = 'B'
  UNION ALL
  SELECT gkey, day, upper(r), -n FROM part WHERE what = 'B'
),
peak AS (
  SELECT gkey, day, max(n)::int AS n
    FROM (SELECT gkey, day, sum(delta) OVER (PARTITION BY gkey, day ORDER BY t, delta ROWS UNBOUNDED PRECEDING) AS n FROM event) x
   GROUP BY 1, 2
),
peak_all AS (
  SELECT day, max(n)::int AS n
    FROM (SELECT day, sum(delta) OVER (PARTITION BY day ORDER BY t, delta ROWS UNBOUNDED PRECEDING) AS n FROM event) x
   GROUP BY 1
),
open_day AS (
  SELECT g.key AS gkey, d.day, sum(g.n)::int AS spaces
    FROM (SELECT DISTINCT site_id, day FROM bucket) d JOIN (SELECT site_id, key, count(*) AS n FROM space GROUP BY 1, 2) g ON g.site_id = d.site_id
   GROUP BY 1, 2
),
open_day_all AS (
  SELECT day, sum(spaces)::int AS spaces FROM open_day GROUP BY 1
)
SELECT 'sum' AS section, k.gid, k.week::text AS week, k.weekday, k.hour, k.gkey, NULL::text AS day,
       coalesce(x.avail, 0) AS avail, coalesce(x.booked, 0) AS booked, coalesce(x.checked, 0) AS checked,
       coalesce(p.people, 0) AS people, coalesce(c.released, 0) AS released, coalesce(c.total, 0) AS total,
       NULL::int AS spaces, NULL::int AS peak
  FROM (SELECT gid, week, weekday, hour, gkey FROM sums UNION SELECT gid, week, weekday, hour, gkey FROM counts) k
  LEFT JOIN sums x ON ${sameSet('x')}
  LEFT JOIN people p ON ${sameSet('p')}
  LEFT JOIN counts c ON ${sameSet('c')}
UNION ALL
SELECT 'day_all', NULL, NULL, NULL, NULL, NULL, o.day::text, NULL, NULL, NULL, NULL, NULL, NULL, o.spaces, coalesce(pk.n, 0)
  FROM open_day_all o LEFT JOIN peak_all pk ON pk.day = o.day
${
  !groupBy
    ? ''
    : byDepartment
      ? `UNION ALL
SELECT 'day', NULL, NULL, NULL, NULL, pk.gkey, pk.day::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, pk.n FROM peak pk`
      : `UNION ALL
SELECT 'day', NULL, NULL, NULL, NULL, o.gkey, o.day::text, NULL, NULL, NULL, NULL, NULL, NULL, o.spaces, coalesce(pk.n, 0)
  FROM open_day o LEFT JOIN peak pk ON pk.gkey = o.gkey AND pk.day = o.day`
}`;
}
