import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { SPACE_KINDS } from '../spaces/space-kind.js';
import { MIN_GROUP_SIZE } from './figures.js';
import { MeasuresRepository } from './measures.repository.js';
import type { MeasureStatus, SuccessMeasureKey, SuccessMeasureModel } from './measures.model.js';
import { TargetsService } from './targets.service.js';

const ZONE = 'Europe/Brussels';
const WEEKS = 12;

/** Seed 002's targets, used until a facility manager sets another. */
export const MEASURE_DEFAULTS: Record<SuccessMeasureKey, { target: number; cap: number | null }> = {
  FLEX_DESKS: { target: 0.1, cap: 25 },
  ACTIVITY_SPACES: { target: 1, cap: null },
  WORKPLACE_SATISFACTION: { target: 3, cap: null },
  CROSS_DEPARTMENT_MEETINGS: { target: 0.5, cap: null },
  PARTNER_ORGANISATIONS: { target: 3, cap: null },
  PARTNER_HOURS: { target: 1, cap: null },
  EXTERNAL_SERVICES_ON_DESKS: { target: 3, cap: null },
  SATELLITE_SERVICE_POINTS: { target: 1, cap: null },
  SATELLITE_CONTACT_TREND: { target: 0, cap: null },
};

const TARGET_RANGE: Record<SuccessMeasureKey, [number, number]> = {
  FLEX_DESKS: [0.001, 1],
  ACTIVITY_SPACES: [1, 1000],
  WORKPLACE_SATISFACTION: [1, 5],
  CROSS_DEPARTMENT_MEETINGS: [0, 40],
  PARTNER_ORGANISATIONS: [0, 10000],
  PARTNER_HOURS: [0, 10000],
  EXTERNAL_SERVICES_ON_DESKS: [0, 10000],
  SATELLITE_SERVICE_POINTS: [0, 1000],
  SATELLITE_CONTACT_TREND: [-1, 10],
};

type Measure = Omit<SuccessMeasureModel, 'target' | 'cap' | 'targetIsDefault' | 'status'> & { met: boolean | null; suppressed?: boolean };

