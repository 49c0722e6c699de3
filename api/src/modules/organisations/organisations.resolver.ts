import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { Clock } from '../../common/time/clock.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import {
  CreateOrganisationInput,
  OrganisationsFilter,
  SetOrganisationAccessInput,
  SetOrganisationTariffsInput,
  UpdateOrganisationInput,
} from './dto/organisation.inputs.js';
import {
  OrganisationAccessGrantModel,
  OrganisationContactModel,
  OrganisationHoursModel,
  OrganisationMemberModel,
  OrganisationModel,
  OrganisationTariffModel,
  QuotaUsageModel,
} from './organisation.model.js';
import { toGrantModel, toOrganisationModel } from './organisations.mapper.js';
import { OrganisationsService } from './organisations.service.js';
import { monthOf } from './partner-month.js';

/** Partner organisations: managed by facility managers and administrators; a partner reads its own. */
@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Query(() => [OrganisationModel])
  async organisations(
    @Args('filter', { nullable: true, type: () => OrganisationsFilter }) filter?: OrganisationsFilter,
  ): Promise<OrganisationModel[]> {
    return (await this.service.list(filter)).map(toOrganisationModel);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN', 'PARTNER')
  @Query(() => OrganisationModel, { description: 'Managers: any organisation; a partner: its own' })
  async organisation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.getOrThrow(viewer, id));
  }

  @Roles('PARTNER')
  @Query(() => OrganisationModel, { description: 'The organisation of the signed-in partner' })
  async myOrganisation(@CurrentViewer() viewer: Viewer): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.mine(viewer));
  }

  @ResolveField(() => [OrganisationContactModel])
  contacts(@Parent() o: OrganisationModel): Promise<OrganisationContactModel[]> {
    return this.service.contacts(o.id);
  }

  @ResolveField(() => [OrganisationAccessGrantModel], { description: 'Which spaces open to partners this organisation may use' })
  async access(@Parent() o: OrganisationModel): Promise<OrganisationAccessGrantModel[]> {
    return (await this.service.access(o.id)).map(toGrantModel);
  }

  @ResolveField(() => [OrganisationHoursModel], { description: 'When it may use them; empty: the sites’ opening hours' })
  async hours(@Parent() o: OrganisationModel): Promise<OrganisationHoursModel[]> {
    return (await this.service.hours(o.id)).map((h) => ({ weekday: h.weekday, opensAt: h.opensAt, closesAt: h.closesAt }));
  }

  @ResolveField(() => [OrganisationTariffModel], { description: 'One per kind of space' })
  tariffs(@Parent() o: OrganisationModel): Promise<OrganisationTariffModel[]> {
    return this.service.tariffs(o.id);
  }

  @ResolveField(() => [OrganisationMemberModel], { description: 'Partner accounts of this organisation' })
  members(@Parent() o: OrganisationModel): Promise<OrganisationMemberModel[]> {
    return this.service.members(o.id);
  }

  @ResolveField(() => QuotaUsageModel, { description: 'Hours used of the monthly quota; default: this month' })
  usage(@Parent() o: OrganisationModel, @Args('month', { nullable: true, type: () => String }) month?: string): Promise<QuotaUsageModel> {
    return this.service.usage(o, month ?? monthOf(this.clock.now()));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => OrganisationModel)
  async createOrganisation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOrganisationInput): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.create(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => OrganisationModel)
  async updateOrganisation(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateOrganisationInput): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.update(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => OrganisationModel, { description: 'Replaces the spaces (by site, kind or one by one) and hours of the organisation' })
  async setOrganisationAccess(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetOrganisationAccessInput,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.setAccess(viewer, input));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => OrganisationModel)
  async setOrganisationTariffs(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetOrganisationTariffsInput,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.setTariffs(viewer, input));
  }
}
