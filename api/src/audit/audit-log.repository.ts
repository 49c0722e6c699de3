import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { chainHash, GENESIS_HASH, type AuditFacts, type ChainedEntry } from './audit-chain.js';
import type { AuditAction, AuditResult } from './audit-log.entity.js';

export type AuditRow = ChainedEntry & { actorName: string | null; subjectName: string | null };

export type AuditQuery = {
  bookingId?: string;
  actorId?: string;
  action?: AuditAction;
  result?: AuditResult;
  from?: Date;
  to?: Date;
  /** Only entries older than this seq (the page before, newest first). */
  beforeSeq?: string;
  limit: number;
};

const COLUMNS = `a.seq::text AS seq, a.occurred_at AS "occurredAt", a.actor_id AS "actorId", a.booking_id AS "bookingId",
                 a.subject_id AS "subjectId", a.action, a.result, a.request_id AS "requestId", a.prev_hash AS "prevHash", a.hash`;

/** Any query interface: a TypeORM manager inside the app, a plain pg client in the command-line tools. */
export type Queryable = { query<T = unknown>(sql: string, params?: unknown[]): Promise<T> };

/**
 * Appends to the hash-chained log. The advisory lock serialises appenders until their transaction
 * ends, so each entry is built on the last committed one and the chain never forks (the unique
 * prev_hash constraint would refuse a fork anyway).
 */
export async function appendAuditEntry(db: Queryable, f: AuditFacts): Promise<ChainedEntry> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended('plekwijzer:confidential-audit-log', 0))`);
  const [last] = await db.query<{ seq: string; hash: string }[]>(
    // ORDER BY the column, not the text alias (as text, '9' sorts after '10')
    `SELECT a.seq::text AS seq, a.hash FROM confidential_audit_log a ORDER BY a.seq DESC LIMIT 1`,
  );
  const seq = String(BigInt(last?.seq ?? '0') + 1n);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, seq, f);
  await db.query(
    `INSERT INTO confidential_audit_log (seq, occurred_at, actor_id, booking_id, subject_id, action, result, request_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [seq, f.occurredAt, f.actorId, f.bookingId, f.subjectId, f.action, f.result, f.requestId, prevHash, hash],
  );
  return { ...f, seq, prevHash, hash };
}

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Must run inside a transaction (the lock lasts until it ends). */
  append(f: AuditFacts, em: EntityManager): Promise<ChainedEntry> {
    return appendAuditEntry(em, f);
  }

  list(q: AuditQuery): Promise<AuditRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.bookingId) where.push(`a.booking_id = $${params.push(q.bookingId)}`);
    if (q.actorId) where.push(`a.actor_id = $${params.push(q.actorId)}`);
    if (q.action) where.push(`a.action = $${params.push(q.action)}`);
    if (q.result) where.push(`a.result = $${params.push(q.result)}`);
    if (q.from) where.push(`a.occurred_at >= $${params.push(q.from)}`);
    if (q.to) where.push(`a.occurred_at < $${params.push(q.to)}`);
    if (q.beforeSeq) where.push(`a.seq < $${params.push(q.beforeSeq)}::bigint`);
    return this.ds.query<AuditRow[]>(
      `SELECT ${COLUMNS}, actor.display_name AS "actorName", subject.display_name AS "subjectName"
         FROM confidential_audit_log a
         LEFT JOIN users actor ON actor.id = a.actor_id
         LEFT JOIN users subject ON subject.id = a.subject_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.seq DESC LIMIT $${params.push(q.limit)}`,
      params,
    );
  }

  /** Entries after `afterSeq`, oldest first, for verification. */
  batch(afterSeq: string, limit: number): Promise<ChainedEntry[]> {
    return this.ds.query<ChainedEntry[]>(
      `SELECT ${COLUMNS} FROM confidential_audit_log a WHERE a.seq > $1::bigint ORDER BY a.seq LIMIT $2`,
      [afterSeq, limit],
    );
  }
}
