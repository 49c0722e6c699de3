import { Injectable } from '@nestjs/common';
import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { timeToMinutes } from '../../common/time/local-time.js';
import { TransactionRunner } from '../../database/transaction.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import { SPACE_KINDS } from '../spaces/space-kind.js';
import type {
  CreateOrganisationInput,
  OrganisationContactInput,
  OrganisationsFilter,
  SetOrganisationAccessInput,
  SetOrganisationTariffsInput,
  UpdateOrganisationInput,
} from './dto/organisation.inputs.js';
import { parseEnterpriseNumber } from './enterprise-number.js';
import type { OrganisationEntity } from './organisation.entity.js';
import { monthRange } from './partner-month.js';
import { OrganisationsRepository, type NewGrant, type OrganisationRow } from './organisations.repository.js';
import type { EntityManager } from 'typeorm';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly repo: OrganisationsRepository,
    private readonly tx: TransactionRunner,
    private readonly changes: AdminChangesService,
  ) {}

  list(filter: OrganisationsFilter = {}): Promise<OrganisationRow[]> {
    return this.repo.list(filter);
  }

  /** Managers see every organisation; a partner only its own; anyone else none (NOT_FOUND, so ids cannot be probed). */
  async getOrThrow(viewer: Viewer, id: string): Promise<OrganisationRow> {
    const mayRead = hasAnyRole(viewer, 'FACILITY_MANAGER', 'ADMIN') || viewer.organisationId === id;
    const row = mayRead ? await this.repo.findRow(id) : undefined;
    if (!row) throw notFound('Organisation', 'id');
    return row;
  }

  async mine(viewer: Viewer): Promise<OrganisationRow> {
    if (!viewer.organisationId) throw notFound('Organisation');
    return this.getOrThrow(viewer, viewer.organisationId);
  }

  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<OrganisationRow> {
    const { contacts, enterpriseNumber, ...rest } = input;
    const values: Partial<OrganisationEntity> = {
      ...rest,
      address: rest.address ?? '',
      monthlyHourQuota: rest.monthlyHourQuota ?? null,
      agreementStartsOn: rest.agreementStartsOn ?? null,
      agreementEndsOn: rest.agreementEndsOn ?? null,
      enterpriseNumber: normaliseEnterpriseNumber(enterpriseNumber),
    };
    checkAgreement(values.agreementStartsOn ?? null, values.agreementEndsOn ?? null);
    const id = await this.tx.run(async (em) => {
      const created = await this.repo.insert(values, em);
      await this.repo.replaceContacts(created, contacts.map(toContact), em);
      const after = await this.snapshot(created, em);
      await this.changes.record(em, viewer, { action: 'organisation.create', ...target(created, after), after });
      return created;
    });
    return (await this.repo.findRow(id))!;
  }

  async update(viewer: Viewer, input: UpdateOrganisationInput): Promise<OrganisationRow> {
    const existing = await this.repo.findRow(input.id);
    if (!existing) throw notFound('Organisation', 'id');
    const { id, contacts, enterpriseNumber, termsVersion, termsAcceptedAt, ...rest } = input;
    const changes: Partial<OrganisationEntity> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    if (enterpriseNumber !== undefined) changes.enterpriseNumber = normaliseEnterpriseNumber(enterpriseNumber);
    if (termsVersion !== undefined || termsAcceptedAt !== undefined) {
      if (!termsVersion !== !termsAcceptedAt) {
        throw DomainError.field('VALIDATION_FAILED', 'termsAcceptedAt', 'Give the version and the date of the accepted terms together');
      }
      Object.assign(changes, { termsVersion: termsVersion || null, termsAcceptedAt: termsAcceptedAt ?? null });
    }
    checkAgreement(
      changes.agreementStartsOn !== undefined ? changes.agreementStartsOn : existing.agreementStartsOn,
      changes.agreementEndsOn !== undefined ? changes.agreementEndsOn : existing.agreementEndsOn,
    );
    await this.tx.run(async (em) => {
      const before = await this.snapshot(id, em);
      await this.repo.update(id, changes, em);
      if (contacts) await this.repo.replaceContacts(id, contacts.map(toContact), em);
      const after = await this.snapshot(id, em);
      await this.changes.record(em, viewer, { action: 'organisation.update', ...target(id, after), before, after });
    });
    return (await this.repo.findRow(id))!;
  }

  /** Replaces which spaces the organisation may use and when. */
  async setAccess(viewer: Viewer, input: SetOrganisationAccessInput): Promise<OrganisationRow> {
    const existing = await this.repo.findRow(input.organisationId);
    if (!existing) throw notFound('Organisation', 'organisationId');
    const grants = dedupe(
      input.grants.map((g, i): NewGrant => {
        if (g.spaceId && (g.siteId || g.spaceKind)) {
          throw DomainError.field('ORGANISATION_ACCESS_INVALID', `grants.${i}`, 'A grant names one space, or a site and/or kind');
        }
        return { siteId: g.siteId ?? null, spaceKind: g.spaceKind ?? null, spaceId: g.spaceId ?? null };
      }),
    );
    checkHours(input.hours);
    await this.tx.run(async (em) => {
      const spaceIds = grants.flatMap((g) => (g.spaceId ? [g.spaceId] : []));
      const open = await this.repo.partnerSpaces(spaceIds, em);
      const closed = spaceIds.findIndex((id) => !open.has(id));
      if (closed >= 0) {
        throw DomainError.field('ORGANISATION_ACCESS_INVALID', 'grants', 'This space is not open to partners (or does not exist)', {
          spaceId: spaceIds[closed]!,
        });
      }
      const before = await this.accessSnapshot(input.organisationId, em);
      await this.repo.replaceAccess(input.organisationId, grants, em);
      await this.repo.replaceHours(input.organisationId, input.hours, em);
      const after = await this.accessSnapshot(input.organisationId, em);
      await this.changes.record(em, viewer, { action: 'organisation.access', ...target(existing.id, existing), before, after });
    });
    return existing;
  }

  async setTariffs(viewer: Viewer, input: SetOrganisationTariffsInput): Promise<OrganisationRow> {
    const existing = await this.repo.findRow(input.organisationId);
    if (!existing) throw notFound('Organisation', 'organisationId');
    await this.tx.run(async (em) => {
      const centsPerHour = async () =>
        Object.fromEntries((await this.repo.tariffs([existing.id], em)).map((t) => [t.spaceKind, t.centsPerHour]));
      const before = { centsPerHour: await centsPerHour() };
      await this.repo.setTariffs(input.organisationId, input.tariffs, em);
      const after = { centsPerHour: await centsPerHour() };
      await this.changes.record(em, viewer, { action: 'organisation.tariffs', ...target(existing.id, existing), before, after });
    });
    return existing;
  }

  /** What the change log keeps of an organisation: its settings and contacts' names, no passwords or tokens. */
  private async snapshot(id: string, em: EntityManager) {
    const row = (await this.repo.findRow(id, em))!;
    const contacts = await this.repo.contacts([id], em);
    return {
      name: row.name,
      enterpriseNumber: row.enterpriseNumber,
      address: row.address,
      status: row.status,
      trusted: row.trusted,
      monthlyHourQuota: row.monthlyHourQuota,
      agreementStartsOn: row.agreementStartsOn,
      agreementEndsOn: row.agreementEndsOn,
      termsVersion: row.termsVersion,
      contacts: contacts.map((c) => c.name),
    };
  }

  private async accessSnapshot(id: string, em: EntityManager) {
    const grants = await this.repo.access([id], em);
    const hours = await this.repo.hours([id], em);
    return {
      grants: grants.map((g) => [g.siteName ?? '*', g.spaceKind ?? '*', g.spaceName ?? '*'].join(' / ')),
      hours: hours.map((h) => `${h.weekday} ${h.opensAt.slice(0, 5)}–${h.closesAt.slice(0, 5)}`),
    };
  }

  contacts(orgId: string) {
    return this.repo.contacts([orgId]);
  }

  access(orgId: string) {
    return this.repo.access([orgId]);
  }

  hours(orgId: string) {
    return this.repo.hours([orgId]);
  }

  members(orgId: string) {
    return this.repo.members([orgId]);
  }

  /** A tariff for every kind; kinds without a row cost nothing. */
  async tariffs(orgId: string) {
    const rows = new Map((await this.repo.tariffs([orgId])).map((t) => [t.spaceKind, t.centsPerHour]));
    return SPACE_KINDS.map((spaceKind) => ({ spaceKind, centsPerHour: rows.get(spaceKind) ?? 0 }));
  }

  async usage(org: OrganisationRow, month: string) {
    const range = monthRange(month);
    if (!range) throw DomainError.field('VALIDATION_FAILED', 'month', 'Give a month as YYYY-MM');
    const usedMinutes = await this.repo.usedMinutes(org.id, range.from, range.to);
    const quota = org.monthlyHourQuota;
    return { month, quotaHours: quota, usedMinutes, remainingMinutes: quota === null ? null : Math.max(0, quota * 60 - usedMinutes) };
  }
}

