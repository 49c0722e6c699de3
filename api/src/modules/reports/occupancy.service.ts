import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error.js';
import { addDays } from '../../common/time/local-time.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import type { OccupancyReportInput } from './dto/report.inputs.js';
import { figure, isSuppressed, MIN_GROUP_SIZE, peakFigures, ratioBand, share, type Band, type DayPeak, type Figure } from './figures.js';
import { GROUPING_ID, OccupancyRepository, type DayRow, type ReportScope, type SumRow } from './occupancy.repository.js';
import type { GroupBy } from './occupancy.sql.js';
import type { OccupancyTarget } from './targets.repository.js';
import { TargetsService } from './targets.service.js';

const MAX_DAYS = 366;
const HOUR = 3600;

export type GroupFigures = { key: string; label: string; kind: SpaceKind | null } & Record<
  'bookedOccupancy' | 'utilisation' | 'peakOccupancy' | 'p80DayOccupancy' | 'noShowRate',
  Figure
>;

export type OccupancyReport = {
  from: string;
  to: string;
  openDays: number;
  suppressed: boolean;
  minimumGroupSize: number;
  target: OccupancyTarget;
  desks: number;
  ratioBase: number | null;
  deskRatio: Figure;
  bookedOccupancy: Figure;
  utilisation: Figure;
  peakOccupancy: Figure;
  p80DayOccupancy: Figure;
  averageDayPeak: Figure;
  noShowRate: Figure;
  peakDay: string | null;
  availableHours: number | null;
  bookedHours: number | null;
  checkedInHours: number | null;
  bookings: number | null;
  released: number | null;
  heatmap: { weekday: number; hour: number; availableHours: number; bookedOccupancy: Figure; utilisation: Figure }[];
  byWeekday: Slice[];
  byHour: Slice[];
  trend: { weekStart: string; bookedOccupancy: Figure; utilisation: Figure; peakOccupancy: Figure; noShowRate: Figure }[];
  groupBy: GroupBy | null;
  groups: GroupFigures[];
};

type Slice = { weekday: number | null; hour: number | null; bookedOccupancy: Figure; utilisation: Figure; noShowRate: Figure };

const EMPTY: Omit<SumRow, 'gid' | 'week' | 'weekday' | 'hour' | 'gkey'> = {
  section: 'sum',
  avail: 0,
  booked: 0,
  checked: 0,
  people: 0,
  released: 0,
  total: 0,
};

/** Assembles the occupancy report from the one SQL statement's aggregate rows. */
@Injectable()
export class OccupancyService {
  constructor(
    private readonly repo: OccupancyRepository,
    private readonly targets: TargetsService,
  ) {}

  async report(input: OccupancyReportInput): Promise<OccupancyReport> {
    const scope = toScope(input);
    const [data, desks, population, target, departmentSizes] = await Promise.all([
      this.repo.run(scope),
      this.repo.desks(scope),
      this.repo.population(scope.departmentId),
      this.targets.resolve(scope.siteId, scope.departmentId),
      scope.groupBy === 'DEPARTMENT' ? this.repo.departmentSizes() : Promise.resolve(new Map<string, number>()),
    ]);
    const occupancyBand: Band = { low: target.occupancyMin, high: target.occupancyMax };
    const peakBand: Band = { low: target.peakMin, high: target.peakMax };
    const noShowBand: Band = { low: null, high: target.noShowMax };
    const smallDepartment = scope.departmentId !== null && population.headcount < MIN_GROUP_SIZE;

    const sums = (gid: number) => data.sums.filter((r) => r.gid === gid);
    const total = sums(GROUPING_ID.total)[0] ?? { ...EMPTY, gid: GROUPING_ID.total, week: null, weekday: null, hour: null, gkey: null };
    const hidden = (r: Pick<SumRow, 'people'>) => smallDepartment || isSuppressed(r.people);
    const shares = (r: SumRow, avail = r.avail) => {
      const h = hidden(r);
      return {
        bookedOccupancy: figure(share(r.booked, avail), occupancyBand, h),
        utilisation: figure(share(r.checked, avail), occupancyBand, h),
        noShowRate: figure(share(r.released, r.total), noShowBand, h),
      };
    };

    const allDays = data.days.filter((d) => d.section === 'day_all').map(toDayPeak);
    const totalHidden = hidden(total);
    const peaks = peakFigures(allDays);
    const base = target.ratioBasis === 'FTE' ? population.screenFte : population.screenWorkers;

    const byWeek = new Map<string, DayPeak[]>();
    for (const d of allDays) byWeek.set(weekOf(d.day), [...(byWeek.get(weekOf(d.day)) ?? []), d]);

    return {
      from: scope.from,
      to: scope.to,
      openDays: allDays.length,
      suppressed: totalHidden,
      minimumGroupSize: MIN_GROUP_SIZE,
      target,
      desks,
      ratioBase: smallDepartment ? null : base,
      deskRatio: figure(share(desks, base), ratioBand(target, base), smallDepartment),
      ...shares(total),
      peakOccupancy: figure(peaks.peak, peakBand, totalHidden),
      p80DayOccupancy: figure(peaks.p80, peakBand, totalHidden),
      averageDayPeak: figure(peaks.average, peakBand, totalHidden),
      peakDay: totalHidden ? null : peaks.peakDay,
      availableHours: totalHidden ? null : total.avail / HOUR,
      bookedHours: totalHidden ? null : total.booked / HOUR,
      checkedInHours: totalHidden ? null : total.checked / HOUR,
      bookings: totalHidden ? null : total.total,
      released: totalHidden ? null : total.released,
      heatmap: sums(GROUPING_ID.cell)
        .filter((r) => r.avail > 0)
        .map((r) => {
          const { bookedOccupancy, utilisation } = shares(r);
          return { weekday: r.weekday!, hour: r.hour!, availableHours: r.avail / HOUR, bookedOccupancy, utilisation };
        })
        .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
      byWeekday: sums(GROUPING_ID.weekday)
        .filter((r) => r.avail > 0)
        .map((r) => ({ weekday: r.weekday, hour: null, ...shares(r) }))
        .sort((a, b) => a.weekday! - b.weekday!),
      byHour: sums(GROUPING_ID.hour)
        .filter((r) => r.avail > 0)
        .map((r) => ({ weekday: null, hour: r.hour, ...shares(r) }))
        .sort((a, b) => a.hour! - b.hour!),
      trend: sums(GROUPING_ID.week)
        .filter((r) => r.avail > 0)
        .map((r) => ({
          weekStart: r.week!,
          ...shares(r),
          peakOccupancy: figure(peakFigures(byWeek.get(r.week!) ?? []).peak, peakBand, hidden(r)),
        }))
        .sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
      groupBy: scope.groupBy,
      groups: scope.groupBy
        ? await this.groups(scope.groupBy, data, total, allDays, { occupancyBand, peakBand, noShowBand }, departmentSizes, smallDepartment)
        : [],
    };
  }

