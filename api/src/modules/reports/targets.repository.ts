import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type RatioBasis = 'SCREEN_WORKERS' | 'FTE';

export type OccupancyTarget = {
  id: string | null;
  siteId: string | null;
  siteName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  ratioBasis: RatioBasis;
  ratioMin: number | null;
  ratioMax: number | null;
  ratioMaxDesks: number | null;
  occupancyMin: number;
  occupancyMax: number;
  peakMin: number;
  peakMax: number;
  noShowMax: number;
  updatedAt: Date | null;
};

export type TargetValues = Omit<OccupancyTarget, 'id' | 'siteName' | 'departmentName' | 'updatedAt'>;

const SELECT = `
  SELECT t.id, t.site_id AS "siteId", si.name AS "siteName", t.department_id AS "departmentId", d.name AS "departmentName",
         t.ratio_basis AS "ratioBasis", t.ratio_min::float8 AS "ratioMin", t.ratio_max::float8 AS "ratioMax",
         t.ratio_max_desks AS "ratioMaxDesks", t.occupancy_min::float8 AS "occupancyMin", t.occupancy_max::float8 AS "occupancyMax",
         t.peak_min::float8 AS "peakMin", t.peak_max::float8 AS "peakMax", t.no_show_max::float8 AS "noShowMax", t.updated_at AS "updatedAt"
    FROM occupancy_targets t
    LEFT JOIN sites si ON si.id = t.site_id
    LEFT JOIN departments d ON d.id = t.department_id`;

export type MeasureTargetRow = { measure: string; target: number; cap: number | null; updatedAt: Date };

@Injectable()
export class TargetsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(): Promise<OccupancyTarget[]> {
    return this.ds.query<OccupancyTarget[]>(`${SELECT} ORDER BY si.name NULLS FIRST, d.name NULLS FIRST`);
  }

  async find(id: string): Promise<OccupancyTarget | undefined> {
    const [row] = await this.ds.query<OccupancyTarget[]>(`${SELECT} WHERE t.id = $1`, [id]);
    return row;
  }

  /** The most specific target for a scope: site and department, site, department, everything. */
  async resolve(siteId: string | null, departmentId: string | null): Promise<OccupancyTarget | undefined> {
    const [row] = await this.ds.query<OccupancyTarget[]>(
      `${SELECT}
        WHERE (t.site_id IS NULL OR t.site_id = $1) AND (t.department_id IS NULL OR t.department_id = $2)
        ORDER BY (t.site_id IS NOT NULL) DESC, (t.department_id IS NOT NULL) DESC LIMIT 1`,
      [siteId, departmentId],
    );
    return row;
  }

  /** One target per scope: setting it again replaces it. */
  async upsert(v: TargetValues, actorId: string): Promise<string> {
    const [row] = await this.ds.query<{ id: string }[]>(
      `INSERT INTO occupancy_targets (site_id, department_id, ratio_basis, ratio_min, ratio_max, ratio_max_desks,
                                      occupancy_min, occupancy_max, peak_min, peak_max, no_show_max, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT ((coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid)),
                    (coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid)))
       DO UPDATE SET ratio_basis = EXCLUDED.ratio_basis, ratio_min = EXCLUDED.ratio_min, ratio_max = EXCLUDED.ratio_max,
                     ratio_max_desks = EXCLUDED.ratio_max_desks, occupancy_min = EXCLUDED.occupancy_min,
                     occupancy_max = EXCLUDED.occupancy_max, peak_min = EXCLUDED.peak_min, peak_max = EXCLUDED.peak_max,
                     no_show_max = EXCLUDED.no_show_max, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING id`,
      [
        v.siteId,
        v.departmentId,
        v.ratioBasis,
        v.ratioMin,
        v.ratioMax,
        v.ratioMaxDesks,
        v.occupancyMin,
        v.occupancyMax,
        v.peakMin,
        v.peakMax,
        v.noShowMax,
        actorId,
      ],
    );
    return row!.id;
  }

  async remove(id: string): Promise<boolean> {
    const [, affected] = await this.ds.query<[unknown[], number]>(`DELETE FROM occupancy_targets WHERE id = $1`, [id]);
    return affected > 0;
  }

  measureTargets(): Promise<MeasureTargetRow[]> {
    return this.ds.query<MeasureTargetRow[]>(
      `SELECT measure, target::float8 AS target, cap::float8 AS cap, updated_at AS "updatedAt" FROM success_measure_targets`,
    );
  }

  async setMeasureTarget(measure: string, target: number, cap: number | null, actorId: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO success_measure_targets (measure, target, cap, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (measure) DO UPDATE SET target = EXCLUDED.target, cap = EXCLUDED.cap, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [measure, target, cap, actorId],
    );
  }
}
