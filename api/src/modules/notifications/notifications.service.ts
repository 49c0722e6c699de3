import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { Clock } from '../../common/time/clock.js';
import { BookingMailer } from './booking-mail.service.js';
import { TEMPLATE_OF, type BookingNotice, type NotificationKind } from './notification-kinds.js';
import { NotificationsRepository, type NotificationRow } from './notifications.repository.js';
import { EMAIL_TEMPLATES, type Locale } from './templates.js';

/**
 * Tells people what happened to their bookings: an in-app notification, and an e-mail in the
 * outbox for a sender to deliver later. Both are written in the caller's transaction, so nothing
 * is announced for a change that rolls back.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly bookingMail: BookingMailer,
    private readonly clock: Clock,
  ) {}

  async notify(userIds: readonly string[], kind: NotificationKind, notice: BookingNotice, em: EntityManager): Promise<void> {
    const now = this.clock.now();
    // an approval puts the dates in the requester's calendar; any other decision takes them out
    const method = kind === 'BOOKING_REQUEST_APPROVED' ? 'REQUEST' : 'CANCEL';
    const invite = notice.bookingIds.length ? await this.bookingMail.decisionInvite(notice.bookingIds, method, em) : undefined;
    for (const r of await this.repo.recipients([...new Set(userIds)], em)) {
      await this.repo.insertNotification(r.id, kind, notice, now, em);
      await this.email(
        { recipient: r.email, recipientUserId: r.id, locale: r.locale, templateKey: TEMPLATE_OF[kind], params: notice },
        em,
        invite && { bookingId: notice.bookingIds[0]!, method, ics: invite(r.locale) },
      );
    }
  }

  /** Renders the template in the recipient's language and queues it in the outbox, with a calendar invite when given. */
  async email(
    m: { recipient: string; recipientUserId: string | null; locale: Locale; templateKey: string; params: Record<string, unknown> },
    em: EntityManager,
    calendar?: { bookingId: string; method: 'REQUEST' | 'CANCEL'; ics: string },
  ): Promise<void> {
    const render = EMAIL_TEMPLATES[m.templateKey];
    if (!render) throw new Error(`no e-mail template ${m.templateKey}`);
    await this.repo.insertOutbox(
      {
        ...m,
        ...render(m.params, m.locale),
        createdAt: this.clock.now(),
        ...(calendar ? { bookingId: calendar.bookingId, calendarMethod: calendar.method, ics: calendar.ics } : {}),
      },
      em,
    );
  }

  list(viewer: Viewer, unreadOnly: boolean, first: number): Promise<NotificationRow[]> {
    return this.repo.list(viewer.id, unreadOnly, first);
  }

  markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    return this.repo.markRead(viewer.id, ids, this.clock.now());
  }
}
