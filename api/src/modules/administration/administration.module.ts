import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AdminChangesRepository } from './admin-changes.repository.js';
import { AdminChangesResolver, BookingCancellationResolver } from './admin-changes.resolver.js';
import { AdminChangesService } from './admin-changes.service.js';
import { AffectedBookingsRepository } from './affected-bookings.repository.js';
import { ChangeImpactService } from './change-impact.service.js';

/**
 * What every administrative feature shares: the record of changes and the handling of bookings a
 * change leaves invalid. Depends on no other feature module but notifications (which depends on none),
 * so sites, spaces and people import it.
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    AdminChangesRepository,
    AdminChangesService,
    AffectedBookingsRepository,
    ChangeImpactService,
    AdminChangesResolver,
    BookingCancellationResolver,
  ],
  exports: [AdminChangesService, ChangeImpactService],
})
export class AdministrationModule {}
