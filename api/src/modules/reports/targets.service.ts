import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import type { SetOccupancyTargetInput } from './dto/report.inputs.js';
import { TargetsRepository, type OccupancyTarget, type TargetValues } from './targets.repository.js';

/**
 * Used where no target was set: the seed's desk form (flex desks ≥ 10% of screen workers, at most 25
 * needed), a healthy peak of 50–85%, booked occupancy 40–75% over opening hours, at most 10% no-shows.
 */
export const DEFAULT_TARGET: TargetValues = {
  siteId: null,
  departmentId: null,
  ratioBasis: 'SCREEN_WORKERS',
  ratioMin: 0.1,
  ratioMax: null,
  ratioMaxDesks: 25,
  occupancyMin: 0.4,
  occupancyMax: 0.75,
  peakMin: 0.5,
  peakMax: 0.85,
  noShowMax: 0.1,
};

/** The targets reports compare with: per site (or all) and optionally per department; set by facility managers. */
@Injectable()
export class TargetsService {
  constructor(private readonly repo: TargetsRepository) {}

  async list(): Promise<OccupancyTarget[]> {
    const rows = await this.repo.list();
    const hasGlobal = rows.some((r) => r.siteId === null && r.departmentId === null);
    return hasGlobal ? rows : [builtIn(), ...rows];
  }

  async resolve(siteId: string | null, departmentId: string | null): Promise<OccupancyTarget> {
    return (await this.repo.resolve(siteId, departmentId)) ?? builtIn();
  }

  async set(viewer: Viewer, input: SetOccupancyTargetInput): Promise<OccupancyTarget> {
    const v: TargetValues = {
      siteId: input.siteId ?? null,
      departmentId: input.departmentId ?? null,
      ratioBasis: input.ratioBasis,
      ratioMin: input.ratioMin ?? null,
      ratioMax: input.ratioMax ?? null,
      ratioMaxDesks: input.ratioMaxDesks ?? null,
      occupancyMin: input.occupancyMin,
      occupancyMax: input.occupancyMax,
      peakMin: input.peakMin,
      peakMax: input.peakMax,
      noShowMax: input.noShowMax,
    };
    if (v.ratioMin !== null && v.ratioMax !== null && v.ratioMin > v.ratioMax) {
      throw DomainError.field('TARGET_INVALID', 'ratioMax', 'The highest ratio must be at least the lowest');
    }
    if (v.occupancyMin > v.occupancyMax)
      throw DomainError.field('TARGET_INVALID', 'occupancyMax', 'The band’s top must be at least its bottom');
    if (v.peakMin > v.peakMax) throw DomainError.field('TARGET_INVALID', 'peakMax', 'The band’s top must be at least its bottom');
    const id = await this.repo.upsert(v, viewer.id);
    return (await this.repo.find(id))!;
  }

  async remove(id: string): Promise<OccupancyTarget> {
    const existing = await this.repo.find(id);
    if (!existing || !(await this.repo.remove(id))) throw notFound('OccupancyTarget', 'id');
    return existing;
  }

  measureTargets() {
    return this.repo.measureTargets();
  }

  setMeasureTarget(viewer: Viewer, measure: string, target: number, cap: number | null): Promise<void> {
    return this.repo.setMeasureTarget(measure, target, cap, viewer.id);
  }
}

function builtIn(): OccupancyTarget {
  return { ...DEFAULT_TARGET, id: null, siteName: null, departmentName: null, updatedAt: null };
}
