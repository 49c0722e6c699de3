import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { addDays, localDate } from '../../common/time/local-time.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { BookingImpactModel } from '../administration/admin-change.model.js';
import { toImpactModel } from '../administration/admin.mapper.js';
import { AddClosureDayInput, CreateSiteInput, RemoveClosureDayInput, UpdateSiteInput } from './dto/site.inputs.js';
import { FloorsService } from './floors.service.js';
import { ClosureDayModel, FloorModel, OpeningHoursModel, PublicHolidayModel, SiteModel } from './site.model.js';
import { SitesService } from './sites.service.js';

const MAX_CLOSURE_RANGE_DAYS = 1830;
/** Holidays can be looked at from last year to ten years ahead. */
const HOLIDAY_YEARS_BACK = 1;
const HOLIDAY_YEARS_FORWARD = 10;

/** Sites are readable by everyone signed in; changes are for facility managers and administrators. */
@Resolver(() => SiteModel)
export class SitesResolver {
  constructor(
    private readonly service: SitesService,
    private readonly floorsService: FloorsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [SiteModel])
  sites(@CurrentViewer() viewer: Viewer): Promise<SiteModel[]> {
    return this.service.list(viewer);
  }

  @Query(() => SiteModel)
  site(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<SiteModel> {
    return this.service.getOrThrow(viewer, id);
  }

  @ResolveField(() => [OpeningHoursModel])
  async openingHours(@Parent() site: SiteModel): Promise<OpeningHoursModel[]> {
    return (await this.service.openingHours([site.id])).get(site.id) ?? [];
  }

  @ResolveField(() => [ClosureDayModel])
  closureDays(
    @Parent() site: SiteModel,
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @Args('to', { type: () => LocalDateScalar }) to: string,
  ): Promise<ClosureDayModel[]> {
    if (to < from || addDays(from, MAX_CLOSURE_RANGE_DAYS) < to) {
      throw DomainError.field('RANGE_TOO_LARGE', 'to', `Ask for at most ${MAX_CLOSURE_RANGE_DAYS} days, with to ≥ from`);
    }
    return this.service.closureDays(site.id, from, to);
  }

  @ResolveField(() => [PublicHolidayModel], {
    description: 'The public holidays of a year in the site’s region, and whether the site closes on each',
  })
  publicHolidays(
    @CurrentViewer() viewer: Viewer,
    @Parent() site: SiteModel,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<PublicHolidayModel[]> {
    const thisYear = Number(localDate(this.clock.now(), site.timeZone).slice(0, 4));
    if (!Number.isInteger(year) || year < thisYear - HOLIDAY_YEARS_BACK || year > thisYear + HOLIDAY_YEARS_FORWARD) {
      throw DomainError.field('RANGE_TOO_LARGE', 'year', 'Ask for last year up to ten years ahead', {
        from: thisYear - 1,
        to: thisYear + 10,
      });
    }
    return this.service.publicHolidays(site, year, viewer.locale === 'en' ? 'en' : 'nl');
  }

  @ResolveField(() => [FloorModel])
  floors(@Parent() site: SiteModel): Promise<FloorModel[]> {
    return this.floorsService.floors(site.id);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => SiteModel)
  createSite(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSiteInput): Promise<SiteModel> {
    return this.service.createSite(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => SiteModel, {
    description: 'New hours, time zone or deactivation that leave upcoming bookings invalid need cancelAffected (see previewUpdateSite)',
  })
  updateSite(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSiteInput): Promise<SiteModel> {
    return this.service.updateSite(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => BookingImpactModel, { description: 'Which upcoming bookings updateSite would leave invalid; changes nothing' })
  async previewUpdateSite(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSiteInput): Promise<BookingImpactModel> {
    return toImpactModel(await this.service.previewUpdateSite(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ClosureDayModel, { description: 'Upcoming bookings on the day need cancelAffected (see previewAddClosureDay)' })
  addClosureDay(@CurrentViewer() viewer: Viewer, @Args('input') input: AddClosureDayInput): Promise<ClosureDayModel> {
    return this.service.addClosureDay(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => BookingImpactModel, { description: 'Which upcoming bookings addClosureDay would cancel; changes nothing' })
  async previewAddClosureDay(@CurrentViewer() viewer: Viewer, @Args('input') input: AddClosureDayInput): Promise<BookingImpactModel> {
    return toImpactModel(await this.service.previewAddClosureDay(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ClosureDayModel, { description: 'Removes a closure day (also a public holiday, to open on it)' })
  removeClosureDay(@CurrentViewer() viewer: Viewer, @Args('input') input: RemoveClosureDayInput): Promise<ClosureDayModel> {
    return this.service.removeClosureDay(viewer, input.id);
  }
}
