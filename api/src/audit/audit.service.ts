import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.js';
import { checkChain, GENESIS_HASH, type ChainProblem } from './audit-chain.js';
import type { AuditAction, AuditResult } from './audit-log.entity.js';
import { AuditLogRepository, type AuditQuery, type AuditRow } from './audit-log.repository.js';

/** Who acts, and which HTTP request it was (X-Request-Id), for every entry they cause. */
export type AuditActor = { actorId: string | null; requestId: string | null };

export type AuditEvent = { action: AuditAction; result: AuditResult; bookingId?: string | null; subjectId?: string | null };

export type ChainVerification = {
  intact: boolean;
  checkedEntries: number;
  lastSeq: string | null;
  lastHash: string | null;
  firstBrokenSeq: string | null;
  problem: ChainProblem | null;
};

const VERIFY_BATCH = 2000;

/**
 * The confidential audit log: every read of client details, every refusal, every export and every
 * change of who may read. Entries hold who, what, which booking, the outcome, when and the request
 * id; never a client detail.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditLogRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends one entry: inside `em`'s transaction when given (it then commits or rolls back with the
   * change it records), otherwise in its own, so a refusal is kept even though the request fails.
   */
  async record(actor: AuditActor, e: AuditEvent, em?: EntityManager): Promise<void> {
    const facts = {
      occurredAt: this.clock.now(),
      actorId: actor.actorId,
      bookingId: e.bookingId ?? null,
      subjectId: e.subjectId ?? null,
      action: e.action,
      result: e.result,
      requestId: actor.requestId,
    };
    if (em) await this.repo.append(facts, em);
    else await this.tx.run((own) => this.repo.append(facts, own));
  }

  list(q: AuditQuery): Promise<AuditRow[]> {
    return this.repo.list(q);
  }

  /** Walks the whole chain in order and reports the first entry that does not fit. */
  async verify(): Promise<ChainVerification> {
    let at = { seq: '0', hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const entries = await this.repo.batch(at.seq, VERIFY_BATCH);
      if (entries.length === 0) break;
      const r = checkChain(entries, at);
      if (!r.ok) {
        const brokenIndex = entries.findIndex((e) => BigInt(e.seq) >= BigInt(r.seq));
        return {
          intact: false,
          checkedEntries: checked + Math.max(0, brokenIndex),
          lastSeq: null,
          lastHash: null,
          firstBrokenSeq: r.seq,
          problem: r.problem,
        };
      }
      checked += entries.length;
      at = { seq: r.lastSeq, hash: r.lastHash };
    }
    return {
      intact: true,
      checkedEntries: checked,
      lastSeq: checked ? at.seq : null,
      lastHash: checked ? at.hash : null,
      firstBrokenSeq: null,
      problem: null,
    };
  }
}
