import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kinds.js';

export type NotificationRow = { id: string; kind: NotificationKind; params: Record<string, unknown>; createdAt: Date; readAt: Date | null };
export type Recipient = { id: string; email: string; locale: 'nl-BE' | 'en' };
export type NewOutboxMessage = {
  recipient: string;
  recipientUserId: string | null;
  locale: 'nl-BE' | 'en';
  templateKey: string;
  params: Record<string, unknown>;
  subject: string;
  body: string;
  createdAt: Date;
  bookingId?: string | null;
  calendarMethod?: 'REQUEST' | 'CANCEL' | null;
  ics?: string | null;
};

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  recipients(userIds: readonly string[], em: EntityManager): Promise<Recipient[]> {
    return em.query<Recipient[]>(`SELECT id, email, locale FROM users WHERE id = ANY($1::uuid[]) AND active`, [userIds]);
  }

  async insertNotification(userId: string, kind: NotificationKind, params: object, createdAt: Date, em: EntityManager): Promise<void> {
    await em.query(`INSERT INTO notifications (user_id, kind, params, created_at) VALUES ($1, $2, $3, $4)`, [
      userId,
      kind,
      params,
      createdAt,
    ]);
  }

  async insertOutbox(m: NewOutboxMessage, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO outbox_messages (recipient, recipient_user_id, locale, template_key, params, subject, body, created_at,
                                    booking_id, calendar_method, ics)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        m.recipient,
        m.recipientUserId,
        m.locale,
        m.templateKey,
        m.params,
        m.subject,
        m.body,
        m.createdAt,
        m.bookingId ?? null,
        m.ics ? (m.calendarMethod ?? null) : null,
        m.calendarMethod ? (m.ics ?? null) : null,
      ],
    );
  }

  list(userId: string, unreadOnly: boolean, first: number): Promise<NotificationRow[]> {
    return this.ds.query<NotificationRow[]>(
      `SELECT id, kind, params, created_at AS "createdAt", read_at AS "readAt" FROM notifications
        WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY created_at DESC, id LIMIT $2`,
      [userId, first],
    );
  }

  async markRead(userId: string, ids: readonly string[] | null, now: Date): Promise<number> {
    const [, count] = await this.ds.query<[unknown, number]>(
      `UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL ${ids ? 'AND id = ANY($3::uuid[])' : ''}`,
      ids ? [userId, now, ids] : [userId, now],
    );
    return count;
  }
}
