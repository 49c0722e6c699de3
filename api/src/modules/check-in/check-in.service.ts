import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { TransactionRunner } from '../../database/transaction.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { canCheckOut, checkInVerdict, checkInWindow, localClock, toGrid } from './check-in-window.js';
import { CheckInRepository, type CheckInRow } from './check-in.repository.js';

const MINUTE = 60_000;

export type CheckInState = {
  required: boolean;
  opensAt: Date;
  closesAt: Date;
  viewerCanCheckIn: boolean;
  viewerCanCheckOut: boolean;
  releaseWarningAt: Date | null;
};

/** Checking in to a booking inside its window, and checking out early. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly repo: CheckInRepository,
    private readonly bookings: BookingsService,
    private readonly bookingsRepo: BookingsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Checks the booker in, inside the check-in window. */
  async checkIn(viewer: Viewer, bookingId: string): Promise<void> {
    const now = this.clock.now();
    await this.bookings.getOrThrow(viewer, bookingId);
    await this.tx.run(async (em) => {
      const row = await this.lockOwn(viewer, bookingId, em);
      const verdict = checkInVerdict(row, row, now);
      if (verdict !== 'OK') {
        const { opensAt, closesAt } = checkInWindow(row, row);
        throw DomainError.field(verdict, 'id', checkInMessage(verdict), {
          opensAt: opensAt.toISOString(),
          closesAt: closesAt.toISOString(),
          opensAtLocal: localClock(opensAt, row.timeZone),
          closesAtLocal: localClock(closesAt, row.timeZone),
          status: row.status,
        });
      }
      await this.repo.markCheckedIn(row.id, now, viewer.id, em);
      await this.bookingsRepo.notifyChanged(row.siteId, [row.id], em);
    });
  }

  /** Ends a checked-in booking now, rounded up to the space's grid: the rest of the slot is free again. */
  async checkOut(viewer: Viewer, bookingId: string): Promise<void> {
    const now = this.clock.now();
    await this.bookings.getOrThrow(viewer, bookingId);
    await this.tx.run(async (em) => {
      const row = await this.lockOwn(viewer, bookingId, em);
      if (!canCheckOut(row, now)) {
        throw DomainError.field('CHECK_OUT_NOT_POSSIBLE', 'id', 'Only a checked-in booking that has started can be ended early', {
          status: row.status,
        });
      }
      const rounded = toGrid(now, row.slotMinutes, row.timeZone, 'up');
      const endsAt = rounded.getTime() < row.endsAt.getTime() ? rounded : row.endsAt;
      await this.repo.endEarly(row.id, endsAt, new Date(endsAt.getTime() + row.bufferMinutes * MINUTE), viewer.id, em);
      await this.bookingsRepo.notifyChanged(row.siteId, [row.id], em);
    });
  }

  private async lockOwn(viewer: Viewer, bookingId: string, em: EntityManager): Promise<CheckInRow> {
    const row = await this.repo.lock(bookingId, em);
    if (!row) throw notFound('Booking', 'id');
    if (row.bookerId !== viewer.id) throw new DomainError('FORBIDDEN', 'Only the person who booked can check in or out');
    return row;
  }

  /** The check-in state of bookings, for their bookers (others get nothing). */
  async states(viewer: Viewer, bookingIds: string[]): Promise<Map<string, CheckInState>> {
    const rows = await this.repo.rows(bookingIds);
    const now = this.clock.now();
    const out = new Map<string, CheckInState>();
    for (const [id, row] of rows) {
      if (row.bookerId !== viewer.id) continue;
      out.set(id, toState(row, now));
    }
    return out;
  }

  /** The viewer's bookings whose check-in is open now or that are checked in now. */
  async due(viewer: Viewer): Promise<string[]> {
    const now = this.clock.now();
    const rows = await this.repo.ownNow(viewer.id, now);
    return rows.filter((r) => checkInVerdict(r, r, now) === 'OK' || canCheckOut(r, now)).map((r) => r.id);
  }
}

function toState(row: CheckInRow, now: Date): CheckInState {
  const { opensAt, closesAt } = checkInWindow(row, row);
  return {
    required: row.checkInRequired,
    opensAt,
    closesAt,
    viewerCanCheckIn: checkInVerdict(row, row, now) === 'OK',
    viewerCanCheckOut: canCheckOut(row, now),
    releaseWarningAt: row.status === 'CONFIRMED' ? row.releaseAt : null,
  };
}

function checkInMessage(code: string): string {
  switch (code) {
    case 'CHECK_IN_TOO_EARLY':
      return 'Check-in has not opened yet';
    case 'CHECK_IN_TOO_LATE':
      return 'Check-in has closed for this booking';
    case 'CHECK_IN_ALREADY':
      return 'You are already checked in';
    default:
      return 'Only a confirmed booking can be checked in';
  }
}
