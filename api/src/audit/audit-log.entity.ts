import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

export const AUDIT_ACTIONS = [
  'READ_DETAILS',
  'WRITE_DETAILS',
  'ERASE_DETAILS',
  'REENCRYPT_DETAILS',
  'GRANT_ACCESS',
  'REVOKE_ACCESS',
  'EXPORT',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_RESULTS = ['ALLOWED', 'DENIED'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/**
 * Who touched confidential details, when, and whether it was allowed; never the details themselves.
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained (see audit-chain.ts).
 */
@Entity('confidential_audit_log')
@Unique('confidential_audit_log_prev_hash_key', ['prevHash'])
@Check('confidential_audit_log_seq_check', 'seq >= 1')
@Check('confidential_audit_log_action_check', `action IN (${AUDIT_ACTIONS.map((a) => `'${a}'`).join(',')})`)
@Check('confidential_audit_log_result_check', `result IN (${AUDIT_RESULTS.map((r) => `'${r}'`).join(',')})`)
@Check('confidential_audit_log_request_id_check', 'length(request_id) <= 128')
@Check('confidential_audit_log_hash_check', `prev_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$'`)
@Index('confidential_audit_log_booking_idx', ['bookingId', 'seq'])
export class AuditLogEntity {
  @PrimaryColumn('bigint', { primaryKeyConstraintName: 'confidential_audit_log_pkey' })
  seq!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  /** Null for the system (retention, re-encryption). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('uuid', { name: 'booking_id', nullable: true })
  bookingId!: string | null;

  /** Whose access changed (GRANT_ACCESS / REVOKE_ACCESS). */
  @Column('uuid', { name: 'subject_id', nullable: true })
  subjectId!: string | null;

  @Column('text')
  action!: AuditAction;

  @Column('text')
  result!: AuditResult;

  @Column('text', { name: 'request_id', nullable: true })
  requestId!: string | null;

  @Column('text', { name: 'prev_hash' })
  prevHash!: string;

  @Column('text')
  hash!: string;
}
