import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { CalendarFeedModel } from './calendar-feed.model.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CreateCalendarFeedInput, RevokeCalendarFeedInput } from './dto/calendar-feed.inputs.js';

/** Everyone signed in manages their own calendar links; space links are for facility managers (checked in the service). */
@Resolver(() => CalendarFeedModel)
export class CalendarFeedsResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Query(() => [CalendarFeedModel], { description: 'The viewer’s live calendar links: their own first, then spaces' })
  calendarFeeds(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedModel[]> {
    return this.feeds.list(viewer);
  }

  @Mutation(() => CalendarFeedModel, { description: 'A new secret calendar link; CALENDAR_FEED_EXISTS while one is live' })
  createCalendarFeed(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCalendarFeedInput): Promise<CalendarFeedModel> {
    return this.feeds.create(viewer, input.spaceId ?? null);
  }

  @Mutation(() => CalendarFeedModel, { description: 'Ends a calendar link: calendars that follow it get 404 from now on' })
  async revokeCalendarFeed(@CurrentViewer() viewer: Viewer, @Args('input') input: RevokeCalendarFeedInput): Promise<CalendarFeedModel> {
    return { ...(await this.feeds.revoke(viewer, input.id)), url: null };
  }
}
