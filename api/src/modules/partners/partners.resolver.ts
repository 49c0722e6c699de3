import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { LocaleEnum } from '../../graphql/enums.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { toOrganisationModel } from '../organisations/organisations.mapper.js';
import {
  AcceptPartnerInviteInput,
  InvitePartnerInput,
  ReactivateOrganisationInput,
  RevokePartnerInviteInput,
  SuspendOrganisationInput,
  UsageStatementArgs,
} from './dto/partner.inputs.js';
import {
  AcceptedPartnerInviteModel,
  PartnerInviteModel,
  PartnerInvitePayloadModel,
  PartnerInvitePreviewModel,
  SuspendOrganisationPayloadModel,
} from './partner-invite.model.js';
import type { InviteRow } from './partner-invites.repository.js';
import { PartnerInvitesService } from './partner-invites.service.js';
import { SuspensionService } from './suspension.service.js';
import { statementCsv } from './usage-csv.js';
import { UsageStatementModel } from './usage-statement.model.js';
import { UsageStatementsService } from './usage-statements.service.js';

const toInvite = (i: InviteRow): PartnerInviteModel => ({ ...i, invitedBy: i.createdByName });

/** Partner accounts (invites), suspension, and usage statements. */
@Resolver(() => OrganisationModel)
export class PartnerOrganisationsResolver {
  constructor(
    private readonly inviteService: PartnerInvitesService,
    private readonly suspension: SuspensionService,
  ) {}

  @ResolveField(() => [PartnerInviteModel], { description: 'Invites still open (managers only; empty for partners)' })
  async invites(@CurrentViewer() viewer: Viewer, @Parent() o: OrganisationModel): Promise<PartnerInviteModel[]> {
    if (!viewer.can.has('FACILITY_MANAGER') && !viewer.can.has('ADMIN')) return [];
    return (await this.inviteService.open(o.id)).map(toInvite);
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => PartnerInvitePayloadModel, { description: 'Invites a contact to make a partner account (single use, 7 days)' })
  async invitePartner(@CurrentViewer() viewer: Viewer, @Args('input') input: InvitePartnerInput): Promise<PartnerInvitePayloadModel> {
    const { invite, inviteUrl } = await this.inviteService.invite(viewer, input);
    return { invite: toInvite(invite), inviteUrl };
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => PartnerInviteModel)
  async revokePartnerInvite(@CurrentViewer() viewer: Viewer, @Args('input') input: RevokePartnerInviteInput): Promise<PartnerInviteModel> {
    return toInvite(await this.inviteService.revoke(viewer, input.id));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => SuspendOrganisationPayloadModel, {
    description: 'Shuts the organisation’s people out and cancels its future bookings and requests with the reason',
  })
  async suspendOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SuspendOrganisationInput,
  ): Promise<SuspendOrganisationPayloadModel> {
    const { organisation, cancelledBookings } = await this.suspension.suspend(viewer, input.id, input.reason);
    return { organisation: toOrganisationModel(organisation), cancelledBookings };
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Mutation(() => OrganisationModel)
  async reactivateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReactivateOrganisationInput,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.suspension.reactivate(viewer, input.id));
  }
}

/** The invite page, before anyone is signed in. */
@Resolver()
export class PartnerInvitePublicResolver {
  constructor(private readonly invites: PartnerInvitesService) {}

  @Public()
  @Query(() => PartnerInvitePreviewModel, {
    description: 'The invite behind a link: INVITE_INVALID, INVITE_USED or INVITE_EXPIRED otherwise',
  })
  async partnerInvite(@Args('token') token: string): Promise<PartnerInvitePreviewModel> {
    const invite = await this.invites.preview(token);
    return { ...invite, termsVersion: this.invites.termsVersion() };
  }

  @Public()
  @Mutation(() => AcceptedPartnerInviteModel, { description: 'Creates the partner account with the chosen password; the link is spent' })
  async acceptPartnerInvite(@Args('input') input: AcceptPartnerInviteInput): Promise<AcceptedPartnerInviteModel> {
    return { email: (await this.invites.accept(input)).email };
  }
}

/** Usage statements: managers for any organisation, a partner for its own. */
@Resolver(() => UsageStatementModel)
export class UsageStatementsResolver {
  constructor(private readonly statements: UsageStatementsService) {}

  @Roles('FACILITY_MANAGER', 'ADMIN', 'PARTNER')
  @Query(() => UsageStatementModel)
  async usageStatement(@CurrentViewer() viewer: Viewer, @Args() args: UsageStatementArgs): Promise<UsageStatementModel> {
    const s = await this.statements.statement(viewer, args.organisationId, args.month);
    return { ...s, lines: s.lines.map((l) => ({ ...l, hours: l.minutes / 60 })) };
  }

  @ResolveField(() => String, { description: 'The statement as CSV for Excel (UTF-8 with BOM, `;`, decimal comma)' })
  csv(
    @Parent() s: UsageStatementModel,
    @Args('locale', { nullable: true, type: () => LocaleEnum, defaultValue: 'nl-BE' }) locale: 'nl-BE' | 'en',
  ): string {
    return statementCsv(s, locale);
  }
}
