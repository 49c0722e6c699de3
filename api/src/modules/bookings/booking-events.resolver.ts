import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { SitesService } from '../sites/sites.service.js';
import type { BookingsChangedEvent } from './booking-events.js';
import { BookingEventsService } from './booking-events.service.js';
import { BookingsChangedModel } from './booking.model.js';

/** Live updates over graphql-ws on /graphql; the global guard authenticates them like any operation. */
@Resolver()
export class BookingEventsResolver {
  constructor(
    private readonly sites: SitesService,
    private readonly events: BookingEventsService,
  ) {}

  @Subscription(() => BookingsChangedModel, {
    description: 'Ids of bookings that change at a site the viewer can see, as they change',
    resolve: (event: BookingsChangedEvent): BookingsChangedModel => event,
  })
  async bookingsChanged(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID }, UuidPipe) siteId: string,
  ): Promise<AsyncIterableIterator<BookingsChangedEvent>> {
    await this.sites.getOrThrow(viewer, siteId);
    return this.events.changes(siteId);
  }
}
