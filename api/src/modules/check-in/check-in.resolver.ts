import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUrl, MaxLength } from 'class-validator';
import { CurrentViewer, Roles, type RequestWithViewer } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { requestBatch } from '../../common/request-batch.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { IdField } from '../../common/validation.js';
import type { GraphqlContext } from '../../graphql/context.js';
import { toBookingModel } from '../bookings/booking.mapper.js';
import { BookingModel } from '../bookings/booking.model.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { toSpaceModel } from '../spaces/spaces.mapper.js';
import { BookingCheckInModel, SpaceQrCodeModel, SpaceScanModel } from './check-in.model.js';
import { CheckInService, type CheckInState } from './check-in.service.js';
import { CheckInBookingInput, CheckOutBookingInput, CreateWalkUpBookingInput } from './dto/check-in.inputs.js';
import { QrCodesService } from './qr-codes.service.js';
import { SpaceScanService } from './space-scan.service.js';

@ArgsType()
class FloorQrCodesArgs {
  @IdField()
  floorId!: string;

  @Field({ nullable: true, description: 'Where people reach Plekwijzer (the browser’s origin); PUBLIC_URL wins when set' })
  @IsOptional()
  @MaxLength(200)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  baseUrl?: string;
}

/** Check-in, check-out and walk-up bookings: every signed-in person, for their own bookings. */
@Resolver(() => BookingModel)
export class CheckInResolver {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly scans: SpaceScanService,
    private readonly bookings: BookingsService,
    private readonly qrCodes: QrCodesService,
  ) {}

  /** One query for the check-in state of every booking in a response. */
  private readonly stateOf = requestBatch<RequestWithViewer, CheckInState>((ids, req) => this.checkIns.states(req.viewer!, ids));

  private async model(viewer: Viewer, id: string): Promise<BookingModel> {
    const row = await this.bookings.getOrThrow(viewer, id);
    const attendees = await this.bookings.attendees([id]);
    return toBookingModel(viewer, row, this.bookings.now(), attendees.get(id));
  }

  @ResolveField(() => BookingCheckInModel, { nullable: true, description: 'Check-in of the booking; null unless the viewer booked it' })
  async checkIn(@Parent() booking: BookingModel, @Context() ctx: GraphqlContext): Promise<BookingCheckInModel | null> {
    if (!booking.isMine || !ctx.req.viewer) return null;
    return (await this.stateOf(ctx.req, booking.id)) ?? null;
  }

  @Mutation(() => BookingModel, {
    description: 'Check in to your booking, from checkInOpensMinutes before the start until check-in closes',
  })
  async checkInBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: CheckInBookingInput): Promise<BookingModel> {
    await this.checkIns.checkIn(viewer, input.id);
    return this.model(viewer, input.id);
  }

  @Mutation(() => BookingModel, {
    description: 'Leave early: ends your checked-in booking now (rounded up to the space’s grid) as COMPLETED; the rest is free',
  })
  async checkOutBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: CheckOutBookingInput): Promise<BookingModel> {
    await this.checkIns.checkOut(viewer, input.id);
    return this.model(viewer, input.id);
  }

  @Mutation(() => BookingModel, { description: 'Book a space that is free now, on the spot, and check in (through the normal rules)' })
  async createWalkUpBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateWalkUpBookingInput): Promise<BookingModel> {
    const id = await this.scans.walkUp(viewer, input);
    return this.model(viewer, id);
  }

  @Query(() => SpaceScanModel, { description: 'What scanning the space’s QR code offers you now' })
  async spaceScan(
    @CurrentViewer() viewer: Viewer,
    @Args('spaceId', { type: () => ID }, UuidPipe) spaceId: string,
  ): Promise<SpaceScanModel> {
    const scan = await this.scans.scan(viewer, spaceId);
    return {
      ...scan,
      space: toSpaceModel(scan.space),
      booking: scan.bookingId ? await this.model(viewer, scan.bookingId) : null,
    };
  }

  @Query(() => [BookingModel], { description: 'Your bookings whose check-in is open now, or that you are checked in to now' })
  async checkInsDue(@CurrentViewer() viewer: Viewer): Promise<BookingModel[]> {
    const ids = await this.checkIns.due(viewer);
    return Promise.all(ids.map((id) => this.model(viewer, id)));
  }

  @Roles('FACILITY_MANAGER', 'ADMIN')
  @Query(() => [SpaceQrCodeModel], { description: 'QR codes for the spaces of a floor, to print and fix to each desk and room' })
  async floorQrCodes(@CurrentViewer() viewer: Viewer, @Args() args: FloorQrCodesArgs): Promise<SpaceQrCodeModel[]> {
    const codes = await this.qrCodes.forFloor(viewer, args.floorId, args.baseUrl);
    return codes.map((c) => ({ spaceId: c.space.id, space: toSpaceModel(c.space), url: c.url, svg: c.svg }));
  }
}
