import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestWithViewer } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { requestBatch } from '../../common/request-batch.js';
import type { GraphqlContext } from '../../graphql/context.js';
import { toBookingModel } from '../bookings/booking.mapper.js';
import { BookingModel } from '../bookings/booking.model.js';
import { BookingsService } from '../bookings/bookings.service.js';
import { RateBookingInput } from './dto/rate-booking.input.js';
import { BookingRatingModel } from './rating.model.js';
import type { RatingRow } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';

const RATEABLE = new Set(['CONFIRMED', 'CHECKED_IN', 'COMPLETED']);

/** Rating a workplace after a booking; each person sees only their own ratings. */
@Resolver(() => BookingModel)
export class RatingsResolver {
  private readonly ratingOf = requestBatch<RequestWithViewer, RatingRow>((ids, req) => this.ratings.mine(req.viewer!, ids));

  constructor(
    private readonly ratings: RatingsService,
    private readonly bookings: BookingsService,
  ) {}

  @ResolveField(() => BookingRatingModel, { nullable: true, description: 'Your rating of this booking’s workplace' })
  async myRating(@Parent() booking: BookingModel, @Context() ctx: GraphqlContext): Promise<BookingRatingModel | null> {
    if (!booking.isMine || !ctx.req.viewer) return null;
    return (await this.ratingOf(ctx.req, booking.id)) ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Your booking has started and took place: you may rate the workplace' })
  viewerCanRate(@Parent() booking: BookingModel): boolean {
    return booking.isMine && RATEABLE.has(booking.status) && booking.startsAt.getTime() <= this.ratings.now().getTime();
  }

  @Mutation(() => BookingRatingModel)
  async rateBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: RateBookingInput): Promise<BookingRatingModel> {
    return this.ratings.rate(viewer, input);
  }

  @Query(() => [BookingModel], { description: 'Your bookings of the last week that you have not rated yet (at most three)' })
  async bookingsToRate(@CurrentViewer() viewer: Viewer): Promise<BookingModel[]> {
    const ids = await this.ratings.toRate(viewer);
    const now = this.ratings.now();
    return Promise.all(ids.map(async (id) => toBookingModel(viewer, await this.bookings.getOrThrow(viewer, id), now)));
  }
}
