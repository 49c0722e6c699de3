import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module.js';
import { RatingsRepository } from './ratings.repository.js';
import { RatingsResolver } from './ratings.resolver.js';
import { RatingsService } from './ratings.service.js';

/** Workplace ratings after a booking (the success measure "workplace satisfaction"). */
@Module({
  imports: [BookingsModule],
  providers: [RatingsRepository, RatingsService, RatingsResolver],
})
export class RatingsModule {}
