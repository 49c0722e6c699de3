import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { addDays, fromLocal, localDate } from '../../common/time/local-time.js';
import type { SiteCalendar } from '../sites/site-calendar.js';
import { SitesRepository } from '../sites/sites.repository.js';
import { SpacesRepository, type SpaceRow } from '../spaces/spaces.repository.js';
import { checkBookingRules } from './booking-policy.js';
import { BookingsRepository } from './bookings.repository.js';
import { PartnerBookingRules, type Admission } from './partner-rules.js';

export type Candidate = {
  space: SpaceRow;
  calendar: SiteCalendar;
  bookerId: string;
  startsAt: Date;
  endsAt: Date;
  now: Date;
  /** The booking being moved, which never conflicts with itself. */
  excludeId?: string | null;
  keepsStartedStart?: boolean;
};

/** Everything that decides whether a booking may exist: the space, its rules, the calendar, and other bookings. */
@Injectable()
export class BookingValidator {
  constructor(
    private readonly spaces: SpacesRepository,
    private readonly sites: SitesRepository,
    private readonly bookings: BookingsRepository,
    private readonly partners: PartnerBookingRules,
  ) {}

  /** The space, if the viewer may see it (else NOT_FOUND) and book it (else SPACE_NOT_BOOKABLE). */
  async bookableSpace(viewer: Viewer, spaceId: string, em: EntityManager): Promise<SpaceRow> {
    const space = await this.spaces.findVisible(viewer, spaceId, em);
    if (!space) throw notFound('Space', 'spaceId');
    if (!space.viewerCanBook) {
      throw DomainError.field('SPACE_NOT_BOOKABLE', 'spaceId', 'You cannot book this space', { spaceKind: space.kind });
    }
    return space;
  }

  /** With a partner viewer, the hours are those of the partner's organisation (when it has its own). */
  async calendar(space: SpaceRow, from: Date, to: Date, em?: EntityManager, viewer?: Viewer): Promise<SiteCalendar> {
    const calendar = await this.sites.calendar(
      space.siteId,
      localDate(from, space.timeZone),
      addDays(localDate(to, space.timeZone), 1),
      em,
    );
    return viewer ? this.partners.calendarFor(viewer, calendar, em) : calendar;
  }

  /** CONFIRMED, or PENDING with the instant it must be decided by; partners' agreement and quota are checked here. */
  admission(viewer: Viewer, space: SpaceRow, b: { startsAt: Date; endsAt: Date; now: Date }, em: EntityManager): Promise<Admission> {
    return this.partners.admit(viewer, space, b, em);
  }

  /**
   * Throws the first rule the candidate breaks. Call inside the transaction that then writes it.
   * Each booking blocks [start, end + buffer), so the gap holds on both sides of every booking.
   */
  async check(c: Candidate, em: EntityManager): Promise<{ blockedUntil: Date }> {
    const { space, startsAt, endsAt } = c;
    try {
      checkBookingRules({ ...c, rules: space.rules });
    } catch (err) {
      throw this.partners.explain(c.calendar, err);
    }
    const excludeId = c.excludeId ?? null;
    if (space.kind === 'DESK') await this.checkDeskHolder(c, excludeId, em);
    const blockedUntil = new Date(endsAt.getTime() + space.rules.bufferMinutes * 60_000);
    if (space.kind === 'CONSULTATION_ROOM') await this.bookings.releaseExpiredHolds(space.id, c.now, em);
    const conflict = await this.bookings.spaceConflict(space.id, startsAt, endsAt, blockedUntil, excludeId, c.now, em);
    if (conflict === 'overlap') throw DomainError.field('BOOKING_CONFLICT', 'startsAt', 'This space is already booked then');
    if (conflict === 'buffer') {
      throw DomainError.field(
        'BOOKING_BUFFER_CONFLICT',
        'startsAt',
        `Keep ${space.rules.bufferMinutes} minutes between bookings of this space`,
        {
          bufferMinutes: space.rules.bufferMinutes,
        },
      );
    }
    return { blockedUntil };
  }

  private async checkDeskHolder(c: Candidate, excludeId: string | null, em: EntityManager): Promise<void> {
    await this.bookings.lockPerson(c.bookerId, em);
    if (await this.bookings.holdsDesk(c.bookerId, c.startsAt, c.endsAt, excludeId, em)) {
      throw DomainError.field('BOOKING_DESK_ALREADY_HELD', 'startsAt', 'You already have a desk at that time');
    }
    const limit = c.space.rules.maxBookingsPerDay;
    if (limit === null) return;
    const zone = c.space.timeZone;
    const day = localDate(c.startsAt, zone);
    const dayStart = fromLocal(day, 0, zone)!;
    const dayEnd = fromLocal(day, 1440, zone)!;
    const count = await this.bookings.countDesksStarting(c.bookerId, dayStart, dayEnd, excludeId, em);
    if (count >= limit) {
      throw DomainError.field('BOOKING_DAILY_LIMIT', 'startsAt', `At most ${limit} desk bookings per day`, {
        maxBookingsPerDay: limit,
        date: day,
      });
    }
  }
}
