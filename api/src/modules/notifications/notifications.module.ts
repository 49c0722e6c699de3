import { Module } from '@nestjs/common';
import { BookingMailRepository } from './booking-mail.repository.js';
import { BookingMailer } from './booking-mail.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxLinks } from './outbox-links.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxService } from './outbox.service.js';
import { OutboxWorker } from './outbox-worker.service.js';
import { RemindersService } from './reminders.service.js';

/** In-app notifications, booking e-mails with calendar invites, the outbox and its SMTP worker. Imports no feature module. */
@Module({
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    BookingMailRepository,
    BookingMailer,
    OutboxRepository,
    OutboxLinks,
    OutboxWorker,
    OutboxService,
    OutboxResolver,
    RemindersService,
  ],
  exports: [NotificationsService, BookingMailer, OutboxLinks, OutboxWorker],
})
export class NotificationsModule {}