/** The success measures (seed 002 / DOMAIN.md), each computed from whatever data exists now. */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly repo: MeasuresRepository,
    private readonly targets: TargetsService,
    private readonly clock: Clock,
  ) {}

  async all(): Promise<SuccessMeasureModel[]> {
    const now = this.clock.now();
    const set = new Map((await this.targets.measureTargets()).map((t) => [t.measure, t]));
    const targetOf = (key: SuccessMeasureKey) => {
      const row = set.get(key);
      return { target: row?.target ?? MEASURE_DEFAULTS[key].target, cap: row ? row.cap : MEASURE_DEFAULTS[key].cap, isDefault: !row };
    };
    const local = DateTime.fromJSDate(now, { zone: ZONE });
    const year = { from: local.minus({ months: 12 }), to: local };
    const weeks = { from: local.minus({ weeks: WEEKS }), to: local };
    const window = (w: { from: DateTime; to: DateTime }) => ({ windowFrom: w.from.toISODate(), windowTo: w.to.toISODate() });
    const out: SuccessMeasureModel[] = [];
    const add = (key: SuccessMeasureKey, compute: (t: { target: number; cap: number | null }) => Measure) => {
      const t = targetOf(key);
      const m = compute(t);
      const status: MeasureStatus = m.suppressed ? 'SUPPRESSED' : m.met === null ? 'NO_DATA' : m.met ? 'MET' : 'NOT_MET';
      const { met: _met, suppressed: _s, ...rest } = m;
      out.push({ ...rest, target: t.target, cap: t.cap, targetIsDefault: t.isDefault, status, value: m.suppressed ? null : m.value });
    };
    const [desks, kinds, satisfaction, cross, partners, partnerHours, deskPartners, satellites, contact] = await Promise.all([
      this.repo.deskCounts(),
      this.repo.spacesPerKind(),
      this.repo.satisfaction(year.from.toJSDate(), now),
      this.repo.crossDepartment(weeks.from.toJSDate(), now),
      this.repo.partnerOrganisations(year.from.toJSDate(), now, null),
      this.repo.partnerHours(weeks.from.toJSDate(), now),
      this.repo.partnerOrganisations(year.from.toJSDate(), now, ['DESK', 'FRONT_DESK']),
      this.repo.satellites(),
      this.repo.satelliteContactHours(local.startOf('month').minus({ months: 6 }).toISODate()!, now),
    ]);
    const none = { details: [], series: [], names: [], windowFrom: null, windowTo: null };

    add('FLEX_DESKS', ({ target, cap }) => {
      const required = Math.min(Math.ceil(target * desks.screenWorkers), cap ?? Infinity);
      return {
        ...none,
        key: 'FLEX_DESKS',
        unit: 'SHARE',
        value: desks.screenWorkers ? desks.desks / desks.screenWorkers : null,
        met: desks.screenWorkers ? desks.desks >= required : null,
        details: [
          { key: 'desks', value: desks.desks },
          { key: 'screenWorkers', value: desks.screenWorkers },
          { key: 'required', value: required },
        ],
      };
    });
    add('ACTIVITY_SPACES', ({ target }) => {
      const counts = SPACE_KINDS.map((k) => ({ key: k, value: kinds.find((x) => x.kind === k)?.n ?? 0 }));
      const meeting = counts.filter((c) => c.value >= target).length;
      return { ...none, key: 'ACTIVITY_SPACES', unit: 'COUNT', value: meeting, met: meeting === SPACE_KINDS.length, details: counts };
    });
    add('WORKPLACE_SATISFACTION', ({ target }) => ({
      ...none,
      ...window(year),
      key: 'WORKPLACE_SATISFACTION',
      unit: 'SCORE',
      value: satisfaction.average,
      met: satisfaction.average === null ? null : satisfaction.average >= target,
      suppressed: satisfaction.raters > 0 && satisfaction.raters < MIN_GROUP_SIZE,
      details: [{ key: 'ratings', value: satisfaction.ratings }],
    }));
    add('CROSS_DEPARTMENT_MEETINGS', ({ target }) => {
      const value = cross.headcount ? cross.personHours / cross.headcount / WEEKS : null;
      return {
        ...none,
        ...window(weeks),
        key: 'CROSS_DEPARTMENT_MEETINGS',
        unit: 'HOURS_PER_EMPLOYEE_WEEK',
        value,
        met: value === null ? null : value >= target,
        details: [
          { key: 'meetings', value: cross.meetings },
          { key: 'personHours', value: cross.personHours },
          { key: 'headcount', value: cross.headcount },
        ],
      };
    });
    add('PARTNER_ORGANISATIONS', ({ target }) => ({
      ...none,
      ...window(year),
      key: 'PARTNER_ORGANISATIONS',
      unit: 'COUNT',
      value: partners.length,
      met: partners.length >= target,
      names: partners.map((p) => p.name),
    }));
    add('PARTNER_HOURS', ({ target }) => ({
      ...none,
      ...window(weeks),
      key: 'PARTNER_HOURS',
      unit: 'HOURS_PER_WEEK',
      value: partnerHours.hours / WEEKS,
      met: partnerHours.hours / WEEKS >= target,
    }));
    add('EXTERNAL_SERVICES_ON_DESKS', ({ target }) => ({
      ...none,
      ...window(year),
      key: 'EXTERNAL_SERVICES_ON_DESKS',
      unit: 'COUNT',
      value: deskPartners.length,
      met: deskPartners.length >= target,
      names: deskPartners.map((p) => p.name),
    }));
    add('SATELLITE_SERVICE_POINTS', ({ target }) => ({
      ...none,
      key: 'SATELLITE_SERVICE_POINTS',
      unit: 'COUNT',
      value: satellites.length,
      met: satellites.length >= target,
      names: satellites.map((s) => s.name),
    }));
    add('SATELLITE_CONTACT_TREND', ({ target }) => {
      // the six full months before this one: the last three against the three before
      const full = contact.slice(0, -1);
      const sum = (xs: { hours: number }[]) => xs.reduce((a, b) => a + b.hours, 0);
      const earlier = sum(full.slice(0, 3));
      const later = sum(full.slice(3, 6));
      const value = earlier > 0 ? (later - earlier) / earlier : null;
      return {
        ...none,
        key: 'SATELLITE_CONTACT_TREND',
        unit: 'CHANGE',
        windowFrom: contact[0]?.month ?? null,
        windowTo: local.toISODate(),
        value,
        met: value !== null ? value > target : later > 0 ? true : null,
        series: contact.map((c) => ({ month: c.month, value: c.hours })),
        details: [
          { key: 'earlierHours', value: earlier },
          { key: 'laterHours', value: later },
        ],
      };
    });
    return out;
  }

  async setTarget(viewer: Viewer, key: SuccessMeasureKey, target: number, cap: number | null): Promise<SuccessMeasureModel> {
    const [min, max] = TARGET_RANGE[key];
    if (target < min || target > max) {
      throw DomainError.field('TARGET_INVALID', 'target', `The target must lie between ${min} and ${max}`, { min, max });
    }
    await this.targets.setMeasureTarget(viewer, key, target, key === 'FLEX_DESKS' ? cap : null);
    return (await this.all()).find((m) => m.key === key)!;
  }
}
