import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditActor } from '../../audit/audit.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Viewer } from '../../auth/viewer.js';
import { DataCipher } from '../../common/crypto/data-cipher.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction.js';
import { mayReadConfidentialDetails } from '../bookings/booking.mapper.js';
import { BookingsRepository, type BookingRow } from '../bookings/bookings.repository.js';
import { UsersRepository } from '../people/users.repository.js';
import type { ConfidentialDetailsModel } from './confidential.model.js';
import { ConfidentialDetailsRepository, type DetailsRow } from './confidential-details.repository.js';
import type { ConfidentialDetailsInput } from './dto/confidential.inputs.js';

/** The plaintext that gets sealed: short keys, nothing else. */
type Plain = { p: string | null; c: string | null; n: string | null };

const clean = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

/**
 * Reading and changing client details. Only the booker and the colleague they name may read them;
 * only the booker may change them. Every read, every refusal and every change of who may read is
 * written to the audit log; a refusal answers NOT_FOUND so nobody learns which bookings have details.
 */
@Injectable()
export class ConfidentialDetailsService {
  constructor(
    private readonly repo: ConfidentialDetailsRepository,
    private readonly bookings: BookingsRepository,
    private readonly users: UsersRepository,
    private readonly cipher: DataCipher,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async read(viewer: Viewer, actor: AuditActor, bookingId: string): Promise<ConfidentialDetailsModel> {
    const booking = await this.bookings.findRow(bookingId);
    if (!booking || !mayReadConfidentialDetails(viewer, booking)) {
      await this.audit.record(actor, { action: 'READ_DETAILS', result: 'DENIED', bookingId });
      throw notFound('Booking', 'bookingId');
    }
    const row = await this.repo.find(bookingId);
    await this.audit.record(actor, { action: 'READ_DETAILS', result: 'ALLOWED', bookingId });
    return this.toModel(viewer, booking, row);
  }

  async update(
    viewer: Viewer,
    actor: AuditActor,
    input: ConfidentialDetailsInput & { bookingId: string },
  ): Promise<ConfidentialDetailsModel> {
    const booking = await this.changeableOrThrow(viewer, actor, input.bookingId, 'WRITE_DETAILS');
    await this.tx.run((em) => this.write(actor, booking, input, em));
    return this.toModel(viewer, booking, await this.repo.find(booking.id));
  }

  async setCoWorker(viewer: Viewer, actor: AuditActor, bookingId: string, coWorkerId: string | null): Promise<ConfidentialDetailsModel> {
    const booking = await this.changeableOrThrow(viewer, actor, bookingId, coWorkerId ? 'GRANT_ACCESS' : 'REVOKE_ACCESS', coWorkerId);
    await this.tx.run((em) => this.assignCoWorker(actor, booking, coWorkerId, em));
    return this.toModel(viewer, booking, await this.repo.find(booking.id));
  }

  /** Seals and stores the details inside the caller's transaction; the audit entry commits with them. */
  async write(actor: AuditActor, booking: Pick<BookingRow, 'id'>, input: ConfidentialDetailsInput, em: EntityManager): Promise<void> {
    const { erasedAt } = await this.repo.lockForChange(booking.id, em);
    if (erasedAt) throw new DomainError('CONFIDENTIAL_DETAILS_ERASED', 'The details of this talk were erased after the retention period');
    const plain: Plain = { p: clean(input.clientPseudonym), c: clean(input.caseReference), n: clean(input.note) };
    const empty = plain.p === null && plain.c === null && plain.n === null;
    await this.repo.storeSealed(booking.id, empty ? null : this.cipher.seal(JSON.stringify(plain), booking.id), em);
    await this.audit.record(actor, { action: 'WRITE_DETAILS', result: 'ALLOWED', bookingId: booking.id }, em);
  }

  /** Names (or removes) the colleague who may read the details, inside the caller's transaction. */
  async assignCoWorker(
    actor: AuditActor,
    booking: Pick<BookingRow, 'id' | 'bookerId'>,
    coWorkerId: string | null,
    em: EntityManager,
  ): Promise<void> {
    if (coWorkerId) {
      const user = await this.users.findRow(coWorkerId, em);
      if (!user?.active || !user.roles.includes('SOCIAL_WORKER') || coWorkerId === booking.bookerId) {
        throw DomainError.field('CONFIDENTIAL_COWORKER_INVALID', 'coWorkerId', 'The co-worker must be another active social worker');
      }
    }
    const { coWorkerId: previous } = await this.repo.lockForChange(booking.id, em);
    if (previous === coWorkerId) return;
    await this.repo.setCoWorker(booking.id, coWorkerId, em);
    if (previous)
      await this.audit.record(actor, { action: 'REVOKE_ACCESS', result: 'ALLOWED', bookingId: booking.id, subjectId: previous }, em);
    if (coWorkerId)
      await this.audit.record(actor, { action: 'GRANT_ACCESS', result: 'ALLOWED', bookingId: booking.id, subjectId: coWorkerId }, em);
  }

  /** The booker of a confidential talk who is a social worker; anyone else is refused, and the refusal logged. */
  private async changeableOrThrow(
    viewer: Viewer,
    actor: AuditActor,
    bookingId: string,
    action: 'WRITE_DETAILS' | 'GRANT_ACCESS' | 'REVOKE_ACCESS',
    subjectId: string | null = null,
  ): Promise<BookingRow> {
    const booking = await this.bookings.findRow(bookingId);
    const isBooker = booking !== undefined && booking.bookerId === viewer.id && mayReadConfidentialDetails(viewer, booking);
    const isHold = booking?.holdExpiresAt != null && booking.status === 'PENDING';
    if (!isBooker || isHold) {
      await this.audit.record(actor, { action, result: 'DENIED', bookingId, subjectId });
      if (booking && !isHold && mayReadConfidentialDetails(viewer, booking)) {
        throw new DomainError('FORBIDDEN', 'Only the social worker who booked the talk can change this');
      }
      if (isHold && isBooker) {
        throw new DomainError('CONSULTATION_HOLD_NOT_HELD', 'Confirm the proposal the citizen chose before recording details');
      }
      throw notFound('Booking', 'bookingId');
    }
    return booking;
  }

  private toModel(viewer: Viewer, booking: BookingRow, row: DetailsRow | undefined): ConfidentialDetailsModel {
    const plain: Plain = row?.ciphertext
      ? (JSON.parse(this.cipher.open({ keyId: row.keyId!, iv: row.iv!, ciphertext: row.ciphertext }, booking.id)) as Plain)
      : { p: null, c: null, n: null };
    return {
      bookingId: booking.id,
      clientPseudonym: plain.p,
      caseReference: plain.c,
      note: plain.n,
      coWorker: row?.coWorkerId
        ? { id: row.coWorkerId, displayName: row.coWorkerName ?? '', departmentName: row.coWorkerDepartment }
        : null,
      erasedAt: row?.erasedAt ?? null,
      viewerIsBooker: booking.bookerId === viewer.id,
    };
  }
}
