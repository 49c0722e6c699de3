import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsDate } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { SpaceModel } from '../spaces/space.model.js';
import { toSpaceModel } from '../spaces/spaces.mapper.js';
import { toBookingModel } from './booking.mapper.js';
import { BookingModel, BookingSeriesResultModel } from './booking.model.js';
import { BookingSeriesService } from './booking-series.service.js';
import { BookingsService } from './bookings.service.js';
import type { BookingRow } from './bookings.repository.js';
import {
  AvailabilityInput,
  BookingsFilter,
  CancelBookingInput,
  CreateBookingInput,
  CreateBookingSeriesInput,
  UpdateBookingInput,
} from './dto/booking.inputs.js';

@ArgsType()
class MyBookingsArgs {
  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;

  @Field({ nullable: true, defaultValue: false })
  @IsBoolean()
  includeCancelled!: boolean;
}

/** Reading and writing bookings; what each viewer sees is decided in the mapper and the repository. */
@Resolver(() => BookingModel)
export class BookingsResolver {
  constructor(
    private readonly service: BookingsService,
    private readonly series: BookingSeriesService,
  ) {}

  private async toModels(viewer: Viewer, rows: BookingRow[]): Promise<BookingModel[]> {
    const attendees = await this.service.attendees(rows.map((r) => r.id));
    const now = this.service.now();
    return rows.map((r) => toBookingModel(viewer, r, now, attendees.get(r.id)));
  }

  private async toModel(viewer: Viewer, row: BookingRow): Promise<BookingModel> {
    return (await this.toModels(viewer, [row]))[0]!;
  }

  @Query(() => [BookingModel], { description: 'Live bookings in a period (at most 93 days) in spaces the viewer may see' })
  async bookings(@CurrentViewer() viewer: Viewer, @Args('filter') filter: BookingsFilter): Promise<BookingModel[]> {
    return this.toModels(viewer, await this.service.list(viewer, filter));
  }

  @Query(() => [BookingModel], { description: 'The viewer’s own bookings in a period (at most 93 days)' })
  async myBookings(@CurrentViewer() viewer: Viewer, @Args() args: MyBookingsArgs): Promise<BookingModel[]> {
    return this.toModels(viewer, await this.service.mine(viewer, args.from, args.to, args.includeCancelled));
  }

  @Query(() => BookingModel)
  async booking(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<BookingModel> {
    return this.toModel(viewer, await this.service.getOrThrow(viewer, id));
  }

  @Query(() => [SpaceModel], { description: 'Spaces the viewer may book that are free and allowed for the whole interval' })
  async availability(@CurrentViewer() viewer: Viewer, @Args('input') input: AvailabilityInput): Promise<SpaceModel[]> {
    return (await this.service.availability(viewer, input)).map(toSpaceModel);
  }

  @Mutation(() => BookingModel)
  async createBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateBookingInput): Promise<BookingModel> {
    return this.toModel(viewer, await this.service.create(viewer, input));
  }

  @Mutation(() => BookingModel, { description: 'Move (space, times) or retitle a booking; its own old slot never conflicts' })
  async updateBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateBookingInput): Promise<BookingModel> {
    return this.toModel(viewer, await this.service.update(viewer, input));
  }

  @Mutation(() => BookingModel)
  async cancelBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: CancelBookingInput): Promise<BookingModel> {
    return this.toModel(viewer, await this.service.cancel(viewer, input.id));
  }

  @Mutation(() => BookingSeriesResultModel, { description: 'A recurring booking: all dates or none, unless skipConflicts' })
  async createBookingSeries(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateBookingSeriesInput,
  ): Promise<BookingSeriesResultModel> {
    const result = await this.series.create(viewer, input);
    return { ...result, bookings: await this.toModels(viewer, result.bookings) };
  }
}