  private async groups(
    groupBy: GroupBy,
    data: { sums: SumRow[]; days: DayRow[] },
    total: SumRow,
    allDays: DayPeak[],
    bands: { occupancyBand: Band; peakBand: Band; noShowBand: Band },
    departmentSizes: Map<string, number>,
    smallDepartment: boolean,
  ): Promise<GroupFigures[]> {
    const rows = data.sums.filter((r) => r.gid === GROUPING_ID.group);
    const labels = await this.repo.labels(
      groupBy,
      rows.map((r) => r.gkey ?? ''),
    );
    const spacesByDay = new Map(allDays.map((d) => [d.day, d.spaces]));
    return rows
      .map((r) => {
        const key = r.gkey ?? '';
        const byDepartment = groupBy === 'DEPARTMENT';
        // a department's bookings are measured against every space in the cut
        const avail = byDepartment ? total.avail : r.avail;
        const days = data.days
          .filter((d) => d.section === 'day' && d.gkey === key)
          .map((d) => ({ ...toDayPeak(d), spaces: byDepartment ? (spacesByDay.get(d.day) ?? 0) : (d.spaces ?? 0) }));
        if (byDepartment) for (const d of allDays) if (!days.some((x) => x.day === d.day)) days.push({ ...d, peak: 0 });
        const population = byDepartment && key ? (departmentSizes.get(key) ?? 0) : null;
        const h = smallDepartment || isSuppressed(r.people, population);
        const peaks = peakFigures(days);
        return {
          key,
          label: groupBy === 'KIND' ? key : (labels.get(key) ?? ''),
          kind: groupBy === 'KIND' ? (key as SpaceKind) : null,
          bookedOccupancy: figure(share(r.booked, avail), bands.occupancyBand, h),
          utilisation: figure(share(r.checked, avail), bands.occupancyBand, h),
          peakOccupancy: figure(peaks.peak, bands.peakBand, h),
          p80DayOccupancy: figure(peaks.p80, bands.peakBand, h),
          noShowRate: figure(share(r.released, r.total), bands.noShowBand, h),
        };
      })
      .sort((a, b) => ((a.key === '') !== (b.key === '') ? (a.key === '' ? 1 : -1) : a.label.localeCompare(b.label)));
  }
}

function toDayPeak(d: DayRow): DayPeak {
  return { day: d.day, spaces: d.spaces ?? 0, peak: d.peak };
}

/** Monday of the ISO week of a local date. */
function weekOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay() || 7;
  return addDays(day, 1 - weekday);
}

function toScope(input: OccupancyReportInput): ReportScope {
  if (input.to < input.from) throw DomainError.field('REPORT_RANGE_INVALID', 'to', 'The period ends before it starts');
  if (addDays(input.from, MAX_DAYS - 1) < input.to) {
    throw DomainError.field('RANGE_TOO_LARGE', 'to', `Ask for at most ${MAX_DAYS} days at a time`, { maxDays: MAX_DAYS });
  }
  if (input.hourTo <= input.hourFrom) throw DomainError.field('REPORT_RANGE_INVALID', 'hourTo', 'The hours end before they start');
  return {
    from: input.from,
    to: input.to,
    kinds: input.kinds?.length ? [...new Set(input.kinds)] : ['DESK'],
    siteId: input.siteId ?? null,
    floorId: input.floorId ?? null,
    zoneId: input.zoneId ?? null,
    departmentId: input.departmentId ?? null,
    weekdays: input.weekdays?.length ? [...new Set(input.weekdays)] : [1, 2, 3, 4, 5, 6, 7],
    hourFrom: input.hourFrom ?? 0,
    hourTo: input.hourTo ?? 24,
    groupBy: input.groupBy ?? null,
  };
}
