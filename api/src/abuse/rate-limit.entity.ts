import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One counter of a rate limit (`mutations:<user>`, `sign-in:<address>`), shared by every API process. */
@Entity('rate_limits')
@Check('rate_limits_key_check', 'length(key) BETWEEN 1 AND 200')
@Check('rate_limits_hits_check', 'hits >= 0')
export class RateLimitEntity {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'rate_limits_pkey' })
  key!: string;

  @Column('timestamptz', { name: 'window_started_at' })
  windowStartedAt!: Date;

  @Column('integer')
  hits!: number;

  @Index('rate_limits_last_hit_idx')
  @Column('timestamptz', { name: 'last_hit_at' })
  lastHitAt!: Date;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;
}
