import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { hasAnyRole } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { isValidTimeZone, localDate } from '../../common/time/local-time.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import { ChangeImpactService, type AffectedBooking, type Impact } from '../administration/change-impact.service.js';
import type { UpcomingBooking } from '../administration/affected-bookings.repository.js';
import type { ClosureDayEntity } from './closure-day.entity.js';
import type { AddClosureDayInput, CreateSiteInput, UpdateSiteInput } from './dto/site.inputs.js';
import { isKnownHolidayRegion, publicHolidays } from './holidays.js';
import { validateOpeningHours } from './opening-hours.js';
import { calendarProblem } from './site-calendar.js';
import type { SiteEntity } from './site.entity.js';
import { SitesRepository, type OpeningHoursValue } from './sites.repository.js';

/** How many years ahead public holidays are preloaded as closure days. */
export const HOLIDAY_YEARS_AHEAD = 3;

@Injectable()
export class SitesService {
  private readonly logger = new Logger('Sites');

  constructor(
    private readonly repo: SitesRepository,
    private readonly clock: Clock,
    private readonly changes: AdminChangesService,
    private readonly impact: ChangeImpactService,
  ) {}

  private static managesCatalogue(viewer: Viewer): boolean {
    return hasAnyRole(viewer, 'FACILITY_MANAGER', 'ADMIN');
  }

  list(viewer: Viewer): Promise<SiteEntity[]> {
    return this.repo.listSites(SitesService.managesCatalogue(viewer));
  }

  async getOrThrow(viewer: Viewer, id: string): Promise<SiteEntity> {
    const site = await this.repo.findSite(id);
    if (!site || (!site.active && !SitesService.managesCatalogue(viewer))) throw notFound('Site', 'id');
    return site;
  }

  async createSite(viewer: Viewer, input: CreateSiteInput): Promise<SiteEntity> {
    this.validateSiteSettings(input);
    validateOpeningHours(input.openingHours);
    const site = await this.repo.transaction(async (em) => {
      const { openingHours, ...values } = input;
      const created = await this.repo.saveSite({ ...values, address: values.address ?? '' }, em);
      await this.repo.replaceOpeningHours(created.id, openingHours, em);
      await this.changes.record(em, viewer, {
        action: 'site.create',
        targetType: 'SITE',
        targetId: created.id,
        targetLabel: created.name,
        after: siteSnapshot(created, openingHours),
      });
      return created;
    });
    await this.ensureHolidays(site);
    return (await this.repo.findSite(site.id))!;
  }

  /** Changes a site; bookings the new hours, time zone or deactivation leave invalid are handled as the caller chose. */
  async updateSite(viewer: Viewer, input: UpdateSiteInput): Promise<SiteEntity> {
    await this.impact.apply(viewer, input, this.siteChange(viewer, input));
    return (await this.repo.findSite(input.id))!;
  }

  previewUpdateSite(viewer: Viewer, input: UpdateSiteInput): Promise<Impact> {
    return this.impact.preview(this.siteChange(viewer, input));
  }

  private siteChange(viewer: Viewer, input: UpdateSiteInput) {
    return async (em: EntityManager, now: Date) => {
      await this.getOrThrow(viewer, input.id);
      this.validateSiteSettings(input);
      if (input.openingHours) validateOpeningHours(input.openingHours);
      const { id, openingHours, cancelAffected: _c, cancellationMessage: _m, ...values } = input;
      const before = (await this.repo.findSite(id, em))!;
      const hoursBefore = (await this.repo.openingHours([id], em)).get(id) ?? [];
      if (Object.keys(values).length) await this.repo.updateSite(id, values, em);
      if (openingHours) await this.repo.replaceOpeningHours(id, openingHours, em);
      const after = (await this.repo.findSite(id, em))!;
      const hoursAfter = openingHours ? ((await this.repo.openingHours([id], em)).get(id) ?? []) : hoursBefore;
      await this.changes.record(em, viewer, {
        action: 'site.update',
        targetType: 'SITE',
        targetId: id,
        targetLabel: after.name,
        before: siteSnapshot(before, hoursBefore),
        after: siteSnapshot(after, hoursAfter),
      });
      const calendarChanged = openingHours !== undefined || (input.timeZone !== undefined && input.timeZone !== before.timeZone);
      let affected: AffectedBooking[] = [];
      if (!after.active && before.active) {
        affected = (await this.impact.upcoming({ siteId: id }, now, em)).map((b) => ({ ...b, reason: 'SITE_INACTIVE' as const }));
      } else if (after.active && calendarChanged) {
        affected = await this.outsideCalendar(id, await this.impact.upcoming({ siteId: id }, now, em), em);
      }
      return { value: after, affected };
    };
  }

  /** The bookings that no longer fit the site's calendar as it is now (inside the transaction). */
  private async outsideCalendar(siteId: string, bookings: UpcomingBooking[], em: EntityManager, onlyDate?: string) {
    if (bookings.length === 0) return [];
    const zone = bookings[0]!.timeZone;
    const dates = bookings.map((b) => localDate(b.startsAt, zone)).sort();
    const calendar = await this.repo.calendar(siteId, dates[0]!, dates[dates.length - 1]!, em);
    return bookings.flatMap((b) => {
      const reason = calendarProblem(b.startsAt, b.endsAt, calendar);
      if (!reason || (onlyDate && localDate(b.startsAt, calendar.timeZone) !== onlyDate)) return [];
      return [{ ...b, reason }];
    });
  }

