import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { BookingEventsResolver } from './booking-events.resolver.js';
import { BookingEventsService } from './booking-events.service.js';
import { BookingSeriesService } from './booking-series.service.js';
import { BookingValidator } from './booking-validator.js';
import { BookingsRepository } from './bookings.repository.js';
import { BookingsResolver } from './bookings.resolver.js';
import { BookingsService } from './bookings.service.js';
import { PartnerBookingRules } from './partner-rules.js';

@Module({
  imports: [SpacesModule, SitesModule, PeopleModule, OrganisationsModule, NotificationsModule],
  providers: [
    BookingsRepository,
    BookingValidator,
    PartnerBookingRules,
    BookingsService,
    BookingSeriesService,
    BookingsResolver,
    BookingEventsService,
    BookingEventsResolver,
  ],
  exports: [BookingsService, BookingsRepository, BookingEventsService, BookingValidator],
})
export class BookingsModule {}
