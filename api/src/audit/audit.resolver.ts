import { Args, Query, Resolver } from '@nestjs/graphql';
import { stringify } from 'csv-stringify/sync';
import { CurrentViewer, Roles } from '../auth/decorators.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/errors/domain-error.js';
import {
  AuditChainVerificationModel,
  AuditLogArgs,
  AuditLogExportArgs,
  AuditLogExportModel,
  AuditLogEntryModel,
  AuditLogPageModel,
} from './audit.model.js';
import type { AuditRow } from './audit-log.repository.js';
import { AuditService } from './audit.service.js';
import { RequestId } from './request-id.js';

const MAX_EXPORT_DAYS = 366;
const MAX_EXPORT_ROWS = 100_000;

/** The confidential audit log is for administrators only; reading it reveals no client detail. */
@Resolver()
@Roles('ADMIN')
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditLogPageModel, { description: 'The confidential audit log, newest first, a page at a time' })
  async confidentialAuditLog(@Args() args: AuditLogArgs): Promise<AuditLogPageModel> {
    const rows = await this.audit.list({ ...args, beforeSeq: args.before, limit: args.first + 1 });
    const page = rows.slice(0, args.first);
    return { entries: page.map(toEntry), nextCursor: rows.length > args.first ? page[page.length - 1]!.seq : null };
  }

  @Query(() => AuditChainVerificationModel, { description: 'Recomputes the hash chain: whether any entry was changed or removed' })
  confidentialAuditLogVerification(): Promise<AuditChainVerificationModel> {
    return this.audit.verify();
  }

  @Query(() => AuditLogExportModel, { description: 'The entries of a period as CSV; the export itself is logged' })
  async confidentialAuditLogExport(
    @CurrentViewer() viewer: Viewer,
    @RequestId() requestId: string | null,
    @Args() args: AuditLogExportArgs,
  ): Promise<AuditLogExportModel> {
    if (args.to.getTime() <= args.from.getTime() || args.to.getTime() - args.from.getTime() > MAX_EXPORT_DAYS * 86_400_000) {
      throw DomainError.field('RANGE_TOO_LARGE', 'to', `Export at most ${MAX_EXPORT_DAYS} days, with to after from`, {
        maxDays: MAX_EXPORT_DAYS,
      });
    }
    const rows = await this.audit.list({ from: args.from, to: args.to, limit: MAX_EXPORT_ROWS });
    await this.audit.record({ actorId: viewer.id, requestId }, { action: 'EXPORT', result: 'ALLOWED' });
    const content = stringify(
      rows.map((r) => [
        r.seq,
        r.occurredAt.toISOString(),
        r.actorId ?? '',
        r.actorName ?? '',
        r.bookingId ?? '',
        r.subjectId ?? '',
        r.action,
        r.result,
        r.requestId ?? '',
        r.prevHash,
        r.hash,
      ]),
      {
        header: true,
        columns: [
          'seq',
          'occurred_at',
          'actor_id',
          'actor',
          'booking_id',
          'subject_id',
          'action',
          'result',
          'request_id',
          'prev_hash',
          'hash',
        ],
      },
    );
    const day = (d: Date) => d.toISOString().slice(0, 10);
    return { filename: `audit-log-${day(args.from)}-${day(args.to)}.csv`, contentType: 'text/csv', content, entries: rows.length };
  }
}

function toEntry(r: AuditRow): AuditLogEntryModel {
  return {
    seq: r.seq,
    occurredAt: r.occurredAt,
    actor: r.actorId ? { id: r.actorId, displayName: r.actorName ?? '' } : null,
    bookingId: r.bookingId,
    subject: r.subjectId ? { id: r.subjectId, displayName: r.subjectName ?? '' } : null,
    action: r.action,
    result: r.result,
    requestId: r.requestId,
    hash: r.hash,
  };
}
