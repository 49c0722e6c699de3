import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { RequestId } from '../../audit/request-id.js';
import { toBookingModel } from '../bookings/booking.mapper.js';
import { BookingModel } from '../bookings/booking.model.js';
import type { BookingRow } from '../bookings/bookings.repository.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { ConsultationProposalSetModel, ConsultationProposalsModel } from './confidential.model.js';
import { ConsultationsService } from './consultations.service.js';
import {
  ConfirmConsultationProposalInput,
  ConsultationProposalsInput,
  CreateConsultationBookingInput,
  HoldConsultationProposalsInput,
  ReleaseConsultationProposalsInput,
} from './dto/confidential.inputs.js';
import { ProposalsService } from './proposals.service.js';

/**
 * Booking confidential consultation rooms and offering a citizen a choice of slots. Booking a room
 * needs a role the room names (SOCIAL_WORKER by default); proposals are for social workers.
 */
@Resolver()
export class ConsultationsResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly proposals: ProposalsService,
    private readonly bookings: BookingsService,
  ) {}

  private model(viewer: Viewer, row: BookingRow): BookingModel {
    return toBookingModel(viewer, row, this.bookings.now());
  }

  @Mutation(() => BookingModel, {
    description: 'Books a confidential consultation room, with client details sealed in the same transaction',
  })
  async createConsultationBooking(
    @CurrentViewer() viewer: Viewer,
    @RequestId() requestId: string | null,
    @Args('input') input: CreateConsultationBookingInput,
  ): Promise<BookingModel> {
    return this.model(viewer, await this.consultations.create(viewer, { actorId: viewer.id, requestId }, input));
  }

  @Roles('SOCIAL_WORKER')
  @Query(() => ConsultationProposalsModel, {
    description: 'Slots to offer a citizen: at least two sites (main building and a satellite where possible) with two times each',
  })
  consultationProposals(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ConsultationProposalsInput,
  ): Promise<ConsultationProposalsModel> {
    return this.proposals.propose(viewer, input);
  }

  @Roles('SOCIAL_WORKER')
  @Query(() => [ConsultationProposalSetModel], { description: 'The viewer’s proposals still held for a citizen' })
  async consultationProposalSets(@CurrentViewer() viewer: Viewer): Promise<ConsultationProposalSetModel[]> {
    return (await this.consultations.openSets(viewer)).map((s) => ({ ...s, holds: s.holds.map((h) => this.model(viewer, h)) }));
  }

  @Roles('SOCIAL_WORKER')
  @Mutation(() => ConsultationProposalSetModel, {
    description: 'Holds the slots (all or none) until PROPOSAL_HOLD_HOURS pass; they block the rooms like bookings',
  })
  async holdConsultationProposals(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: HoldConsultationProposalsInput,
  ): Promise<ConsultationProposalSetModel> {
    const held = await this.consultations.hold(viewer, input);
    const set = await this.consultations.setHolds(viewer, held.setId);
    return { ...set, holds: set.holds.map((h) => this.model(viewer, h)) };
  }

  @Roles('SOCIAL_WORKER')
  @Mutation(() => BookingModel, { description: 'The citizen chose this held slot: it is booked and the other slots are released at once' })
  async confirmConsultationProposal(
    @CurrentViewer() viewer: Viewer,
    @RequestId() requestId: string | null,
    @Args('input') input: ConfirmConsultationProposalInput,
  ): Promise<BookingModel> {
    return this.model(viewer, await this.consultations.confirm(viewer, { actorId: viewer.id, requestId }, input));
  }

  @Roles('SOCIAL_WORKER')
  @Mutation(() => Boolean, { description: 'Releases every slot of the set that is still held' })
  async releaseConsultationProposals(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReleaseConsultationProposalsInput,
  ): Promise<boolean> {
    await this.consultations.release(viewer, input.proposalSetId);
    return true;
  }
}
