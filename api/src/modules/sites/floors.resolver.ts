import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import {
  CreateFloorInput,
  CreateZoneInput,
  DeleteZoneInput,
  RemoveFloorPlanInput,
  UpdateFloorInput,
  UpdateZoneInput,
} from './dto/site.inputs.js';
import { FloorsService } from './floors.service.js';
import { FloorModel, FloorPlanImageModel, ZoneModel } from './site.model.js';

/** Floors and zones: readable with their site; changes for facility managers and administrators. */
@Resolver(() => FloorModel)
export class FloorResolver {
  constructor(private readonly service: FloorsService) {}

  @ResolveField(() => [ZoneModel])
  zones(@Parent() floor: FloorModel): Promise<ZoneModel[]> {
    return this.service.zones([floor.id]);
  }

  @ResolveField(() => FloorPlanImageModel, { nullable: true, description: 'The uploaded plan image, if any' })
  plan(@Parent() floor: FloorModel): Promise<FloorPlanImageModel | null> {
    return this.service.planImage(floor.id);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => FloorModel)
  createFloor(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateFloorInput): Promise<FloorModel> {
    return this.service.createFloor(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => FloorModel)
  updateFloor(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateFloorInput): Promise<FloorModel> {
    return this.service.updateFloor(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => FloorModel, { description: 'Removes the floor’s plan image (upload one with PUT /api/floors/{id}/plan)' })
  removeFloorPlan(@CurrentViewer() viewer: Viewer, @Args('input') input: RemoveFloorPlanInput): Promise<FloorModel> {
    return this.service.removePlan(viewer, input.floorId);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ZoneModel)
  createZone(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateZoneInput): Promise<ZoneModel> {
    return this.service.createZone(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ZoneModel)
  updateZone(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateZoneInput): Promise<ZoneModel> {
    return this.service.updateZone(viewer, input);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => ZoneModel, { description: 'Deletes a zone; its spaces stay on the floor, in no zone' })
  deleteZone(@CurrentViewer() viewer: Viewer, @Args('input') input: DeleteZoneInput): Promise<ZoneModel> {
    return this.service.deleteZone(viewer, input.id);
  }
}
