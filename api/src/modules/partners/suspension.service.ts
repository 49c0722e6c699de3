import { Injectable } from '@nestjs/common';
import { SessionsService } from '../../auth/sessions.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { TransactionRunner } from '../../database/transaction.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import { OrganisationsRepository, type OrganisationRow } from '../organisations/organisations.repository.js';
import { BookingRequestsRepository } from './booking-requests.repository.js';
import { BookingRequestsService } from './booking-requests.service.js';

/**
 * Suspending an organisation shuts its people out (sign-in, tokens and sessions are refused while it
 * lasts) and cancels its future bookings and requests, each with the reason, telling the requesters.
 */
@Injectable()
export class SuspensionService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly requests: BookingRequestsRepository,
    private readonly announcer: BookingRequestsService,
    private readonly sessions: SessionsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly changes: AdminChangesService,
  ) {}

  async suspend(viewer: Viewer, id: string, reason: string): Promise<{ organisation: OrganisationRow; cancelledBookings: number }> {
    const why = reason.trim();
    if (!why) throw DomainError.field('VALIDATION_FAILED', 'reason', 'Say why the organisation is suspended');
    const now = this.clock.now();
    const cancelled = await this.tx.run(async (em) => {
      const org = await this.organisations.lock(id, em);
      if (!org) throw notFound('Organisation', 'id');
      if (org.status === 'SUSPENDED') throw new DomainError('ORGANISATION_ALREADY_SUSPENDED', 'This organisation is suspended already');
      await this.organisations.update(id, { status: 'SUSPENDED', suspendedAt: now, suspensionReason: why }, em);
      const rows = await this.requests.futureOfOrganisation(id, now, em);
      const note = `Organisation suspended: ${why}`;
      await this.requests.decide(
        rows.map((r) => r.id),
        { status: 'CANCELLED', decision: 'CANCELLED', actorId: viewer.id, at: now, reason: note.slice(0, 1000) },
        em,
      );
      await this.announcer.announce(rows, 'BOOKING_CANCELLED_SUSPENDED', why, em);
      await this.changes.record(em, viewer, {
        action: 'organisation.suspend',
        targetType: 'ORGANISATION',
        targetId: id,
        targetLabel: org.name,
        before: { status: org.status },
        after: { status: 'SUSPENDED', cancelledBookings: rows.length },
        note: why,
      });
      return rows.length;
    });
    // Access tokens die with the next request (the guard checks the organisation); refresh sessions end here.
    for (const member of await this.organisations.members([id])) await this.sessions.revokeAllForUser(member.id);
    return { organisation: (await this.organisations.findRow(id))!, cancelledBookings: cancelled };
  }

  /** Lets the people in again; cancelled bookings stay cancelled. */
  async reactivate(viewer: Viewer, id: string): Promise<OrganisationRow> {
    await this.tx.run(async (em) => {
      const org = await this.organisations.lock(id, em);
      if (!org) throw notFound('Organisation', 'id');
      await this.organisations.update(id, { status: 'ACTIVE', suspendedAt: null, suspensionReason: null }, em);
      await this.changes.record(em, viewer, {
        action: 'organisation.reactivate',
        targetType: 'ORGANISATION',
        targetId: id,
        targetLabel: org.name,
        before: { status: org.status },
        after: { status: 'ACTIVE' },
      });
    });
    return (await this.organisations.findRow(id))!;
  }
}
