import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Queryable } from '../../audit/audit-log.repository.js';
import type { Sealed } from '../../common/crypto/data-cipher.js';
import { updateReturning } from './consultations.repository.js';

export type DetailsRow = {
  bookingId: string;
  keyId: string | null;
  iv: Buffer | null;
  ciphertext: Buffer | null;
  coWorkerId: string | null;
  coWorkerName: string | null;
  coWorkerDepartment: string | null;
  erasedAt: Date | null;
};

@Injectable()
export class ConfidentialDetailsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async find(bookingId: string, em: EntityManager = this.ds.manager): Promise<DetailsRow | undefined> {
    const [row] = await em.query<DetailsRow[]>(
      `SELECT d.booking_id AS "bookingId", d.key_id AS "keyId", d.iv, d.ciphertext, d.co_worker_id AS "coWorkerId",
              u.display_name AS "coWorkerName", dep.name AS "coWorkerDepartment", d.erased_at AS "erasedAt"
         FROM booking_confidential_details d
         LEFT JOIN users u ON u.id = d.co_worker_id
         LEFT JOIN departments dep ON dep.id = u.department_id
        WHERE d.booking_id = $1`,
      [bookingId],
    );
    return row;
  }

  /** Locks the row (creating an empty one first) for the rest of the transaction. */
  async lockForChange(bookingId: string, em: EntityManager): Promise<{ coWorkerId: string | null; erasedAt: Date | null }> {
    await em.query(`INSERT INTO booking_confidential_details (booking_id) VALUES ($1) ON CONFLICT (booking_id) DO NOTHING`, [bookingId]);
    const [row] = await em.query<{ coWorkerId: string | null; erasedAt: Date | null }[]>(
      `SELECT co_worker_id AS "coWorkerId", erased_at AS "erasedAt" FROM booking_confidential_details WHERE booking_id = $1 FOR UPDATE`,
      [bookingId],
    );
    return row!;
  }

  async storeSealed(bookingId: string, sealed: Sealed | null, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE booking_confidential_details SET key_id = $2, iv = $3, ciphertext = $4, updated_at = now() WHERE booking_id = $1`,
      [bookingId, sealed?.keyId ?? null, sealed?.iv ?? null, sealed?.ciphertext ?? null],
    );
  }

  async setCoWorker(bookingId: string, coWorkerId: string | null, em: EntityManager): Promise<void> {
    await em.query(`UPDATE booking_confidential_details SET co_worker_id = $2, updated_at = now() WHERE booking_id = $1`, [
      bookingId,
      coWorkerId,
    ]);
  }

  /**
   * Erases (up to `limit`) details of bookings that ended before `cutoff`; returns their booking ids.
   * SKIP LOCKED lets a second run (another instance) take other rows instead of waiting.
   */
  async eraseEndedBefore(cutoff: Date, now: Date, limit: number, em: EntityManager): Promise<string[]> {
    const rows = await updateReturning<{ bookingId: string }>(
      em,
      `WITH due AS (
         SELECT d.booking_id FROM booking_confidential_details d JOIN bookings b ON b.id = d.booking_id
          WHERE d.ciphertext IS NOT NULL AND b.ends_at <= $1
          ORDER BY d.booking_id LIMIT $3 FOR UPDATE OF d SKIP LOCKED)
       UPDATE booking_confidential_details d SET key_id = NULL, iv = NULL, ciphertext = NULL, erased_at = $2, updated_at = now()
         FROM due WHERE d.booking_id = due.booking_id
       RETURNING d.booking_id AS "bookingId"`,
      [cutoff, now, limit],
    );
    return rows.map((r) => r.bookingId);
  }
}

/** Sealed values not under `currentKeyId`, locked for re-encryption (plain SQL: the command-line tool uses it too). */
export async function lockStaleSealed(db: Queryable, currentKeyId: string, limit: number): Promise<(Sealed & { bookingId: string })[]> {
  return db.query<(Sealed & { bookingId: string })[]>(
    `SELECT booking_id AS "bookingId", key_id AS "keyId", iv, ciphertext FROM booking_confidential_details
      WHERE ciphertext IS NOT NULL AND key_id <> $1 ORDER BY booking_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [currentKeyId, limit],
  );
}

export async function storeResealed(db: Queryable, bookingId: string, sealed: Sealed): Promise<void> {
  await db.query(`UPDATE booking_confidential_details SET key_id = $2, iv = $3, ciphertext = $4 WHERE booking_id = $1`, [
    bookingId,
    sealed.keyId,
    sealed.iv,
    sealed.ciphertext,
  ]);
}
