import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { Clock } from '../../common/time/clock.js';
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
    private readonly clock: Clock,
  ) {}

  async notify(userIds: readonly string[], kind: NotificationKind, notice: BookingNotice, em: EntityManager): Promise<void> {
    const now = this.clock.now();
    for (const r of await this.repo.recipients([...new Set(userIds)], em)) {
      await this.repo.insertNotification(r.id, kind, notice, now, em);
      await this.email({ recipient: r.email, recipientUserId: r.id, locale: r.locale, templateKey: TEMPLATE_OF[kind], params: notice }, em);
    }
  }

  /** Renders the template in the recipient's language and queues it in the outbox. */
  async email(
    m: { recipient: string; recipientUserId: string | null; locale: Locale; templateKey: string; params: Record<string, unknown> },
    em: EntityManager,
  ): Promise<void> {
    const render = EMAIL_TEMPLATES[m.templateKey];
    if (!render) throw new Error(`no e-mail template ${m.templateKey}`);
    await this.repo.insertOutbox({ ...m, ...render(m.params, m.locale), createdAt: this.clock.now() }, em);
  }

  list(viewer: Viewer, unreadOnly: boolean, first: number): Promise<NotificationRow[]> {
    return this.repo.list(viewer.id, unreadOnly, first);
  }

  markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    return this.repo.markRead(viewer.id, ids, this.clock.now());
  }
}
