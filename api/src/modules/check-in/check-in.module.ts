import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { CheckInRepository } from './check-in.repository.js';
import { CheckInResolver } from './check-in.resolver.js';
import { CheckInService } from './check-in.service.js';
import { NoShowRepository } from './no-show.repository.js';
import { NoShowService } from './no-show.service.js';
import { QrCodesService } from './qr-codes.service.js';
import { SpaceScanService } from './space-scan.service.js';

/** Check-in, check-out, walk-up via QR codes, and releasing no-shows (a job every minute). */
@Module({
  imports: [BookingsModule, SpacesModule, SitesModule, NotificationsModule],
  providers: [CheckInRepository, CheckInService, SpaceScanService, NoShowRepository, NoShowService, QrCodesService, CheckInResolver],
  exports: [NoShowService],
})
export class CheckInModule {}
