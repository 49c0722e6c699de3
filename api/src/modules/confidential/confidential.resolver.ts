import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { RequestId } from '../../audit/request-id.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { toBookingModel } from '../bookings/booking.mapper.js';
import { BookingModel } from '../bookings/booking.model.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { ConfidentialDetailsModel } from './confidential.model.js';
import { ConfidentialDetailsService } from './confidential-details.service.js';
import { ConsultationsRepository } from './consultations.repository.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { SetConfidentialCoWorkerInput, UpdateConfidentialDetailsInput } from './dto/confidential.inputs.js';

@ArgsType()
class TalksArgs {
  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;
}

/**
 * Client details travel only through these operations, never on the Booking type. No role guard on
 * the details themselves: the service decides, so a refused attempt is logged like an allowed one.
 */
@Resolver()
export class ConfidentialResolver {
  constructor(
    private readonly details: ConfidentialDetailsService,
    private readonly consultations: ConsultationsRepository,
    private readonly bookingsRepo: BookingsRepository,
    private readonly bookings: BookingsService,
  ) {}

  @Query(() => ConfidentialDetailsModel, {
    description: 'Client details of a consultation: for the booker and the named co-worker only; every call is audited',
  })
  confidentialDetails(
    @CurrentViewer() viewer: Viewer,
    @RequestId() requestId: string | null,
    @Args('bookingId', { type: () => ID }, UuidPipe) bookingId: string,
  ): Promise<ConfidentialDetailsModel> {
    return this.details.read(viewer, { actorId: viewer.id, requestId }, bookingId);
  }

  @Roles('SOCIAL_WORKER')
  @Query(() => [BookingModel], { description: 'Consultations the viewer booked or is co-worker on, in a period (at most 93 days)' })
  async confidentialTalks(@CurrentViewer() viewer: Viewer, @Args() args: TalksArgs): Promise<BookingModel[]> {
    if (args.to.getTime() <= args.from.getTime() || args.to.getTime() - args.from.getTime() > 93 * 86_400_000) {
      throw DomainError.field('RANGE_TOO_LARGE', 'to', 'Ask for at most 93 days, with to after from', { maxDays: 93 });
    }
    const now = this.bookings.now();
    const rows = await this.bookingsRepo.findRows(await this.consultations.talkIds(viewer.id, args.from, args.to, now));
    return rows.map((r) => toBookingModel(viewer, r, now));
  }

  @Mutation(() => ConfidentialDetailsModel, { description: 'Only the booker; empty fields clear what was recorded' })
  updateConfidentialDetails(
    @CurrentViewer() viewer: Viewer,
    @RequestId() requestId: string | null,
    @Args('input') input: UpdateConfidentialDetailsInput,
  ): Promise<ConfidentialDetailsModel> {
    return this.details.update(viewer, { actorId: viewer.id, requestId }, input);
  }

  @Mutation(() => ConfidentialDetailsModel, { description: 'Names the social worker colleague who may read the details too (or nobody)' })
  setConfidentialCoWorker(
    @CurrentViewer() viewer: Viewer,
    @RequestId() requestId: string | null,
    @Args('input') input: SetConfidentialCoWorkerInput,
  ): Promise<ConfidentialDetailsModel> {
    return this.details.setCoWorker(viewer, { actorId: viewer.id, requestId }, input.bookingId, input.coWorkerId ?? null);
  }
}