function normaliseEnterpriseNumber(input: string | null | undefined): string | null {
  if (input === undefined || input === null || input.trim() === '') return null;
  const parsed = parseEnterpriseNumber(input);
  if (!parsed.ok) throw DomainError.field(parsed.problem, 'enterpriseNumber', parsed.message);
  return parsed.value;
}

function checkAgreement(startsOn: string | null, endsOn: string | null): void {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw DomainError.field('ORGANISATION_AGREEMENT_INVALID', 'agreementEndsOn', 'The agreement cannot end before it starts');
  }
}

function checkHours(hours: readonly { weekday: number; opensAt: string; closesAt: string }[]): void {
  const byDay = new Map<number, [number, number][]>();
  hours.forEach((h, i) => {
    const opens = timeToMinutes(h.opensAt);
    const closes = timeToMinutes(h.closesAt);
    if (!(opens < closes)) {
      throw DomainError.field('ORGANISATION_HOURS_INVALID', `hours.${i}.closesAt`, 'The end must be after the start', {
        weekday: h.weekday,
      });
    }
    byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), [opens, closes]]);
  });
  for (const [weekday, blocks] of byDay) {
    const sorted = [...blocks].sort((a, b) => a[0] - b[0]);
    if (sorted.some((b, i) => i > 0 && b[0] < sorted[i - 1]![1])) {
      throw DomainError.field('ORGANISATION_HOURS_INVALID', 'hours', 'Time blocks on one day overlap', { weekday });
    }
  }
}

function toContact(c: OrganisationContactInput) {
  return { name: c.name, email: c.email ?? null, phone: c.phone || null, jobTitle: c.jobTitle || null };
}

function dedupe(grants: NewGrant[]): NewGrant[] {
  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = `${g.siteId}|${g.spaceKind}|${g.spaceId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function target(id: string, o: { name: string }) {
  return { targetType: 'ORGANISATION' as const, targetId: id, targetLabel: o.name };
}
