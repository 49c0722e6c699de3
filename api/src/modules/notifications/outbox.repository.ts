import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarMethod, OutboxStatus } from './outbox-message.entity.js';

/** A message the worker holds for sending. */
export type ClaimedMessage = {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  templateKey: string;
  params: Record<string, unknown>;
  calendarMethod: CalendarMethod | null;
  ics: string | null;
  attempts: number;
};

export type OutboxRow = {
  id: string;
  recipient: string;
  recipientUserId: string | null;
  locale: 'nl-BE' | 'en';
  templateKey: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  bookingId: string | null;
  calendarMethod: CalendarMethod | null;
  ics: string | null;
  messageId: string | null;
};

export type OutboxCounts = { status: OutboxStatus; count: number }[];

const COLUMNS = `id, recipient, recipient_user_id AS "recipientUserId", locale, template_key AS "templateKey", subject, body, status,
  attempts, created_at AS "createdAt", next_attempt_at AS "nextAttemptAt", last_error AS "lastError", sent_at AS "sentAt",
  booking_id AS "bookingId", calendar_method AS "calendarMethod", ics, message_id AS "messageId"`;

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Claims up to `limit` due messages for this worker: PENDING ones whose time has come, and
   * SENDING ones whose lease ran out (a worker died mid-send). SKIP LOCKED lets concurrent workers
   * pass each other's rows; the status and lease written in the same statement keep everyone else
   * off them until `leaseUntil`, so each message is handed to one worker at a time.
   */
  async claim(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedMessage[]> {
    const [rows] = await this.ds.query<[ClaimedMessage[], number]>(
      `WITH due AS (
         SELECT id FROM outbox_messages
          WHERE status IN ('PENDING','SENDING') AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
          ORDER BY next_attempt_at NULLS FIRST, created_at, id
          LIMIT $3
            FOR UPDATE SKIP LOCKED)
       UPDATE outbox_messages m SET status = 'SENDING', attempts = m.attempts + 1, next_attempt_at = $2
         FROM due WHERE m.id = due.id
       RETURNING m.id, m.recipient, m.subject, m.body, m.template_key AS "templateKey", m.params,
                 m.calendar_method AS "calendarMethod", m.ics, m.attempts`,
      [now, leaseUntil, limit],
    );
    return rows;
  }

  async markSent(id: string, now: Date, messageId: string | null): Promise<void> {
    await this.ds.query(
      `UPDATE outbox_messages SET status = 'SENT', sent_at = $2, next_attempt_at = NULL, last_error = NULL, message_id = $3
        WHERE id = $1 AND status = 'SENDING'`,
      [id, now, messageId],
    );
  }

  /** Back to PENDING for another try at `retryAt`, or FAILED for good when `retryAt` is null. */
  async markFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
    await this.ds.query(
      `UPDATE outbox_messages SET status = $3, next_attempt_at = $4, last_error = $2 WHERE id = $1 AND status = 'SENDING'`,
      [id, error, retryAt ? 'PENDING' : 'FAILED', retryAt],
    );
  }

  /** A failed message gets another round of attempts, due now. */
  async retry(id: string, now: Date): Promise<boolean> {
    const [, count] = await this.ds.query<[unknown, number]>(
      `UPDATE outbox_messages SET status = 'PENDING', attempts = 0, next_attempt_at = $2 WHERE id = $1 AND status = 'FAILED'`,
      [id, now],
    );
    return count > 0;
  }

  list(f: { statuses?: readonly OutboxStatus[]; recipient?: string; first: number; offset: number }): Promise<OutboxRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.statuses?.length) where.push(`status = ANY($${params.push(f.statuses)}::text[])`);
    if (f.recipient) where.push(`recipient ILIKE $${params.push(`%${f.recipient.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    return this.ds.query<OutboxRow[]>(
      `SELECT ${COLUMNS} FROM outbox_messages ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id LIMIT $${params.push(f.first)} OFFSET $${params.push(f.offset)}`,
      params,
    );
  }

  async find(id: string): Promise<OutboxRow | undefined> {
    const [row] = await this.ds.query<OutboxRow[]>(`SELECT ${COLUMNS} FROM outbox_messages WHERE id = $1`, [id]);
    return row;
  }

  counts(): Promise<OutboxCounts> {
    return this.ds.query<OutboxCounts>(`SELECT status, count(*)::int AS count FROM outbox_messages GROUP BY status ORDER BY status`);
  }

  async latest(): Promise<{ lastSentAt: Date | null; lastError: string | null; oldestPendingAt: Date | null }> {
    const [row] = await this.ds.query<{ lastSentAt: Date | null; lastError: string | null; oldestPendingAt: Date | null }[]>(
      `SELECT (SELECT max(sent_at) FROM outbox_messages WHERE status = 'SENT') AS "lastSentAt",
              (SELECT last_error FROM outbox_messages WHERE last_error IS NOT NULL AND status <> 'SENT'
                ORDER BY next_attempt_at DESC NULLS LAST, created_at DESC LIMIT 1) AS "lastError",
              (SELECT min(created_at) FROM outbox_messages WHERE status IN ('PENDING','SENDING')) AS "oldestPendingAt"`,
    );
    return row!;
  }
}
