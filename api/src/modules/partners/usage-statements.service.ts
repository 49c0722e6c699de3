import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { formatEnterpriseNumber } from '../organisations/enterprise-number.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { monthRange } from '../organisations/partner-month.js';
import type { StatementData } from './usage-csv.js';
import { UsageStatementsRepository, type UsageBookingRow } from './usage-statements.repository.js';

export type Statement = StatementData & { organisationId: string; bookings: UsageBookingRow[] };

/** What an organisation used in a month, per kind of space, at its tariffs: for invoicing and for the partner. */
@Injectable()
export class UsageStatementsService {
  constructor(
    private readonly repo: UsageStatementsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Managers: any organisation; a partner: its own (the id may be left out). */
  async statement(viewer: Viewer, organisationId: string | undefined, month: string): Promise<Statement> {
    const id = organisationId ?? viewer.organisationId;
    if (!id) throw DomainError.field('VALIDATION_FAILED', 'organisationId', 'Say which organisation');
    const org = await this.organisations.getOrThrow(viewer, id);
    const range = monthRange(month);
    if (!range) throw DomainError.field('STATEMENT_MONTH_INVALID', 'month', 'Give a month as YYYY-MM');
    const [lines, bookings] = await Promise.all([
      this.repo.lines(org.id, range.from, range.to),
      this.repo.bookings(org.id, range.from, range.to),
    ]);
    return {
      organisationId: org.id,
      organisationName: org.name,
      enterpriseNumber: org.enterpriseNumber ? formatEnterpriseNumber(org.enterpriseNumber) : null,
      month,
      lines,
      bookings,
      totalMinutes: lines.reduce((n, l) => n + l.minutes, 0),
      totalCents: lines.reduce((n, l) => n + l.amountCents, 0),
    };
  }
}
