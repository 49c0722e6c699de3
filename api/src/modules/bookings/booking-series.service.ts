import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { PG, pgError } from '../../common/errors/pg-error.js';
import { Clock } from '../../common/time/clock.js';
import { isoWeekday } from '../../common/time/local-time.js';
import { TransactionRunner } from '../../database/transaction.js';
import { SKIPPABLE_CONFLICTS, type BookingErrorCode } from './booking.errors.js';
import { BookingValidator } from './booking-validator.js';
import { BookingsRepository, type BookingRow } from './bookings.repository.js';
import { BookingsService } from './bookings.service.js';
import { BookingMailer } from '../notifications/booking-mail.service.js';
import type { CreateBookingSeriesInput } from './dto/booking.inputs.js';
import { expandSeries } from './recurrence.js';

export type Planned = { date: string; startsAt: Date; endsAt: Date };
export type Skipped = { date: string; startsAt: Date | null; endsAt: Date | null; reason: string };
export type SeriesResult = { seriesId: string | null; bookings: BookingRow[]; planned: Planned[]; skipped: Skipped[] };

/** Rolled back on purpose at the end of a dry run. */
class DryRunDone extends Error {}

@Injectable()
export class BookingSeriesService {
  constructor(
    private readonly bookings: BookingsService,
    private readonly validator: BookingValidator,
    private readonly repo: BookingsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly mail: BookingMailer,
  ) {}

  /**
   * All or nothing: every date is booked, or none is. Closure days, days the site is closed and
   * wall-clock times that do not exist are always skipped and reported; conflicts fail the series
   * unless `skipConflicts`. A dry run reports every date's fate and writes nothing.
   */
  async create(viewer: Viewer, input: CreateBookingSeriesInput): Promise<SeriesResult> {
    const now = this.clock.now();
    const seriesId = randomUUID();
    let result: SeriesResult | undefined;
    try {
      await this.tx.run(async (em) => {
        const space = await this.validator.bookableSpace(viewer, input.spaceId, em);
        await this.bookings.checkContent(space, input, em);
        const occurrences = expandSeries(input.startsAt, input.endsAt, input.recurrence, space.timeZone);
        const last = occurrences[occurrences.length - 1];
        const calendar = await this.validator.calendar(space, input.startsAt, 'endsAt' in last! ? last.endsAt : input.endsAt, em, viewer);
        const planned: Planned[] = [];
        const skipped: Skipped[] = [];
        const ids: string[] = [];
        for (const occ of occurrences) {
          if (!('startsAt' in occ)) {
            skipped.push({ date: occ.date, startsAt: null, endsAt: null, reason: 'BOOKING_NONEXISTENT_LOCAL_TIME' });
            continue;
          }
          if (calendar.closures.has(occ.date)) {
            skipped.push({ ...occ, reason: 'BOOKING_ON_CLOSURE_DAY' });
            continue;
          }
          if (!calendar.hours.get(isoWeekday(occ.date))?.length) {
            skipped.push({ ...occ, reason: 'BOOKING_OUTSIDE_OPENING_HOURS' });
            continue;
          }
          try {
            const id = await this.tx.savepoint(em, () =>
              this.bookings.insertChecked(viewer, space, calendar, { ...input, ...occ, seriesId, now }, em),
            );
            ids.push(id);
            planned.push(occ);
          } catch (err) {
            const conflict = conflictCode(err);
            if (conflict && (input.skipConflicts || input.dryRun)) skipped.push({ ...occ, reason: conflict });
            else if (input.dryRun && err instanceof DomainError) skipped.push({ ...occ, reason: err.code });
            else throw withDate(err, occ.date);
          }
        }
        if (ids.length === 0 && !input.dryRun) {
          throw new DomainError('BOOKING_SERIES_EMPTY', 'No date of this series can be booked', { params: { skipped: skipped.length } });
        }
        result = { seriesId, bookings: [], planned, skipped };
        if (input.dryRun) throw new DryRunDone();
        await this.repo.notifyChanged(space.siteId, ids, em);
        await this.mail.bookingsChanged({ event: 'CREATED', bookingIds: ids }, em);
        result.bookings = await this.repo.findRows(ids, em);
      });
    } catch (err) {
      if (!(err instanceof DryRunDone)) throw err;
      return { ...result!, seriesId: null };
    }
    return result!;
  }
}

/** The skippable conflict an occurrence ran into, if that is what happened. */
function conflictCode(err: unknown): BookingErrorCode | undefined {
  if (err instanceof DomainError && SKIPPABLE_CONFLICTS.has(err.code as BookingErrorCode)) return err.code as BookingErrorCode;
  const pg = pgError(err);
  if (pg?.code === PG.exclusionViolation) {
    return pg.constraint === 'bookings_one_desk_per_person' ? 'BOOKING_DESK_ALREADY_HELD' : 'BOOKING_CONFLICT';
  }
  return undefined;
}

/** Names the date an occurrence failed on; unknown errors pass through untouched. */
function withDate(err: unknown, date: string): unknown {
  const conflict = conflictCode(err);
  const domain = err instanceof DomainError ? err : conflict ? new DomainError(conflict, 'This space is already booked then') : undefined;
  if (!domain) return err;
  return new DomainError(domain.code, `${domain.message} (${date})`, {
    params: { ...domain.details.params, date },
    fieldErrors: domain.details.fieldErrors ?? [{ field: 'startsAt', reason: domain.code, message: domain.message }],
  });
}
