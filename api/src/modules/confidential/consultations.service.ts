import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditActor } from '../../audit/audit.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { TransactionRunner } from '../../database/transaction.js';
import { BookingValidator } from '../bookings/booking-validator.js';
import { BookingsRepository, type BookingRow } from '../bookings/bookings.repository.js';
import { BookingsService } from '../bookings/bookings.service.js';
import type { SpaceRow } from '../spaces/spaces.repository.js';
import { ConfidentialDetailsService } from './confidential-details.service.js';
import { ConsultationsRepository } from './consultations.repository.js';
import type {
  ConfidentialDetailsInput,
  ConfirmConsultationProposalInput,
  CreateConsultationBookingInput,
  HoldConsultationProposalsInput,
} from './dto/confidential.inputs.js';

/** Details and co-worker that may come with a new or confirmed talk. */
type Extras = { details?: ConfidentialDetailsInput | null; coWorkerId?: string | null };

const MINUTE = 60_000;

/**
 * Booking confidential consultation rooms: a talk at once, or proposals held for a citizen until
 * they choose. Every write goes through the booking engine's validator (rules, buffer, conflicts)
 * and lands under the database's no-overlap constraint, holds included.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly bookings: BookingsService,
    private readonly validator: BookingValidator,
    private readonly bookingsRepo: BookingsRepository,
    private readonly repo: ConsultationsRepository,
    private readonly details: ConfidentialDetailsService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(viewer: Viewer, actor: AuditActor, input: CreateConsultationBookingInput): Promise<BookingRow> {
    await this.assertMayRecord(viewer, actor, input, null);
    const now = this.clock.now();
    const id = await this.bookings.withOverlapErrors(input.spaceId, input.startsAt, input.endsAt, null, () =>
      this.tx.run(async (em) => {
        const space = await this.consultationRoom(viewer, input.spaceId, em);
        await this.bookings.checkContent(space, { externalAttendees: 0 }, em);
        const calendar = await this.validator.calendar(space, input.startsAt, input.endsAt, em);
        const created = await this.bookings.insertChecked(
          viewer,
          space,
          calendar,
          { startsAt: input.startsAt, endsAt: input.endsAt, externalAttendees: 0, seriesId: null, now },
          em,
        );
        await this.recordExtras(actor, { id: created, bookerId: viewer.id }, input, em);
        await this.bookingsRepo.notifyChanged(space.siteId, [created], em);
        await this.bookings.mailChanged({ event: 'CREATED', bookingIds: [created] }, em);
        return created;
      }),
    );
    return (await this.bookingsRepo.findRow(id))!;
  }

  /** Holds every slot or none; each passes the whole rule set and must not overlap the worker's own bookings. */
  async hold(viewer: Viewer, input: HoldConsultationProposalsInput): Promise<{ setId: string; expiresAt: Date; ids: string[] }> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.proposalHoldHours * 60 * MINUTE);
    const setId = randomUUID();
    const keys = new Set(input.proposals.map((p) => `${p.spaceId}|${p.startsAt.getTime()}`));
    if (keys.size !== input.proposals.length) {
      throw DomainError.field('CONSULTATION_PROPOSALS_INVALID', 'proposals', 'The same slot is proposed twice');
    }
    const first = input.proposals[0]!;
    const ids = await this.bookings.withOverlapErrors(first.spaceId, first.startsAt, first.endsAt, null, () =>
      this.tx.run(async (em) => {
        const from = new Date(Math.min(...input.proposals.map((p) => p.startsAt.getTime())));
        const to = new Date(Math.max(...input.proposals.map((p) => p.endsAt.getTime())));
        const busy = await this.repo.personBusy(viewer.id, from, to, now, em);
        const created: { id: string; siteId: string }[] = [];
        for (const [i, p] of input.proposals.entries()) {
          if (busy.some((b) => b.start < p.endsAt.getTime() && p.startsAt.getTime() < b.end)) {
            throw DomainError.field('CONSULTATION_WORKER_BUSY', `proposals.${i}.startsAt`, 'You have another booking at that time');
          }
          const space = await this.consultationRoom(viewer, p.spaceId, em);
          const calendar = await this.validator.calendar(space, p.startsAt, p.endsAt, em);
          const { blockedUntil } = await this.validator.check(
            { space, calendar, bookerId: viewer.id, startsAt: p.startsAt, endsAt: p.endsAt, now },
            em,
          );
          const id = await this.bookingsRepo.insert(
            {
              spaceId: space.id,
              spaceKind: space.kind,
              bookerId: viewer.id,
              organisationId: null,
              seriesId: null,
              startsAt: p.startsAt,
              endsAt: p.endsAt,
              blockedUntil,
              title: null,
              externalAttendees: 0,
              status: 'PENDING',
              actorId: viewer.id,
              holdExpiresAt: expiresAt,
            },
            em,
          );
          await this.repo.addHold(id, setId, em);
          created.push({ id, siteId: space.siteId });
        }
        await this.notify(created, em);
        return created.map((c) => c.id);
      }),
    );
    return { setId, expiresAt, ids };
  }

  /** The citizen chose one held slot: it becomes a booking and the other slots of the set are let go at once. */
  async confirm(viewer: Viewer, actor: AuditActor, input: ConfirmConsultationProposalInput): Promise<BookingRow> {
    await this.assertMayRecord(viewer, actor, input, input.bookingId);
    const now = this.clock.now();
    await this.tx.run(async (em) => {
      const hold = await this.repo.lockHold(input.bookingId, em);
      if (!hold || hold.bookerId !== viewer.id) throw notFound('Booking', 'bookingId');
      if (hold.outcome !== null || hold.status !== 'PENDING' || hold.holdExpiresAt === null) {
        throw new DomainError('CONSULTATION_HOLD_NOT_HELD', 'This proposal is no longer held');
      }
      if (hold.holdExpiresAt.getTime() <= now.getTime()) {
        throw new DomainError('CONSULTATION_HOLD_EXPIRED', 'The hold on this proposal has expired');
      }
      if (hold.startsAt.getTime() <= now.getTime()) {
        throw DomainError.field('BOOKING_IN_PAST', 'bookingId', 'This proposal has already started');
      }
      await this.repo.confirmHold(hold.id, hold.requiresApproval ? 'PENDING' : 'CONFIRMED', viewer.id, now, em);
      const released = await this.repo.releaseSet(hold.proposalSetId, viewer.id, 'NOT_CHOSEN', hold.id, now, em);
      await this.recordExtras(actor, { id: hold.id, bookerId: viewer.id }, input, em);
      await this.notify([{ id: hold.id, siteId: hold.siteId }, ...released], em);
      await this.bookings.mailChanged({ event: 'CREATED', bookingIds: [hold.id] }, em);
    });
    return (await this.bookingsRepo.findRow(input.bookingId))!;
  }

  async release(viewer: Viewer, setId: string): Promise<void> {
    if (!(await this.repo.setBelongsTo(setId, viewer.id))) throw notFound('ProposalSet', 'proposalSetId');
    await this.tx.run(async (em) => {
      const released = await this.repo.releaseSet(setId, viewer.id, 'RELEASED', null, this.clock.now(), em);
      await this.notify(released, em);
    });
  }

  /** The viewer's sets with slots still held, each with its bookings. */
  async openSets(viewer: Viewer): Promise<{ id: string; expiresAt: Date; holds: BookingRow[] }[]> {
    const holds = await this.repo.openHolds(viewer.id, this.clock.now());
    const rows = new Map((await this.bookingsRepo.findRows(holds.map((h) => h.bookingId))).map((r) => [r.id, r]));
    const sets = new Map<string, { id: string; expiresAt: Date; holds: BookingRow[] }>();
    for (const h of holds) {
      const set = sets.get(h.setId) ?? { id: h.setId, expiresAt: h.holdExpiresAt, holds: [] };
      const row = rows.get(h.bookingId);
      if (row) set.holds.push(row);
      sets.set(h.setId, set);
    }
    for (const set of sets.values()) set.holds.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return [...sets.values()];
  }

  async setHolds(viewer: Viewer, setId: string): Promise<{ id: string; expiresAt: Date; holds: BookingRow[] }> {
    const set = (await this.openSets(viewer)).find((s) => s.id === setId);
    if (!set) throw notFound('ProposalSet', 'proposalSetId');
    return set;
  }

  /** Job: lets go of every hold that expired (the rooms were already free for new bookings). */
  async expireDue(): Promise<number> {
    return this.tx.run(async (em) => {
      const expired = await this.repo.expireDue(this.clock.now(), em);
      await this.notify(expired, em);
      return expired.length;
    });
  }

  private async notify(changed: readonly { id: string; siteId: string }[], em: EntityManager): Promise<void> {
    const bySite = new Map<string, string[]>();
    for (const c of changed) bySite.set(c.siteId, [...(bySite.get(c.siteId) ?? []), c.id]);
    for (const [siteId, ids] of bySite) await this.bookingsRepo.notifyChanged(siteId, ids, em);
  }

  /** A confidential consultation room the viewer may book; NOT_FOUND / SPACE_NOT_BOOKABLE / CONFIDENTIAL_SPACE_REQUIRED otherwise. */
  private async consultationRoom(viewer: Viewer, spaceId: string, em: EntityManager): Promise<SpaceRow> {
    const space = await this.validator.bookableSpace(viewer, spaceId, em);
    if (space.kind !== 'CONSULTATION_ROOM' || !space.confidential) {
      throw DomainError.field('CONFIDENTIAL_SPACE_REQUIRED', 'spaceId', 'Choose a confidential consultation room');
    }
    return space;
  }

  /** Client details and a co-worker are only for social workers; a refusal is logged. */
  private async assertMayRecord(viewer: Viewer, actor: AuditActor, extras: Extras, bookingId: string | null): Promise<void> {
    if (!hasExtras(extras) || viewer.can.has('SOCIAL_WORKER')) return;
    await this.audit.record(actor, { action: 'WRITE_DETAILS', result: 'DENIED', bookingId });
    throw new DomainError('CONFIDENTIAL_DETAILS_NOT_ALLOWED', 'Only social workers record client details');
  }

  private async recordExtras(
    actor: AuditActor,
    booking: { id: string; bookerId: string },
    extras: Extras,
    em: EntityManager,
  ): Promise<void> {
    const d = extras.details;
    if (d && (d.clientPseudonym || d.caseReference || d.note)) await this.details.write(actor, booking, d, em);
    if (extras.coWorkerId) await this.details.assignCoWorker(actor, booking, extras.coWorkerId, em);
  }
}

function hasExtras(e: Extras): boolean {
  return Boolean(e.coWorkerId || (e.details && (e.details.clientPseudonym || e.details.caseReference || e.details.note)));
}
