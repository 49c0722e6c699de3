import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { BookingImpactModel } from '../administration/admin-change.model.js';
import { toImpactModel } from '../administration/admin.mapper.js';
import {
  CreateSpaceInput,
  PlaceSpacesInput,
  SetBookingRulesInput,
  SpacesFilter,
  UpdateSpaceInput,
  UpdateSpacesInput,
} from './dto/space.inputs.js';
import { BookingRulesModel, KindBookingRulesModel, SpaceModel } from './space.model.js';
import { toSpaceModel } from './spaces.mapper.js';
import { SpacesService } from './spaces.service.js';

/** Everyone signed in sees the spaces they may book; managers see and change all of them. */
@Resolver(() => SpaceModel)
export class SpacesResolver {
  constructor(private readonly service: SpacesService) {}

  @Query(() => [SpaceModel])
  async spaces(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { nullable: true, type: () => SpacesFilter }) filter?: SpacesFilter,
  ): Promise<SpaceModel[]> {
    return (await this.service.list(viewer, filter)).map(toSpaceModel);
  }

  @Query(() => SpaceModel)
  async space(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<SpaceModel> {
    return toSpaceModel(await this.service.getVisibleOrThrow(viewer, id));
  }

  @Query(() => [KindBookingRulesModel], { description: 'Default booking rules per space kind' })
  bookingRuleDefaults(): Promise<KindBookingRulesModel[]> {
    return this.service.kindDefaults() as Promise<KindBookingRulesModel[]>;
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => SpaceModel)
  async createSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSpaceInput): Promise<SpaceModel> {
    return toSpaceModel(await this.service.create(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => SpaceModel, { description: 'Deactivating a space or changing its kind with upcoming bookings needs cancelAffected' })
  async updateSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSpaceInput): Promise<SpaceModel> {
    return toSpaceModel(await this.service.update(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => BookingImpactModel, { description: 'Which upcoming bookings updateSpace would cancel; changes nothing' })
  async previewUpdateSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSpaceInput): Promise<BookingImpactModel> {
    return toImpactModel(await this.service.previewUpdate(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => [SpaceModel], { description: 'One change for up to 500 spaces, all or nothing' })
  async updateSpaces(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSpacesInput): Promise<SpaceModel[]> {
    return (await this.service.updateMany(viewer, input)).map(toSpaceModel);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => BookingImpactModel, { description: 'Which upcoming bookings updateSpaces would cancel; changes nothing' })
  async previewUpdateSpaces(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSpacesInput): Promise<BookingImpactModel> {
    return toImpactModel(await this.service.previewUpdateMany(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => [SpaceModel], { description: 'Places, moves, resizes or rotates spaces on their floor’s plan, together' })
  async placeSpaces(@CurrentViewer() viewer: Viewer, @Args('input') input: PlaceSpacesInput): Promise<SpaceModel[]> {
    return (await this.service.place(viewer, input)).map(toSpaceModel);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => BookingRulesModel, { description: 'Returns the effective rules of the kind or space' })
  setBookingRules(@CurrentViewer() viewer: Viewer, @Args('input') input: SetBookingRulesInput): Promise<BookingRulesModel> {
    return this.service.setRules(viewer, input);
  }
}
