import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import type { CreateFloorInput, CreateZoneInput, PointInput, UpdateFloorInput, UpdateZoneInput } from './dto/site.inputs.js';
import type { FloorPlanEntity } from './floor-plan.entity.js';
import { readPlanImage } from './floor-plan-image.js';
import type { FloorEntity } from './floor.entity.js';
import { FloorPlansRepository, type FloorPlanMeta } from './floor-plans.repository.js';
import type { FloorPlanImageModel, ZoneModel } from './site.model.js';
import { SitesRepository } from './sites.repository.js';
import { SitesService } from './sites.service.js';
import type { ZoneEntity } from './zone.entity.js';

export type PlanUploadResult = {
  floorId: string;
  contentType: string;
  width: number;
  height: number;
  byteSize: number;
  planWidth: number;
  planHeight: number;
  url: string;
};

/** Floors, their zones and their plan images. */
@Injectable()
export class FloorsService {
  constructor(
    private readonly repo: SitesRepository,
    private readonly plans: FloorPlansRepository,
    private readonly sites: SitesService,
    private readonly changes: AdminChangesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  maxPlanBytes(): number {
    return this.config.floorPlanMaxBytes;
  }

  floors(siteId: string): Promise<FloorEntity[]> {
    return this.repo.listFloors(siteId);
  }

  async zones(floorIds: readonly string[]): Promise<ZoneModel[]> {
    return (await this.repo.listZones(floorIds)).map(toZoneModel);
  }

  async planImage(floorId: string): Promise<FloorPlanImageModel | null> {
    const meta = (await this.plans.meta([floorId])).get(floorId);
    return meta ? toPlanImageModel(meta) : null;
  }

  /** A floor the viewer may see (its site is visible to them); NOT_FOUND otherwise. */
  async visibleFloorOrThrow(viewer: Viewer, id: string, field = 'id'): Promise<FloorEntity> {
    const floor = await this.repo.findFloor(id);
    if (!floor) throw notFound('Floor', field);
    await this.sites.getOrThrow(viewer, floor.siteId).catch(() => Promise.reject(notFound('Floor', field)));
    return floor;
  }

  async createFloor(viewer: Viewer, input: CreateFloorInput): Promise<FloorEntity> {
    const site = await this.sites.getOrThrow(viewer, input.siteId);
    return this.repo.transaction(async (em) => {
      const floor = await this.repo.saveFloor(input, em);
      await this.changes.record(em, viewer, {
        action: 'floor.create',
        targetType: 'FLOOR',
        targetId: floor.id,
        targetLabel: `${site.name} — ${floor.name}`,
        after: floorSnapshot(floor),
      });
      return floor;
    });
  }

  async updateFloor(viewer: Viewer, input: UpdateFloorInput): Promise<FloorEntity> {
    const floor = await this.visibleFloorOrThrow(viewer, input.id);
    return this.repo.transaction(async (em) => {
      const saved = await this.repo.saveFloor({ ...floor, ...stripUndefined(input) }, em);
      await this.changes.record(em, viewer, {
        action: 'floor.update',
        targetType: 'FLOOR',
        targetId: floor.id,
        targetLabel: saved.name,
        before: floorSnapshot(floor),
        after: floorSnapshot(saved),
      });
      return saved;
    });
  }

  async createZone(viewer: Viewer, input: CreateZoneInput): Promise<ZoneModel> {
    const floor = await this.visibleFloorOrThrow(viewer, input.floorId, 'floorId');
    return this.repo.transaction(async (em) => {
      const zone = await this.repo.saveZone({ floorId: floor.id, name: input.name, outline: outlineColumn(input.outline) }, em);
      await this.changes.record(em, viewer, {
        action: 'zone.create',
        targetType: 'ZONE',
        targetId: zone.id,
        targetLabel: `${floor.name} — ${zone.name}`,
        after: zoneSnapshot(zone),
      });
      return toZoneModel(zone);
    });
  }

  async updateZone(viewer: Viewer, input: UpdateZoneInput): Promise<ZoneModel> {
    const zone = await this.repo.findZone(input.id);
    if (!zone) throw notFound('Zone', 'id');
    return this.repo.transaction(async (em) => {
      const next: ZoneEntity = { ...zone };
      if (input.name !== undefined) next.name = input.name;
      if (input.outline !== undefined) next.outline = outlineColumn(input.outline);
      const saved = await this.repo.saveZone(next, em);
      await this.changes.record(em, viewer, {
        action: 'zone.update',
        targetType: 'ZONE',
        targetId: zone.id,
        targetLabel: saved.name,
        before: zoneSnapshot(zone),
        after: zoneSnapshot(saved),
      });
      return toZoneModel(saved);
    });
  }

  async deleteZone(viewer: Viewer, id: string): Promise<ZoneModel> {
    const zone = await this.repo.findZone(id);
    if (!zone) throw notFound('Zone', 'id');
    await this.repo.transaction(async (em) => {
      await this.repo.deleteZone(id, em);
      await this.changes.record(em, viewer, {
        action: 'zone.delete',
        targetType: 'ZONE',
        targetId: id,
        targetLabel: zone.name,
        before: zoneSnapshot(zone),
      });
    });
    return toZoneModel(zone);
  }

  /**
   * Stores a floor's plan image (replacing any earlier one) and sets the floor's plan height so the
   * plan coordinates keep the image's proportions: the image spans (0,0)–(planWidth, planHeight).
   */
  async uploadPlan(viewer: Viewer, floorId: string, bytes: Buffer): Promise<PlanUploadResult> {
    const floor = await this.visibleFloorOrThrow(viewer, floorId);
    const image = readPlanImage(bytes, this.config.floorPlanMaxBytes);
    const planHeight = Math.min(100_000, Math.max(10, Math.round((floor.planWidth * image.height) / image.width)));
    const plan: FloorPlanEntity = {
      floorId,
      contentType: image.contentType,
      content: image.content,
      byteSize: image.content.length,
      width: image.width,
      height: image.height,
      sha256: createHash('sha256').update(image.content).digest('hex'),
      uploadedBy: viewer.id,
      uploadedAt: this.clock.now(),
    };
    await this.repo.transaction(async (em) => {
      const before = (await this.plans.meta([floorId], em)).get(floorId);
      await this.plans.save(plan, em);
      if (planHeight !== floor.planHeight) await this.repo.saveFloor({ ...floor, planHeight }, em);
      await this.changes.record(em, viewer, {
        action: 'floor_plan.upload',
        targetType: 'FLOOR_PLAN',
        targetId: floorId,
        targetLabel: floor.name,
        before: before ? { ...planSnapshot(before), planHeight: floor.planHeight } : null,
        after: { ...planSnapshot(plan), planHeight },
      });
    });
    const { content: _bytes, ...meta } = plan;
    return {
      floorId,
      contentType: plan.contentType,
      width: plan.width,
      height: plan.height,
      byteSize: plan.byteSize,
      planWidth: floor.planWidth,
      planHeight,
      url: toPlanImageModel(meta).url,
    };
  }

  async removePlan(viewer: Viewer, floorId: string): Promise<FloorEntity> {
    const floor = await this.visibleFloorOrThrow(viewer, floorId, 'floorId');
    await this.repo.transaction(async (em) => {
      const before = (await this.plans.meta([floorId], em)).get(floorId);
      if (!before) throw notFound('Floor plan', 'floorId');
      await this.plans.delete(floorId, em);
      await this.changes.record(em, viewer, {
        action: 'floor_plan.remove',
        targetType: 'FLOOR_PLAN',
        targetId: floorId,
        targetLabel: floor.name,
        before: planSnapshot(before),
      });
    });
    return floor;
  }

  /** The plan image with its bytes, for a viewer who may see the floor. */
  async planForViewer(viewer: Viewer, floorId: string): Promise<FloorPlanEntity> {
    await this.visibleFloorOrThrow(viewer, floorId);
    const plan = await this.plans.find(floorId);
    if (!plan) throw notFound('Floor plan', 'id');
    return plan;
  }
}

export function toZoneModel(z: ZoneEntity): ZoneModel {
  const points = z.outline
    ? Array.from({ length: z.outline.length / 2 }, (_, i) => ({ x: z.outline![2 * i]!, y: z.outline![2 * i + 1]! }))
    : null;
  return { id: z.id, floorId: z.floorId, name: z.name, outline: points };
}

export function toPlanImageModel(p: FloorPlanMeta): FloorPlanImageModel {
  return {
    contentType: p.contentType,
    width: p.width,
    height: p.height,
    byteSize: p.byteSize,
    uploadedAt: p.uploadedAt,
    url: `/api/floors/${p.floorId}/plan?v=${p.sha256.slice(0, 16)}`,
  };
}

/** A polygon as the column stores it (x1, y1, x2, y2, …); it must enclose an area. */
function outlineColumn(points: readonly PointInput[] | null | undefined): number[] | null {
  if (!points) return null;
  let twiceArea = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    twiceArea += p.x * q.y - q.x * p.y;
  });
  if (Math.abs(twiceArea) < 1e-6) throw DomainError.field('ZONE_OUTLINE_INVALID', 'outline', 'The outline must enclose an area');
  return points.flatMap((p) => [p.x, p.y]);
}

const floorSnapshot = (f: FloorEntity) => ({
  siteId: f.siteId,
  name: f.name,
  level: f.level,
  planWidth: f.planWidth,
  planHeight: f.planHeight,
});
const zoneSnapshot = (z: ZoneEntity) => ({ floorId: z.floorId, name: z.name, outline: z.outline });
const planSnapshot = (p: FloorPlanMeta) => ({
  contentType: p.contentType,
  byteSize: p.byteSize,
  width: p.width,
  height: p.height,
  sha256: p.sha256,
});

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
