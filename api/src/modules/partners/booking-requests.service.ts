import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { TransactionRunner } from '../../database/transaction.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import type { BookingNotice, NotificationKind } from '../notifications/notification-kinds.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { BookingRequestsRepository, type RequestRow } from './booking-requests.repository.js';
import type { BookingRequestsFilter } from './dto/booking-request.inputs.js';

export type RequestTarget = { bookingIds?: string[]; seriesId?: string };

const SWEEP_BATCH = 200;

/**
 * The approval queue: facility managers approve or reject requests, one date, several, or a whole
 * series at once; requests nobody decided in time expire. Every decision is recorded with who,
 * when and why, and the requester is told (in-app and through the e-mail outbox).
 */
@Injectable()
export class BookingRequestsService {
  constructor(
    private readonly repo: BookingRequestsRepository,
    private readonly bookings: BookingsRepository,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Managers see every request; a partner its own organisation's bookings. */
  list(viewer: Viewer, f: BookingRequestsFilter): Promise<RequestRow[]> {
    const manager = hasAnyRole(viewer, 'FACILITY_MANAGER');
    if (!manager && !viewer.organisationId) return Promise.resolve([]);
    return this.repo.list({
      ...f,
      statuses: f.statuses ?? ['PENDING'],
      organisationId: manager ? f.organisationId : viewer.organisationId!,
      limit: f.first ?? 500,
    });
  }

  approve(viewer: Viewer, target: RequestTarget): Promise<string[]> {
    return this.decide(viewer, target, null);
  }

  reject(viewer: Viewer, target: RequestTarget, reason: string): Promise<string[]> {
    if (!reason.trim()) throw DomainError.field('BOOKING_REQUEST_REASON_REQUIRED', 'reason', 'Say why: the partner reads it');
    return this.decide(viewer, target, reason.trim());
  }

  /** Turns every pending request whose deadline has passed into EXPIRED, in batches; returns how many. */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    const reason = `Not decided in time (${this.config.bookingRequestDecisionDays} working days before the start)`;
    let total = 0;
    for (;;) {
      const expired = await this.tx.run(async (em) => {
        const rows = await this.repo.due(now, SWEEP_BATCH, em);
        await this.repo.decide(
          rows.map((r) => r.id),
          { status: 'EXPIRED', decision: 'EXPIRED', actorId: null, at: now, reason },
          em,
        );
        await this.announce(rows, 'BOOKING_REQUEST_EXPIRED', reason, em);
        return rows.length;
      });
      total += expired;
      if (expired < SWEEP_BATCH) return total;
    }
  }

  /** Everything still pending in the target is decided; anything else makes the whole call fail. */
  private async decide(viewer: Viewer, target: RequestTarget, rejection: string | null): Promise<string[]> {
    const ids = target.bookingIds?.length ? [...new Set(target.bookingIds)] : undefined;
    if (Boolean(ids) === Boolean(target.seriesId)) {
      throw DomainError.field('BOOKING_REQUEST_TARGET_INVALID', 'bookingIds', 'Give either bookingIds or seriesId');
    }
    const now = this.clock.now();
    return this.tx.run(async (em) => {
      let rows = await this.repo.lock(ids ? { ids } : { seriesId: target.seriesId! }, em);
      if (ids && rows.length !== ids.length) throw notFound('Booking request', 'bookingIds');
      for (const r of ids ? rows : []) {
        if (r.status !== 'PENDING' || !r.decideBy) {
          throw DomainError.field('BOOKING_REQUEST_NOT_PENDING', 'bookingIds', `This request was decided already (${r.status})`, {
            bookingId: r.id,
            status: r.status,
          });
        }
      }
      const late = rows.filter((r) => r.decideBy!.getTime() <= now.getTime());
      if (ids && late.length) {
        throw DomainError.field('BOOKING_REQUEST_DEADLINE_PASSED', 'bookingIds', 'Too late to decide: this request has expired', {
          bookingId: late[0]!.id,
        });
      }
      rows = rows.filter((r) => !late.includes(r));
      if (!rows.length) throw DomainError.field('BOOKING_REQUEST_NOT_PENDING', 'seriesId', 'No date of this series waits for a decision');
      const decided = rows.map((r) => r.id);
      await this.repo.decide(
        decided,
        rejection === null
          ? { status: 'CONFIRMED', decision: 'APPROVED', actorId: viewer.id, at: now, reason: null }
          : { status: 'REJECTED', decision: 'REJECTED', actorId: viewer.id, at: now, reason: rejection },
        em,
      );
      await this.announce(rows, rejection === null ? 'BOOKING_REQUEST_APPROVED' : 'BOOKING_REQUEST_REJECTED', rejection, em);
      return decided;
    });
  }

  /**
   * Live updates for the sites concerned, and one notification per requester and series (not
   * one per date of a year-long series).
   */
  async announce(rows: readonly RequestRow[], kind: NotificationKind, reason: string | null, em: EntityManager): Promise<void> {
    const bySite = new Map<string, string[]>();
    for (const r of rows) bySite.set(r.siteId, [...(bySite.get(r.siteId) ?? []), r.id]);
    for (const [siteId, ids] of bySite) await this.bookings.notifyChanged(siteId, ids, em);
    const groups = new Map<string, RequestRow[]>();
    for (const r of rows) {
      const key = `${r.bookerId}|${r.seriesId ?? r.id}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      const first = group[0]!;
      const notice: BookingNotice = {
        spaceName: first.spaceName,
        siteName: first.siteName,
        timeZone: first.timeZone,
        startsAt: first.startsAt.toISOString(),
        endsAt: first.endsAt.toISOString(),
        count: group.length,
        seriesId: first.seriesId,
        bookingIds: group.map((r) => r.id),
        reason,
      };
      await this.notifications.notify([first.bookerId], kind, notice, em);
    }
  }
}
