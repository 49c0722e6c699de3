import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { addDays, localDate, timeToMinutes } from '../../common/time/local-time.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { monthOf, monthRange } from '../organisations/partner-month.js';
import { mergeBlocks, type OpeningBlock, type SiteCalendar } from '../sites/site-calendar.js';
import { SitesRepository } from '../sites/sites.repository.js';
import type { SpaceRow } from '../spaces/spaces.repository.js';
import type { BookingStatus } from './booking-status.js';
import { CLOSURE_LOOKBACK_DAYS, decisionDeadline } from './decision-deadline.js';

/** The status a new booking gets, and when it must be decided if it is a request. */
export type Admission = { status: Extract<BookingStatus, 'PENDING' | 'CONFIRMED'>; decideBy: Date | null };

/** A site calendar whose opening hours were replaced by a partner organisation's own hours. */
type PartnerCalendar = SiteCalendar & { partnerHours: true };

const isPartner = (viewer: Viewer) => viewer.can.has('PARTNER') && viewer.organisationId !== null;

/**
 * What changes when a partner books: its organisation's hours instead of the site's, its agreement
 * period, its monthly quota (serialised per organisation and month), and approval unless trusted.
 */
@Injectable()
export class PartnerBookingRules {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly sites: SitesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A partner books in its organisation's hours when it has any (evenings, say); closure days stay. */
  async calendarFor(viewer: Viewer, calendar: SiteCalendar, em?: EntityManager): Promise<SiteCalendar> {
    if (!isPartner(viewer)) return calendar;
    const rows = await this.organisations.hours([viewer.organisationId!], em);
    if (!rows.length) return calendar;
    const byDay = new Map<number, OpeningBlock[]>();
    for (const h of rows) {
      byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), { opens: timeToMinutes(h.opensAt), closes: timeToMinutes(h.closesAt) }]);
    }
    const hours = new Map([...byDay].map(([day, blocks]) => [day, mergeBlocks(blocks)]));
    const adjusted: PartnerCalendar = { ...calendar, hours, partnerHours: true };
    return adjusted;
  }

  /** Names the partner's hours, not the building's, when a booking falls outside them. */
  explain(calendar: SiteCalendar, err: unknown): unknown {
    if (!('partnerHours' in calendar) || !(err instanceof DomainError) || err.code !== 'BOOKING_OUTSIDE_OPENING_HOURS') return err;
    const message = err.message.replace('Outside opening hours', 'Outside the hours your organisation may use this space');
    return new DomainError('BOOKING_OUTSIDE_PARTNER_HOURS', message, {
      params: err.details.params,
      fieldErrors: err.details.fieldErrors?.map((f) => ({ ...f, reason: 'BOOKING_OUTSIDE_PARTNER_HOURS', message })),
    });
  }

  /** Decides CONFIRMED or PENDING (with its deadline), after the partner-only checks. Call inside the writing transaction. */
  async admit(viewer: Viewer, space: SpaceRow, b: { startsAt: Date; endsAt: Date; now: Date }, em: EntityManager): Promise<Admission> {
    if (!isPartner(viewer)) {
      return space.requiresApproval ? { status: 'PENDING', decideBy: b.startsAt } : { status: 'CONFIRMED', decideBy: null };
    }
    const org = await this.organisations.findRow(viewer.organisationId!, em);
    if (!org || org.status !== 'ACTIVE') throw new DomainError('ORGANISATION_SUSPENDED', 'Your organisation’s access is suspended');
    const date = localDate(b.startsAt, space.timeZone);
    if ((org.agreementStartsOn && date < org.agreementStartsOn) || (org.agreementEndsOn && date > org.agreementEndsOn)) {
      throw DomainError.field('ORGANISATION_OUTSIDE_AGREEMENT', 'startsAt', 'This date lies outside your organisation’s agreement', {
        agreementStartsOn: org.agreementStartsOn,
        agreementEndsOn: org.agreementEndsOn,
      });
    }
    let admission: Admission = { status: 'CONFIRMED', decideBy: null };
    if (!org.trusted || space.requiresApproval) {
      const decideBy = await this.deadline(space, b.startsAt, em);
      if (decideBy.getTime() <= b.now.getTime()) {
        const days = this.config.bookingRequestDecisionDays;
        throw DomainError.field('BOOKING_REQUEST_TOO_LATE', 'startsAt', `Requests need approval: ask at least ${days} working days ahead`, {
          workingDays: days,
          date,
        });
      }
      admission = { status: 'PENDING', decideBy };
    }
    if (org.monthlyHourQuota !== null) await this.checkQuota(org.id, org.monthlyHourQuota, b, em);
    return admission;
  }

  private async deadline(space: SpaceRow, startsAt: Date, em: EntityManager): Promise<Date> {
    const days = this.config.bookingRequestDecisionDays;
    const to = localDate(startsAt, space.timeZone);
    const { closures } = await this.sites.calendar(space.siteId, addDays(to, -CLOSURE_LOOKBACK_DAYS(days)), to, em);
    return decisionDeadline(startsAt, days, space.timeZone, closures);
  }

  /** Pending and confirmed hours of the month, this one included, stay within the quota; the lock keeps racing requests in line. */
  private async checkQuota(orgId: string, quotaHours: number, b: { startsAt: Date; endsAt: Date }, em: EntityManager): Promise<void> {
    const month = monthOf(b.startsAt);
    const range = monthRange(month)!;
    await this.organisations.lockQuota(orgId, month, em);
    const used = await this.organisations.usedMinutes(orgId, range.from, range.to, em);
    const requested = Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / 60_000);
    if (used + requested <= quotaHours * 60) return;
    const remaining = Math.max(0, quotaHours * 60 - used);
    const hours = (m: number) => Math.round((m / 60) * 100) / 100;
    throw DomainError.field(
      'ORGANISATION_QUOTA_EXCEEDED',
      'endsAt',
      `Your organisation has ${hours(remaining)} of its ${quotaHours} hours left in ${month}; this booking takes ${hours(requested)}`,
      { month, quotaHours, remainingHours: hours(remaining), usedHours: hours(used), requestedHours: hours(requested) },
    );
  }
}
