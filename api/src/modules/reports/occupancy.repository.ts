import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import { occupancySql, type GroupBy } from './occupancy.sql.js';

export type ReportScope = {
  from: string;
  to: string;
  kinds: SpaceKind[];
  siteId: string | null;
  floorId: string | null;
  zoneId: string | null;
  departmentId: string | null;
  weekdays: number[];
  hourFrom: number;
  hourTo: number;
  groupBy: GroupBy | null;
};

export type SumRow = {
  section: 'sum';
  gid: number;
  week: string | null;
  weekday: number | null;
  hour: number | null;
  gkey: string | null;
  avail: number;
  booked: number;
  checked: number;
  people: number;
  released: number;
  total: number;
};

export type DayRow = { section: 'day' | 'day_all'; gkey: string | null; day: string; spaces: number | null; peak: number };

/** GROUPING(week, weekday, hour, gkey) of each grouping set: a bit is set for each column left out. */
export const GROUPING_ID = { total: 15, week: 7, cell: 9, weekday: 11, hour: 13, group: 14 } as const;

/** People counted for desk sharing: active staff in the headcount (never partner accounts). */
const STAFF_SQL = `u.active AND u.counts_in_headcount AND u.organisation_id IS NULL AND NOT ('PARTNER' = ANY (u.roles))`;

@Injectable()
export class OccupancyRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(s: ReportScope): Promise<{ sums: SumRow[]; days: DayRow[] }> {
    // The statement sorts a few hundred thousand hour pieces for a year: room to sort them in memory, and its own
    // timeout (a long period is slow rather than an error), for this statement only.
    const rows = await this.ds.transaction(async (em) => {
      await em.query(`SELECT set_config('work_mem', '64MB', true), set_config('statement_timeout', $1, true)`, [
        String(this.config.reportStatementTimeoutMs),
      ]);
      return em.query<(SumRow | DayRow)[]>(occupancySql(s.groupBy), [
        s.kinds,
        s.siteId,
        s.floorId,
        s.zoneId,
        s.from,
        s.to,
        s.weekdays,
        s.hourFrom,
        s.hourTo,
        s.departmentId,
      ]);
    });
    return {
      sums: rows.filter((r): r is SumRow => r.section === 'sum'),
      days: rows.filter((r): r is DayRow => r.section !== 'sum'),
    };
  }

  /** Active desks in the space scope (whatever kinds the report looks at: the ratio is about desks). */
  async desks(s: Pick<ReportScope, 'siteId' | 'floorId' | 'zoneId'>): Promise<number> {
    const [row] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM spaces s JOIN floors f ON f.id = s.floor_id JOIN sites si ON si.id = f.site_id
        WHERE s.active AND si.active AND s.kind = 'DESK'
          AND ($1::uuid IS NULL OR f.site_id = $1) AND ($2::uuid IS NULL OR s.floor_id = $2) AND ($3::uuid IS NULL OR s.zone_id = $3)`,
      [s.siteId, s.floorId, s.zoneId],
    );
    return row!.n;
  }

  /** Staff in scope: everyone, or one department; screen workers and their FTE for the desk-sharing ratio. */
  async population(departmentId: string | null): Promise<{ headcount: number; screenWorkers: number; screenFte: number }> {
    const [row] = await this.ds.query<{ headcount: number; screenWorkers: number; screenFte: number }[]>(
      `SELECT count(*)::int AS headcount, count(*) FILTER (WHERE u.screen_worker)::int AS "screenWorkers",
              coalesce(sum(u.fte) FILTER (WHERE u.screen_worker), 0)::float8 AS "screenFte"
         FROM users u WHERE ${STAFF_SQL} AND ($1::uuid IS NULL OR u.department_id = $1)`,
      [departmentId],
    );
    return row!;
  }

  /** Headcount per department, for suppressing small departments in a breakdown. */
  async departmentSizes(): Promise<Map<string, number>> {
    const rows = await this.ds.query<{ id: string; n: number }[]>(
      `SELECT u.department_id AS id, count(*)::int AS n FROM users u WHERE ${STAFF_SQL} AND u.department_id IS NOT NULL GROUP BY 1`,
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** Names for the keys of a breakdown. */
  async labels(groupBy: GroupBy, keys: string[]): Promise<Map<string, string>> {
    const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
    const table = { SITE: 'sites', FLOOR: 'floors', ZONE: 'zones', DEPARTMENT: 'departments', KIND: null }[groupBy];
    if (!table || !ids.length) return new Map();
    const rows = await this.ds.query<{ id: string; name: string }[]>(
      `SELECT id::text AS id, name FROM ${table} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
