import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { addDays, localDate } from '../../common/time/local-time.js';
import { TransactionRunner } from '../../database/transaction.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { SitesRepository } from '../sites/sites.repository.js';
import { SpacesRepository, type SpaceRow } from '../spaces/spaces.repository.js';
import { checkInVerdict, checkInWindow, localClock } from './check-in-window.js';
import { CheckInRepository } from './check-in.repository.js';
import { walkUpSlot, type WalkUpSlot } from './walk-up.js';

const MINUTE = 60_000;

export type ScanState = 'CHECK_IN' | 'CHECKED_IN' | 'TOO_EARLY' | 'TOO_LATE' | 'WALK_UP' | 'BUSY' | 'UNAVAILABLE';

export type SpaceScan = {
  space: SpaceRow;
  state: ScanState;
  bookingId: string | null;
  checkInOpensAt: Date | null;
  walkUpFrom: Date | null;
  walkUpUntil: Date | null;
  busyUntil: Date | null;
  reason: string | null;
};

/** What scanning a space's QR code offers, and booking it on the spot (walk-up). */
@Injectable()
export class SpaceScanService {
  constructor(
    private readonly repo: CheckInRepository,
    private readonly bookings: BookingsService,
    private readonly bookingsRepo: BookingsRepository,
    private readonly spaces: SpacesRepository,
    private readonly sites: SitesRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** What scanning the space's code offers the viewer now. */
  async scan(viewer: Viewer, spaceId: string): Promise<SpaceScan> {
    const now = this.clock.now();
    const space = await this.spaces.findVisible(viewer, spaceId);
    if (!space) throw notFound('Space', 'spaceId');
    const base: SpaceScan = {
      space,
      state: 'UNAVAILABLE',
      bookingId: null,
      checkInOpensAt: null,
      walkUpFrom: null,
      walkUpUntil: null,
      busyUntil: null,
      reason: null,
    };
    const own = await this.repo.ownAround(viewer.id, spaceId, now);
    const checkedIn = own.find((r) => r.status === 'CHECKED_IN' && r.startsAt.getTime() - r.checkInOpensMinutes * MINUTE <= now.getTime());
    if (checkedIn) return { ...base, state: 'CHECKED_IN', bookingId: checkedIn.id };
    for (const r of own.filter((x) => x.status === 'CONFIRMED')) {
      const verdict = checkInVerdict(r, r, now);
      if (verdict === 'OK') return { ...base, state: 'CHECK_IN', bookingId: r.id };
      if (verdict === 'CHECK_IN_TOO_EARLY' && r.startsAt.getTime() - now.getTime() <= 240 * MINUTE) {
        return { ...base, state: 'TOO_EARLY', bookingId: r.id, checkInOpensAt: checkInWindow(r, r).opensAt };
      }
      if (verdict === 'CHECK_IN_TOO_LATE' && r.startsAt.getTime() <= now.getTime()) {
        return { ...base, state: 'TOO_LATE', bookingId: r.id, reason: 'CHECK_IN_TOO_LATE' };
      }
    }
    const slot = await this.walkUpSlot(space, now);
    if (slot.ok) return { ...base, state: 'WALK_UP', walkUpFrom: slot.startsAt, walkUpUntil: slot.latestEnd };
    if (slot.reason === 'WALK_UP_SPACE_BUSY') {
      const moment = await this.repo.spaceMoment(space.id, now);
      return { ...base, state: 'BUSY', busyUntil: moment.current?.blockedUntil ?? null, reason: slot.reason };
    }
    return { ...base, reason: !space.viewerCanBook ? 'SPACE_NOT_BOOKABLE' : slot.reason };
  }

  private async walkUpSlot(space: SpaceRow, now: Date, em?: EntityManager): Promise<WalkUpSlot | { ok: false; reason: string }> {
    if (!space.viewerCanBook) return { ok: false, reason: 'SPACE_NOT_BOOKABLE' };
    if (space.requiresApproval) return { ok: false, reason: 'WALK_UP_NOT_POSSIBLE' };
    const today = localDate(now, space.timeZone);
    const calendar = await this.sites.calendar(space.siteId, today, addDays(today, 1), em);
    const moment = await this.repo.spaceMoment(space.id, now, em);
    return walkUpSlot({ now, rules: space.rules, calendar, ...moment });
  }

  /**
   * Books the space from the current grid slot until `endsAt` (default: as late as allowed) and
   * checks the viewer in at once, through the normal booking rules.
   */
  async walkUp(viewer: Viewer, input: { spaceId: string; endsAt?: Date | null }): Promise<string> {
    const now = this.clock.now();
    const space = await this.spaces.findVisible(viewer, input.spaceId);
    if (!space) throw notFound('Space', 'spaceId');
    const preview = await this.walkUpSlot(space, now);
    if (!preview.ok) throw walkUpError(preview.reason);
    const startsAt = preview.startsAt;
    const endsAt = input.endsAt ?? preview.latestEnd;
    if (endsAt.getTime() > preview.latestEnd.getTime()) {
      throw DomainError.field('WALK_UP_NOT_POSSIBLE', 'endsAt', `Free until ${localClock(preview.latestEnd, space.timeZone)}`, {
        latestEnd: preview.latestEnd.toISOString(),
        latestEndLocal: localClock(preview.latestEnd, space.timeZone),
      });
    }
    return this.bookings.withOverlapErrors(space.id, startsAt, endsAt, null, () =>
      this.tx.run(async (em) => {
        const locked = await this.spaces.findVisible(viewer, space.id, em);
        if (!locked) throw notFound('Space', 'spaceId');
        const calendar = await this.sites.calendar(
          space.siteId,
          localDate(startsAt, space.timeZone),
          addDays(localDate(endsAt, space.timeZone), 1),
          em,
        );
        // Judged as if booked at the slot's start: a walk-up may begin in the slot already running.
        const ruleNow = new Date(Math.min(now.getTime(), startsAt.getTime()));
        const id = await this.bookings.insertChecked(
          viewer,
          locked,
          calendar,
          { startsAt, endsAt, seriesId: null, now: ruleNow, externalAttendees: 0 },
          em,
        );
        await this.repo.markCheckedIn(id, now, viewer.id, em);
        await this.bookingsRepo.notifyChanged(space.siteId, [id], em);
        return id;
      }),
    );
  }
}

function walkUpError(reason: string): DomainError {
  if (reason === 'SPACE_NOT_BOOKABLE') return DomainError.field('SPACE_NOT_BOOKABLE', 'spaceId', 'You cannot book this space');
  if (reason === 'WALK_UP_SPACE_BUSY') return DomainError.field('WALK_UP_SPACE_BUSY', 'spaceId', 'This space is in use now');
  if (reason === 'WALK_UP_NOT_POSSIBLE') {
    return DomainError.field('WALK_UP_NOT_POSSIBLE', 'spaceId', 'This space needs approval and cannot be booked on the spot');
  }
  return DomainError.field(reason as 'BOOKING_TOO_SHORT', 'spaceId', 'The space cannot be booked now', { reason });
}
