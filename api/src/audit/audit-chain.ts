import { createHash } from 'node:crypto';
import type { AuditAction, AuditResult } from './audit-log.entity.js';

/** What one audit entry says; never any client detail. */
export type AuditFacts = {
  occurredAt: Date;
  actorId: string | null;
  bookingId: string | null;
  subjectId: string | null;
  action: AuditAction;
  result: AuditResult;
  requestId: string | null;
};

export type ChainedEntry = AuditFacts & { seq: string; prevHash: string; hash: string };

/** The predecessor of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The entry's content in one fixed form: same facts, same bytes, on every machine. */
export function canonical(seq: string, f: AuditFacts): string {
  return JSON.stringify([seq, f.occurredAt.toISOString(), f.actorId, f.bookingId, f.subjectId, f.action, f.result, f.requestId]);
}

/** sha256(previous hash ‖ canonical content): changing, removing or reordering any entry breaks every later link. */
export function chainHash(prevHash: string, seq: string, f: AuditFacts): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonical(seq, f)}`)
    .digest('hex');
}

export type ChainProblem = 'GAP' | 'BROKEN_LINK' | 'HASH_MISMATCH';
export type ChainCheck = { ok: true; lastSeq: string; lastHash: string } | { ok: false; seq: string; problem: ChainProblem };

/**
 * Checks one batch of consecutive entries (ordered by seq) against the entry before them; call
 * batch after batch with the returned last seq and hash.
 */
export function checkChain(entries: readonly ChainedEntry[], before: { seq: string; hash: string }): ChainCheck {
  let seq = BigInt(before.seq);
  let prev = before.hash;
  for (const e of entries) {
    seq += 1n;
    if (BigInt(e.seq) !== seq) return { ok: false, seq: String(seq), problem: 'GAP' };
    if (e.prevHash !== prev) return { ok: false, seq: e.seq, problem: 'BROKEN_LINK' };
    if (chainHash(e.prevHash, e.seq, e) !== e.hash) return { ok: false, seq: e.seq, problem: 'HASH_MISMATCH' };
    prev = e.hash;
  }
  return { ok: true, lastSeq: String(seq), lastHash: prev };
}
