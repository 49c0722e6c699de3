import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { TransactionRunner } from '../../database/transaction.js';
import { BookingMailer } from '../notifications/booking-mail.service.js';
import type { ImpactReason } from './admin-change.model.js';
import { AdminChangesService } from './admin-changes.service.js';
import { AffectedBookingsRepository, type UpcomingBooking, type UpcomingScope } from './affected-bookings.repository.js';

export type AffectedBooking = UpcomingBooking & { reason: ImpactReason };

/** What the caller decided about bookings the change leaves invalid. */
export type ImpactChoice = { cancelAffected?: boolean; cancellationMessage?: string | null };

/** The change itself, run inside the transaction: it writes, records itself, and names the bookings it breaks. */
export type ImpactfulChange<T> = (em: EntityManager, now: Date) => Promise<{ value: T; affected: AffectedBooking[] }>;

export type Impact = { count: number; bookings: AffectedBooking[] };

const PREVIEW_LIMIT = 200;

/** Thrown to roll a preview back; carries what the change would do. */
class PreviewDone extends Error {
  constructor(readonly impact: Impact) {
    super('preview');
  }
}

/**
 * Nothing an administrator changes silently leaves a booking invalid. A change runs with the same
 * code for a preview (rolled back, returning the bookings it would break) and for real, where it is
 * refused with ADMIN_CHANGE_AFFECTS_BOOKINGS and the count unless the caller confirmed with
 * `cancelAffected` and a message, and then cancels those bookings in the same transaction.
 */
@Injectable()
export class ChangeImpactService {
  constructor(
    private readonly bookings: AffectedBookingsRepository,
    private readonly changes: AdminChangesService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly mail: BookingMailer,
  ) {}

  upcoming(scope: UpcomingScope, now: Date, em: EntityManager): Promise<UpcomingBooking[]> {
    return this.bookings.upcoming(scope, now, em);
  }

  async preview<T>(change: ImpactfulChange<T>): Promise<Impact> {
    try {
      await this.tx.run(async (em) => {
        const { affected } = await change(em, this.clock.now());
        throw new PreviewDone({ count: affected.length, bookings: affected.slice(0, PREVIEW_LIMIT) });
      });
    } catch (err) {
      if (err instanceof PreviewDone) return err.impact;
      throw err;
    }
    throw new Error('unreachable');
  }

  async apply<T>(viewer: Viewer, choice: ImpactChoice, change: ImpactfulChange<T>): Promise<{ value: T; cancelled: number }> {
    return this.tx.run(async (em) => {
      const { value, affected } = await change(em, this.clock.now());
      if (affected.length === 0) return { value, cancelled: 0 };
      if (!choice.cancelAffected) {
        throw new DomainError(
          'ADMIN_CHANGE_AFFECTS_BOOKINGS',
          `This change would leave ${affected.length} booking(s) invalid; preview them and confirm with cancelAffected`,
          { params: { count: affected.length } },
        );
      }
      const message = choice.cancellationMessage?.trim();
      if (!message) {
        throw DomainError.field('ADMIN_CANCELLATION_MESSAGE_REQUIRED', 'cancellationMessage', 'Say why the bookings are cancelled', {
          count: affected.length,
        });
      }
      const changeId = await this.changes.record(em, viewer, {
        action: 'bookings.cancel',
        targetType: 'BOOKING',
        targetId: null,
        targetLabel: `${affected.length} booking(s)`,
        after: { count: affected.length, bookingIds: affected.map((b) => b.id), reasons: [...new Set(affected.map((b) => b.reason))] },
        note: message,
      });
      await this.bookings.cancel(affected, viewer.id, changeId!, message, em);
      await this.mail.bookingsChanged(
        { event: 'CANCELLED', bookingIds: affected.map((b) => b.id), cancelledBy: 'ADMINISTRATION', reason: message },
        em,
      );
      return { value, cancelled: affected.length };
    });
  }
}
