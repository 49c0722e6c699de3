import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import { DepartmentsRepository } from './departments.repository.js';
import type { ImportUsersInput } from './dto/user-import.input.js';
import { userSnapshot } from './people.service.js';
import { planImport, readUserCsv, type ImportRecord, type PlannedRow } from './user-import.js';
import type { UserImportResultModel } from './user-import.model.js';
import { UsersRepository } from './users.repository.js';

/**
 * Imports users from a spreadsheet: a dry run reports what each row would do and what is wrong with
 * it; the real run writes every row or, when any row is wrong, none. Users are matched by e-mail,
 * so importing the same file again changes nothing.
 */
@Injectable()
export class UserImportService {
  constructor(
    private readonly users: UsersRepository,
    private readonly departments: DepartmentsRepository,
    private readonly changes: AdminChangesService,
    private readonly tx: TransactionRunner,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  async run(viewer: Viewer, input: ImportUsersInput): Promise<UserImportResultModel> {
    const records = readUserCsv(input.csv);
    if (input.dryRun) return summary(await this.plan(viewer, records, this.ds.manager), false);
    return this.tx.run(async (em) => {
      const planned = await this.plan(viewer, records, em);
      const invalid = planned.filter((r) => r.action === 'INVALID').length;
      if (invalid) {
        throw new DomainError('USER_IMPORT_INVALID', `${invalid} row(s) have errors; nothing was imported`, {
          params: { invalidRows: invalid },
        });
      }
      for (const row of planned) await this.write(viewer, row, em);
      return summary(planned, true);
    });
  }

  private async plan(viewer: Viewer, records: ImportRecord[], em: EntityManager): Promise<PlannedRow[]> {
    const emails = records.map((r) => (r.values.email ?? '').trim().toLowerCase()).filter(Boolean);
    const existing = await this.users.byEmails(emails, em);
    return planImport(records, {
      departments: await this.departments.idsByName(em),
      existing: new Map(existing.map((u) => [u.email, { ...u, fte: Number(u.fte) }])),
      viewerIsAdmin: viewer.can.has('ADMIN'),
    });
  }

  private async write(viewer: Viewer, row: PlannedRow, em: EntityManager): Promise<void> {
    const { email: _email, fte, ...values } = row.values;
    const columns = { ...values, ...(fte !== undefined ? { fte: String(fte) } : {}) };
    if (row.action === 'CREATE') {
      const created = await this.users.insert({ email: row.email, roles: ['EMPLOYEE'], ...columns }, em);
      const after = (await this.users.findRow(created.id, em))!;
      await this.changes.record(em, viewer, {
        action: 'user.import',
        targetType: 'USER',
        targetId: after.id,
        targetLabel: after.displayName,
        after: userSnapshot(after),
        note: 'CSV import',
      });
    } else if (row.action === 'UPDATE') {
      const before = (await this.users.findRow(row.userId!, em))!;
      await this.users.update(row.userId!, columns, em);
      const after = (await this.users.findRow(row.userId!, em))!;
      await this.changes.record(em, viewer, {
        action: 'user.import',
        targetType: 'USER',
        targetId: after.id,
        targetLabel: after.displayName,
        before: userSnapshot(before),
        after: userSnapshot(after),
        note: 'CSV import',
      });
    }
  }
}

function summary(rows: PlannedRow[], applied: boolean): UserImportResultModel {
  const count = (a: PlannedRow['action']) => rows.filter((r) => r.action === a).length;
  return {
    applied,
    created: count('CREATE'),
    updated: count('UPDATE'),
    unchanged: count('UNCHANGED'),
    invalid: count('INVALID'),
    rows: rows.map(({ values: _v, ...r }) => r),
  };
}
