import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FloorPlanEntity } from './floor-plan.entity.js';

/** A plan without its bytes: what lists and audit records need. */
export type FloorPlanMeta = Omit<FloorPlanEntity, 'content'>;

const META = `floor_id AS "floorId", content_type AS "contentType", byte_size AS "byteSize", width, height, sha256,
              uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt"`;

@Injectable()
export class FloorPlansRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async meta(floorIds: readonly string[], em: EntityManager = this.ds.manager): Promise<Map<string, FloorPlanMeta>> {
    if (floorIds.length === 0) return new Map();
    const rows = await em.query<FloorPlanMeta[]>(`SELECT ${META} FROM floor_plans WHERE floor_id = ANY($1::uuid[])`, [floorIds]);
    return new Map(rows.map((r) => [r.floorId, r]));
  }

  find(floorId: string): Promise<FloorPlanEntity | null> {
    return this.ds.getRepository(FloorPlanEntity).findOneBy({ floorId });
  }

  async save(plan: FloorPlanEntity, em: EntityManager): Promise<void> {
    await em.getRepository(FloorPlanEntity).save(plan);
  }

  async delete(floorId: string, em: EntityManager): Promise<void> {
    await em.getRepository(FloorPlanEntity).delete({ floorId });
  }
}
