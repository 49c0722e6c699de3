import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import {
  AddClosureDayInput,
  CreateFloorInput,
  CreateSiteInput,
  CreateZoneInput,
  RemoveClosureDayInput,
  UpdateFloorInput,
  UpdateSiteInput,
} from './dto/site.inputs.js';
import { ClosureDayModel, FloorModel, OpeningHoursModel, SiteModel, ZoneModel } from './site.model.js';
import { SitesService } from './sites.service.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { addDays } from '../../common/time/local-time.js';

const MAX_CLOSURE_RANGE_DAYS = 1830;

/** Sites are readable by everyone signed in; changes are for facility managers and administrators. */
@Resolver(() => SiteModel)
export class SitesResolver {
  constructor(private readonly service: SitesService) {}

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

  @ResolveField(() => [FloorModel])
  floors(@Parent() site: SiteModel): Promise<FloorModel[]> {
    return this.service.floors(site.id);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => SiteModel)
  createSite(@Args('input') input: CreateSiteInput): Promise<SiteModel> {
    return this.service.createSite(input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => SiteModel)
  updateSite(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSiteInput): Promise<SiteModel> {
    return this.service.updateSite(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ClosureDayModel)
  addClosureDay(@CurrentViewer() viewer: Viewer, @Args('input') input: AddClosureDayInput): Promise<ClosureDayModel> {
    return this.service.addClosureDay(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ClosureDayModel, { description: 'Removes a closure day (also a public holiday, to open on it)' })
  removeClosureDay(@Args('input') input: RemoveClosureDayInput): Promise<ClosureDayModel> {
    return this.service.removeClosureDay(input.id);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => FloorModel)
  createFloor(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateFloorInput): Promise<FloorModel> {
    return this.service.createFloor(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => FloorModel)
  updateFloor(@Args('input') input: UpdateFloorInput): Promise<FloorModel> {
    return this.service.updateFloor(input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ZoneModel)
  createZone(@Args('input') input: CreateZoneInput): Promise<ZoneModel> {
    return this.service.createZone(input);
  }
}

@Resolver(() => FloorModel)
export class FloorResolver {
  constructor(private readonly service: SitesService) {}

  @ResolveField(() => [ZoneModel])
  zones(@Parent() floor: FloorModel): Promise<ZoneModel[]> {
    return this.service.zones([floor.id]);
  }
}
