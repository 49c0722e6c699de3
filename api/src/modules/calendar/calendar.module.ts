import { Module } from '@nestjs/common';
import { CalendarFeedsController } from './calendar-feeds.controller.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { CalendarFeedsResolver } from './calendar-feeds.resolver.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

/** Calendar subscription links (iCal feeds) of a person's bookings or a space. */
@Module({
  controllers: [CalendarFeedsController],
  providers: [CalendarFeedsRepository, CalendarFeedsService, CalendarFeedsResolver],
})
export class CalendarModule {}
