import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../people/user.entity.js';
import { FloorEntity } from './floor.entity.js';

export const PLAN_CONTENT_TYPES = ['image/svg+xml', 'image/png', 'image/jpeg'] as const;
export type PlanContentType = (typeof PLAN_CONTENT_TYPES)[number];

/**
 * A floor's plan image, drawn behind the spaces over the floor's whole plan coordinate system.
 * Stored in the database rather than in DATA_DIR: several API processes behind a load balancer
 * share no disk, a pg_dump backup then holds everything, and the upload and its audit record
 * commit together. Images are a few MB at most (FLOOR_PLAN_MAX_BYTES).
 */
@Entity('floor_plans')
@Check('floor_plans_content_type_check', `content_type IN (${PLAN_CONTENT_TYPES.map((t) => `'${t}'`).join(', ')})`)
@Check('floor_plans_size_check', 'byte_size = octet_length(content) AND byte_size BETWEEN 1 AND 52428800')
@Check('floor_plans_dimensions_check', 'width BETWEEN 1 AND 100000 AND height BETWEEN 1 AND 100000')
@Check('floor_plans_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
export class FloorPlanEntity {
  @ForeignKey(() => FloorEntity, { name: 'floor_plans_floor_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'floor_id', primaryKeyConstraintName: 'floor_plans_pkey' })
  floorId!: string;

  @Column('text', { name: 'content_type' })
  contentType!: PlanContentType;

  @Column('bytea')
  content!: Buffer;

  @Column('integer', { name: 'byte_size' })
  byteSize!: number;

  /** Intrinsic size of the image (pixels, or the SVG's own units). */
  @Column('integer')
  width!: number;

  @Column('integer')
  height!: number;

  @Column('text')
  sha256!: string;

  @ForeignKey(() => UserEntity, { name: 'floor_plans_uploaded_by_fkey' })
  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy!: string;

  @Column('timestamptz', { name: 'uploaded_at' })
  uploadedAt!: Date;
}
