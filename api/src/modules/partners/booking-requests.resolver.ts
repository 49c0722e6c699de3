import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { Clock } from '../../common/time/clock.js';
import { BookingsRepository } from '../bookings/bookings.repository.js';
import { toRequestModels } from './booking-request.mapper.js';
import { BookingRequestModel } from './booking-request.model.js';
import { BookingRequestsRepository, type RequestRow } from './booking-requests.repository.js';
import { BookingRequestsService } from './booking-requests.service.js';
import { ApproveBookingRequestsInput, BookingRequestsFilter, RejectBookingRequestsInput } from './dto/booking-request.inputs.js';

/** The approval queue (facility managers) and a partner's view of its organisation's requests. */
@Resolver(() => BookingRequestModel)
export class BookingRequestsResolver {
  constructor(
    private readonly service: BookingRequestsService,
    private readonly requests: BookingRequestsRepository,
    private readonly bookings: BookingsRepository,
    private readonly clock: Clock,
  ) {}

  private async toModels(viewer: Viewer, rows: readonly Pick<RequestRow, 'id' | 'decideBy'>[]): Promise<BookingRequestModel[]> {
    const ids = rows.map((r) => r.id);
    const [bookings, decisions, attendees] = await Promise.all([
      this.bookings.findRows(ids),
      this.requests.decisions(ids),
      this.bookings.attendees(ids),
    ]);
    return toRequestModels(viewer, rows, bookings, decisions, attendees, this.clock.now());
  }

  private async decided(viewer: Viewer, ids: string[]): Promise<BookingRequestModel[]> {
    return this.toModels(viewer, await this.requests.byIds(ids));
  }

  @Roles('FACILITY_MANAGER', 'PARTNER')
  @Query(() => [BookingRequestModel], {
    description: 'Managers: requests of every organisation (default: those waiting, most urgent first). Partners: their organisation’s.',
  })
  async bookingRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { nullable: true, type: () => BookingRequestsFilter }) filter?: BookingRequestsFilter,
  ): Promise<BookingRequestModel[]> {
    return this.toModels(viewer, await this.service.list(viewer, filter ?? {}));
  }

  @Roles('FACILITY_MANAGER')
  @Mutation(() => [BookingRequestModel], { description: 'Confirms the requests; the requester is notified' })
  async approveBookingRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ApproveBookingRequestsInput,
  ): Promise<BookingRequestModel[]> {
    return this.decided(viewer, await this.service.approve(viewer, input));
  }

  @Roles('FACILITY_MANAGER')
  @Mutation(() => [BookingRequestModel], {
    description: 'Rejects the requests with a reason; the slots become free and the requester is notified',
  })
  async rejectBookingRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RejectBookingRequestsInput,
  ): Promise<BookingRequestModel[]> {
    return this.decided(viewer, await this.service.reject(viewer, input, input.reason));
  }
}