  private validateSiteSettings(input: { timeZone?: string; holidayRegion?: string }): void {
    if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) {
      throw DomainError.field('SITE_INVALID_TIME_ZONE', 'timeZone', 'Unknown time zone', { timeZone: input.timeZone });
    }
    if (input.holidayRegion !== undefined && !isKnownHolidayRegion(input.holidayRegion)) {
      throw DomainError.field('SITE_INVALID_HOLIDAY_REGION', 'holidayRegion', 'Unknown holiday region');
    }
  }

  /**
   * Loads public holidays as closure days up to HOLIDAY_YEARS_AHEAD years ahead, once per year per
   * site; a holiday a manager removed stays removed.
   */
  async ensureHolidays(only?: SiteEntity): Promise<number> {
    const today = this.clock.now();
    const thisYear = Number(localDate(today, 'Europe/Brussels').slice(0, 4));
    const target = thisYear + HOLIDAY_YEARS_AHEAD;
    const sites = only ? [only] : await this.repo.listSites(true);
    let added = 0;
    for (const site of sites) {
      if ((site.holidaysLoadedThrough ?? 0) >= target) continue;
      const from = site.holidaysLoadedThrough ? site.holidaysLoadedThrough + 1 : thisYear;
      added += await this.repo.transaction(async (em) => {
        let n = 0;
        for (let year = from; year <= target; year++) {
          const days = publicHolidays(site.holidayRegion, year).map((h) => ({ date: h.date, reason: h.name }));
          n += await this.repo.insertClosureDaysIfMissing(site.id, days, 'PUBLIC_HOLIDAY', em);
        }
        await this.repo.updateSite(site.id, { holidaysLoadedThrough: target }, em);
        return n;
      });
    }
    if (added) this.logger.log(`loaded ${added} public holidays as closure days`);
    return added;
  }

  /** Closes a site for a day; upcoming bookings on it are handled as the caller chose. */
  async addClosureDay(viewer: Viewer, input: AddClosureDayInput): Promise<ClosureDayEntity> {
    return (await this.impact.apply(viewer, input, this.closureChange(viewer, input))).value;
  }

  previewAddClosureDay(viewer: Viewer, input: AddClosureDayInput): Promise<Impact> {
    return this.impact.preview(this.closureChange(viewer, input));
  }

  private closureChange(viewer: Viewer, input: AddClosureDayInput) {
    return async (em: EntityManager, now: Date) => {
      const site = await this.getOrThrow(viewer, input.siteId);
      const day = await this.repo.insertClosureDay(
        { siteId: input.siteId, date: input.date, reason: input.reason, kind: input.kind ?? 'CLOSURE' },
        em,
      );
      await this.changes.record(em, viewer, {
        action: 'closure_day.add',
        targetType: 'CLOSURE_DAY',
        targetId: day.id,
        targetLabel: `${site.name} ${input.date}`,
        after: { siteId: site.id, date: input.date, reason: input.reason, kind: day.kind },
      });
      const upcoming = await this.impact.upcoming({ siteId: site.id }, now, em);
      return { value: day, affected: await this.outsideCalendar(site.id, upcoming, em, input.date) };
    };
  }

  /** Opens a site again on a closure day (also a public holiday). Opening never invalidates a booking. */
  async removeClosureDay(viewer: Viewer, id: string): Promise<ClosureDayEntity> {
    return this.repo.transaction(async (em) => {
      const day = await this.repo.findClosureDay(id, em);
      if (!day) throw notFound('Closure day', 'id');
      const site = await this.repo.findSite(day.siteId, em);
      await this.repo.deleteClosureDay(id, em);
      await this.changes.record(em, viewer, {
        action: 'closure_day.remove',
        targetType: 'CLOSURE_DAY',
        targetId: id,
        targetLabel: `${site?.name ?? ''} ${day.date}`.trim(),
        before: { siteId: day.siteId, date: day.date, reason: day.reason, kind: day.kind },
      });
      return day;
    });
  }

  async closureDays(siteId: string, from: string, to: string) {
    return this.repo.closureDays(siteId, from, to);
  }

  /** A year's public holidays for the site's region, each with the closure day that closes the site on it, if any. */
  async publicHolidays(site: { id: string; holidayRegion: string }, year: number, language: string) {
    const closures = await this.repo.closureDays(site.id, `${year}-01-01`, `${year}-12-31`);
    const byDate = new Map(closures.map((c) => [c.date, c.id]));
    return publicHolidays(site.holidayRegion, year, language).map((h) => ({ ...h, closureDayId: byDate.get(h.date) ?? null }));
  }

  openingHours(siteIds: readonly string[]) {
    return this.repo.openingHours(siteIds);
  }
}

/** A site as the change record shows it; opening hours as "weekday HH:MM–HH:MM" blocks. */
function siteSnapshot(site: SiteEntity, hours: readonly OpeningHoursValue[]) {
  return {
    name: site.name,
    address: site.address,
    timeZone: site.timeZone,
    isSatellite: site.isSatellite,
    holidayRegion: site.holidayRegion,
    active: site.active,
    openingHours: hours.map((h) => `${h.weekday} ${h.opensAt.slice(0, 5)}–${h.closesAt.slice(0, 5)}`),
  };
}
