import { Injectable, Logger } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { hasAnyRole } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { isValidTimeZone, localDate } from '../../common/time/local-time.js';
import type {
  AddClosureDayInput,
  CreateFloorInput,
  CreateSiteInput,
  CreateZoneInput,
  UpdateFloorInput,
  UpdateSiteInput,
} from './dto/site.inputs.js';
import { isKnownHolidayRegion, publicHolidays } from './holidays.js';
import { validateOpeningHours } from './opening-hours.js';
import type { SiteEntity } from './site.entity.js';
import { SitesRepository } from './sites.repository.js';

/** How many years ahead public holidays are preloaded as closure days. */
export const HOLIDAY_YEARS_AHEAD = 3;

@Injectable()
export class SitesService {
  private readonly logger = new Logger('Sites');

  constructor(
    private readonly repo: SitesRepository,
    private readonly clock: Clock,
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

  async createSite(input: CreateSiteInput): Promise<SiteEntity> {
    this.validateSiteSettings(input);
    validateOpeningHours(input.openingHours);
    const site = await this.repo.transaction(async (em) => {
      const { openingHours, ...values } = input;
      const created = await this.repo.saveSite({ ...values, address: values.address ?? '' }, em);
      await this.repo.replaceOpeningHours(created.id, openingHours, em);
      return created;
    });
    await this.ensureHolidays(site);
    return (await this.repo.findSite(site.id))!;
  }

  async updateSite(viewer: Viewer, input: UpdateSiteInput): Promise<SiteEntity> {
    await this.getOrThrow(viewer, input.id);
    this.validateSiteSettings(input);
    if (input.openingHours) validateOpeningHours(input.openingHours);
    await this.repo.transaction(async (em) => {
      const { id, openingHours, ...values } = input;
      if (Object.keys(values).length) await this.repo.updateSite(id, values, em);
      if (openingHours) await this.repo.replaceOpeningHours(id, openingHours, em);
    });
    return (await this.repo.findSite(input.id))!;
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

  async addClosureDay(viewer: Viewer, input: AddClosureDayInput) {
    await this.getOrThrow(viewer, input.siteId);
    return this.repo.insertClosureDay({ ...input, kind: 'CLOSURE' });
  }

  async removeClosureDay(id: string) {
    const day = await this.repo.findClosureDay(id);
    if (!day) throw notFound('Closure day', 'id');
    await this.repo.deleteClosureDay(id);
    return day;
  }

  async closureDays(siteId: string, from: string, to: string) {
    return this.repo.closureDays(siteId, from, to);
  }

  openingHours(siteIds: readonly string[]) {
    return this.repo.openingHours(siteIds);
  }

  floors(siteId: string) {
    return this.repo.listFloors(siteId);
  }

  zones(floorIds: readonly string[]) {
    return this.repo.listZones(floorIds);
  }

  async createFloor(viewer: Viewer, input: CreateFloorInput) {
    await this.getOrThrow(viewer, input.siteId);
    return this.repo.saveFloor(input);
  }

  async updateFloor(input: UpdateFloorInput) {
    const floor = await this.repo.findFloor(input.id);
    if (!floor) throw notFound('Floor', 'id');
    return this.repo.saveFloor({ ...floor, ...stripUndefined(input) });
  }

  async createZone(input: CreateZoneInput) {
    if (!(await this.repo.findFloor(input.floorId))) throw notFound('Floor', 'floorId');
    return this.repo.saveZone(input);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
