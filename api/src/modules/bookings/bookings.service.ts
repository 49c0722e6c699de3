import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasAnyRole, isStaff, type Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { PG, pgError } from '../../common/errors/pg-error.js';
import { Clock } from '../../common/time/clock.js';
import { TransactionRunner } from '../../database/transaction.js';
import { BookingMailer, type BookingChange } from '../notifications/booking-mail.service.js';
import { UsersRepository } from '../people/users.repository.js';
import type { SpaceRow } from '../spaces/spaces.repository.js';
import { SpacesRepository } from '../spaces/spaces.repository.js';
import { BookingValidator } from './booking-validator.js';
import type { AvailabilityInput, BookingsFilter, CreateBookingInput, UpdateBookingInput } from './dto/booking.inputs.js';
import { BookingsRepository, type BookingRow } from './bookings.repository.js';
import { checkBookingRules } from './booking-policy.js';

const MAX_RANGE_DAYS = 93;
const MAX_LIST = 5000;
const FINAL_STATUSES = new Set(['CANCELLED', 'REJECTED', 'RELEASED', 'COMPLETED', 'EXPIRED']);

export type BookingContent = { title?: string | null; attendeeIds?: string[]; externalAttendees: number };

@Injectable()
export class BookingsService {
  constructor(
    private readonly repo: BookingsRepository,
    private readonly validator: BookingValidator,
    private readonly spaces: SpacesRepository,
    private readonly users: UsersRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly mail: BookingMailer,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  list(viewer: Viewer, f: BookingsFilter): Promise<BookingRow[]> {
    assertRange(f.from, f.to);
    return this.repo.list(viewer, { ...f, liveOnly: true, limit: MAX_LIST, now: this.clock.now() });
  }

  mine(viewer: Viewer, from: Date, to: Date, includeCancelled: boolean): Promise<BookingRow[]> {
    assertRange(from, to);
    return this.repo.list(viewer, { from, to, bookerId: viewer.id, liveOnly: !includeCancelled, limit: MAX_LIST, now: this.clock.now() });
  }

  async getOrThrow(viewer: Viewer, id: string): Promise<BookingRow> {
    const row = await this.repo.findRow(id);
    if (!row || !(await this.mayRead(viewer, row))) throw notFound('Booking', 'id');
    return row;
  }

  private async mayRead(viewer: Viewer, row: BookingRow): Promise<boolean> {
    if (row.bookerId === viewer.id || hasAnyRole(viewer, 'FACILITY_MANAGER')) return true;
    return this.spaces.isBookableBy(viewer, row.spaceId);
  }

  attendees(ids: readonly string[]) {
    return this.repo.attendees(ids);
  }

  /** Spaces the viewer may book that are free, and pass every rule, for the whole interval. */
  async availability(viewer: Viewer, input: AvailabilityInput): Promise<SpaceRow[]> {
    if (input.endsAt.getTime() <= input.startsAt.getTime()) {
      throw DomainError.field('BOOKING_INVALID_RANGE', 'endsAt', 'The end must be after the start');
    }
    const now = this.clock.now();
    const { startsAt, endsAt } = input;
    const candidates = await this.spaces.list(viewer, { ...input, bookableOnly: true, freeBetween: { startsAt, endsAt, now } });
    const first = candidates[0];
    if (!first) return [];
    const calendar = await this.validator.calendar(first, input.startsAt, input.endsAt, undefined, viewer);
    // Spaces mostly share their kind's rules: judge each distinct rule set once.
    const verdicts = new Map<string, boolean>();
    const allowed = candidates.filter((space) => {
      const key = JSON.stringify(space.rules);
      if (!verdicts.has(key)) {
        verdicts.set(
          key,
          passes(() => checkBookingRules({ startsAt: input.startsAt, endsAt: input.endsAt, now, rules: space.rules, calendar })),
        );
      }
      return verdicts.get(key);
    });
    return allowed;
  }

  async create(viewer: Viewer, input: CreateBookingInput): Promise<BookingRow> {
    const now = this.clock.now();
    const id = await this.withOverlapErrors(input.spaceId, input.startsAt, input.endsAt, null, () =>
      this.tx.run(async (em) => {
        const space = await this.validator.bookableSpace(viewer, input.spaceId, em);
        await this.checkContent(space, input, em);
        const calendar = await this.validator.calendar(space, input.startsAt, input.endsAt, em, viewer);
        const created = await this.insertChecked(viewer, space, calendar, { ...input, seriesId: null, now }, em);
        await this.repo.notifyChanged(space.siteId, [created], em);
        await this.mail.bookingsChanged({ event: 'CREATED', bookingIds: [created] }, em);
        return created;
      }),
    );
    return (await this.repo.findRow(id))!;
  }

  /** Validates and writes one booking inside the caller's transaction. */
  async insertChecked(
    viewer: Viewer,
    space: SpaceRow,
    calendar: Awaited<ReturnType<BookingValidator['calendar']>>,
    b: BookingContent & { startsAt: Date; endsAt: Date; seriesId: string | null; now: Date },
    em: EntityManager,
  ): Promise<string> {
    const { blockedUntil } = await this.validator.check(
      { space, calendar, bookerId: viewer.id, startsAt: b.startsAt, endsAt: b.endsAt, now: b.now },
      em,
    );
    const admission = await this.validator.admission(viewer, space, b, em);
    const id = await this.repo.insert(
      {
        spaceId: space.id,
        spaceKind: space.kind,
        bookerId: viewer.id,
        organisationId: viewer.organisationId,
        seriesId: b.seriesId,
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        blockedUntil,
        title: b.title ?? null,
        externalAttendees: b.externalAttendees,
        status: admission.status,
        decideBy: admission.decideBy,
        actorId: viewer.id,
      },
      em,
    );
    if (b.attendeeIds?.length) await this.repo.replaceAttendees(id, [...new Set(b.attendeeIds)], em);
    return id;
  }

  /** Content rules that do not depend on time: titles, attendees, capacity. */
  async checkContent(space: SpaceRow, c: BookingContent, em: EntityManager): Promise<void> {
    if (space.confidential && c.title) {
      throw DomainError.field('VALIDATION_FAILED', 'title', 'Bookings of confidential rooms have no title');
    }
    const attendees = [...new Set(c.attendeeIds ?? [])];
    if (attendees.length) {
      const known = await this.users.activeStaffIds(attendees, em);
      if (known.size !== attendees.length) throw notFound('Attendee', 'attendeeIds');
    }
    if (1 + attendees.length + c.externalAttendees > space.capacity) {
      throw DomainError.field('BOOKING_OVER_CAPACITY', 'attendeeIds', `This space holds ${space.capacity} people`, {
        capacity: space.capacity,
      });
    }
  }

  async update(viewer: Viewer, input: UpdateBookingInput): Promise<BookingRow> {
    const now = this.clock.now();
    const current = await this.getOrThrow(viewer, input.id);
    const target = {
      spaceId: input.spaceId ?? current.spaceId,
      startsAt: input.startsAt ?? current.startsAt,
      endsAt: input.endsAt ?? current.endsAt,
    };
    await this.withOverlapErrors(target.spaceId, target.startsAt, target.endsAt, input.id, () =>
      this.tx.run(async (em) => {
        const locked = await this.repo.lock(input.id, em);
        if (!locked) throw notFound('Booking', 'id');
        if (locked.bookerId !== viewer.id) throw new DomainError('FORBIDDEN', 'Only the person who booked can change this booking');
        if (!isStaff(viewer))
          throw new DomainError('BOOKING_NOT_MODIFIABLE', 'A partner’s request cannot be changed: cancel it and ask again');
        this.assertOpen(locked, now);
        const started = locked.startsAt.getTime() <= now.getTime();
        const moves = target.spaceId !== locked.spaceId || target.startsAt.getTime() !== locked.startsAt.getTime();
        if (started && moves) {
          throw new DomainError('BOOKING_NOT_MODIFIABLE', 'A booking that has started can only be shortened or extended');
        }
        const space = await this.validator.bookableSpace(viewer, target.spaceId, em);
        const title = input.title !== undefined ? input.title : current.title;
        await this.checkContent(space, { title, externalAttendees: current.externalAttendees }, em);
        const calendar = await this.validator.calendar(space, target.startsAt, target.endsAt, em);
        const { blockedUntil } = await this.validator.check(
          { space, calendar, bookerId: locked.bookerId, ...target, now, excludeId: locked.id, keepsStartedStart: started },
          em,
        );
        await this.repo.update(locked.id, { ...target, spaceKind: space.kind, blockedUntil, title, actorId: viewer.id }, em);
        await this.repo.notifyChanged(space.siteId, [locked.id], em);
        if (current.siteId !== space.siteId) await this.repo.notifyChanged(current.siteId, [locked.id], em);
        await this.mail.bookingsChanged({ event: 'UPDATED', bookingIds: [locked.id] }, em);
      }),
    );
    return (await this.repo.findRow(input.id))!;
  }

  async cancel(viewer: Viewer, id: string): Promise<BookingRow> {
    const now = this.clock.now();
    const current = await this.getOrThrow(viewer, id);
    await this.tx.run(async (em) => {
      const locked = await this.repo.lock(id, em);
      if (!locked) throw notFound('Booking', 'id');
      if (locked.bookerId !== viewer.id && !hasAnyRole(viewer, 'FACILITY_MANAGER')) {
        throw new DomainError('FORBIDDEN', 'Only the person who booked or a facility manager can cancel this booking');
      }
      this.assertOpen(locked, now);
      await this.repo.setStatus(id, 'CANCELLED', viewer.id, em);
      await this.repo.notifyChanged(current.siteId, [id], em);
      const cancelledBy = locked.bookerId !== viewer.id ? 'FACILITY_MANAGER' : null;
      await this.mail.bookingsChanged({ event: 'CANCELLED', bookingIds: [id], cancelledBy }, em);
    });
    return (await this.repo.findRow(id))!;
  }

  /** E-mails (with calendar invites) about a change, into the outbox of the caller's transaction. */
  mailChanged(change: BookingChange, em: EntityManager): Promise<void> {
    return this.mail.bookingsChanged(change, em);
  }

  private assertOpen(b: { status: string; endsAt: Date }, now: Date): void {
    if (FINAL_STATUSES.has(b.status) || b.endsAt.getTime() <= now.getTime()) {
      throw new DomainError('BOOKING_NOT_MODIFIABLE', 'This booking is over or cancelled', { params: { status: b.status } });
    }
  }

  /**
   * Maps the database's verdict on a race that slipped past the checks: the exclusion constraints.
   * Never passes Postgres' DETAIL on; it names other bookings.
   */
  async withOverlapErrors<T>(spaceId: string, startsAt: Date, endsAt: Date, excludeId: string | null, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      const pg = pgError(err);
      if (pg?.code !== PG.exclusionViolation) throw err;
      if (pg.constraint === 'bookings_one_desk_per_person') {
        throw DomainError.field('BOOKING_DESK_ALREADY_HELD', 'startsAt', 'You already have a desk at that time');
      }
      const kind = await this.repo.spaceConflict(spaceId, startsAt, endsAt, endsAt, excludeId, this.clock.now());
      throw DomainError.field(
        kind === 'overlap' || kind === null ? 'BOOKING_CONFLICT' : 'BOOKING_BUFFER_CONFLICT',
        'startsAt',
        kind === 'buffer' ? 'Too close to another booking of this space' : 'This space is already booked then',
      );
    }
  }
}

function assertRange(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw DomainError.field('BOOKING_INVALID_RANGE', 'to', '`to` must be after `from`');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw DomainError.field('RANGE_TOO_LARGE', 'to', `Ask for at most ${MAX_RANGE_DAYS} days at a time`, { maxDays: MAX_RANGE_DAYS });
  }
}

function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (err) {
    if (err instanceof DomainError) return false;
    throw err;
  }
}
