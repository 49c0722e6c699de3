import { AdministrationModule } from '../administration/administration.module.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OutboxLinks } from '../notifications/outbox-links.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { BookingRequestsRepository } from './booking-requests.repository.js';
import { BookingRequestsResolver } from './booking-requests.resolver.js';
import { BookingRequestsService } from './booking-requests.service.js';
import { PartnerInvitesRepository } from './partner-invites.repository.js';
import { PartnerInvitesService } from './partner-invites.service.js';
import { PartnerInvitePublicResolver, PartnerOrganisationsResolver, UsageStatementsResolver } from './partners.resolver.js';
import { SuspensionService } from './suspension.service.js';
import { UsageStatementsRepository } from './usage-statements.repository.js';
import { UsageStatementsService } from './usage-statements.service.js';

/** Sweeps requests whose decision deadline passed; runs once per tick across all API processes. */
export const EXPIRE_REQUESTS_JOB = 'booking-requests-expire';

/** Partner organisations at work: invites, the approval queue and expiry, suspension, usage statements. */
@Module({
  imports: [BookingsModule, OrganisationsModule, NotificationsModule, PeopleModule, AuthModule, AdministrationModule],
  providers: [
    BookingRequestsRepository,
    BookingRequestsService,
    BookingRequestsResolver,
    PartnerInvitesRepository,
    PartnerInvitesService,
    SuspensionService,
    UsageStatementsRepository,
    UsageStatementsService,
    PartnerOrganisationsResolver,
    PartnerInvitePublicResolver,
    UsageStatementsResolver,
  ],
  exports: [BookingRequestsService, PartnerInvitesService],
})
export class PartnersModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly requests: BookingRequestsService,
    private readonly invites: PartnerInvitesService,
    private readonly links: OutboxLinks,
  ) {}

  async onModuleInit(): Promise<void> {
    // the invite e-mail's link is rebuilt when it is sent; the outbox only holds {{inviteUrl}}
    this.links.register('partner-invite', (p) => ({ inviteUrl: this.invites.inviteLink(String(p.inviteId)) }));
    await this.jobs.every(EXPIRE_REQUESTS_JOB, '*/5 * * * *', () => this.requests.expireDue());
  }
}
