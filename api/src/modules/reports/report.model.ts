import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SpaceKindEnum } from '../../graphql/enums.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import type { BandStatus } from './figures.js';
import type { GroupBy } from './occupancy.sql.js';
import type { RatioBasis } from './targets.repository.js';

export const BandStatusEnum = {
  BELOW: 'BELOW',
  WITHIN: 'WITHIN',
  ABOVE: 'ABOVE',
  NO_TARGET: 'NO_TARGET',
  NO_DATA: 'NO_DATA',
  SUPPRESSED: 'SUPPRESSED',
} as const satisfies Record<BandStatus, BandStatus>;
registerEnumType(BandStatusEnum, {
  name: 'BandStatus',
  description:
    'Where a figure lies against its target band. SUPPRESSED: fewer than 5 people are behind it, so it is not shown; ' +
    'NO_DATA: nothing to divide by (no opening hours, no bookings).',
});

export const ReportDimensionEnum = {
  SITE: 'SITE',
  FLOOR: 'FLOOR',
  ZONE: 'ZONE',
  KIND: 'KIND',
  DEPARTMENT: 'DEPARTMENT',
} as const satisfies Record<GroupBy, GroupBy>;
registerEnumType(ReportDimensionEnum, { name: 'ReportDimension', description: 'What a breakdown of the report is per' });

export const RatioBasisEnum = { SCREEN_WORKERS: 'SCREEN_WORKERS', FTE: 'FTE' } as const satisfies Record<RatioBasis, RatioBasis>;
registerEnumType(RatioBasisEnum, { name: 'RatioBasis', description: 'Desks per screen worker, or per FTE of screen workers' });

@ObjectType('ReportFigure', { description: 'A figure (a share 0–1, or desks per person) with its target band' })
export class ReportFigureModel {
  @Field(() => Float, { nullable: true, description: 'Null when suppressed or when there is nothing to divide by' })
  value!: number | null;
  @Field(() => BandStatusEnum) status!: BandStatus;
  @Field(() => Float, { nullable: true, description: 'Lower edge of the target band' }) low!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper edge of the target band' }) high!: number | null;
}

@ObjectType('OccupancyTarget')
export class OccupancyTargetModel {
  @Field(() => ID, { nullable: true, description: 'Null for the built-in defaults' }) id!: string | null;
  @Field(() => ID, { nullable: true, description: 'Null: every site' }) siteId!: string | null;
  @Field(() => String, { nullable: true }) siteName!: string | null;
  @Field(() => ID, { nullable: true, description: 'Null: every department' }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => RatioBasisEnum) ratioBasis!: RatioBasis;
  @Field(() => Float, { nullable: true, description: 'At least this many desks per person (e.g. 0.10 = 10% of screen workers)' })
  ratioMin!: number | null;
  @Field(() => Float, { nullable: true, description: 'At most this many desks per person' }) ratioMax!: number | null;
  @Field(() => Int, { nullable: true, description: 'ratioMin never asks for more desks than this (a limited building)' })
  ratioMaxDesks!: number | null;
  @Field(() => Float, { description: 'Healthy booked occupancy, lower edge (0–1); below: too many desks' }) occupancyMin!: number;
  @Field(() => Float, { description: 'Healthy booked occupancy, upper edge (0–1); above: shortage' }) occupancyMax!: number;
  @Field(() => Float, { description: 'Healthy peak occupancy, lower edge (0–1)' }) peakMin!: number;
  @Field(() => Float, { description: 'Healthy peak occupancy, upper edge (0–1)' }) peakMax!: number;
  @Field(() => Float, { description: 'No-show rate ceiling (0–1)' }) noShowMax!: number;
  @Field() isDefault!: boolean;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@ObjectType('HeatmapCell', { description: 'One weekday × local hour over the whole period' })
export class HeatmapCellModel {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday' }) weekday!: number;
  @Field(() => Int, { description: 'Local hour 0–23 (a 25-hour day counts its repeated hour twice)' }) hour!: number;
  @Field(() => Float, { description: 'Open space-hours in the cell' }) availableHours!: number;
  @Field(() => ReportFigureModel) bookedOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel) utilisation!: ReportFigureModel;
}

@ObjectType('ReportSlice', { description: 'The figures for one weekday or one local hour of the period' })
export class ReportSliceModel {
  @Field(() => Int, { nullable: true }) weekday!: number | null;
  @Field(() => Int, { nullable: true }) hour!: number | null;
  @Field(() => ReportFigureModel) bookedOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel) utilisation!: ReportFigureModel;
  @Field(() => ReportFigureModel) noShowRate!: ReportFigureModel;
}

@ObjectType('TrendPoint', { description: 'One week (Monday–Sunday) of the period' })
export class TrendPointModel {
  @Field(() => LocalDateScalar) weekStart!: string;
  @Field(() => ReportFigureModel) bookedOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel) utilisation!: ReportFigureModel;
  @Field(() => ReportFigureModel) peakOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel) noShowRate!: ReportFigureModel;
}

@ObjectType('ReportGroup', { description: 'The figures for one site, floor, zone, space kind or department' })
export class ReportGroupModel {
  @Field({ description: 'Id of the site, floor, zone or department, or the space kind; empty: none (no zone, no person)' })
  key!: string;
  @Field() label!: string;
  @Field(() => SpaceKindEnum, { nullable: true }) kind!: SpaceKind | null;
  @Field(() => ReportFigureModel) bookedOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel) utilisation!: ReportFigureModel;
  @Field(() => ReportFigureModel) peakOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel) p80DayOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel) noShowRate!: ReportFigureModel;
}

@ObjectType('OccupancyReport', {
  description:
    'Occupancy against targets for a period and cut. Aggregates only: any figure with fewer than 5 people behind it, and every ' +
    'figure of a department with fewer than 5 people, is SUPPRESSED. Definitions: see README "Reports".',
})
export class OccupancyReportModel {
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
  @Field(() => Int, { description: 'Open days in the period and cut (closure days and closed days left out)' }) openDays!: number;
  @Field({ description: 'The whole cut is suppressed (a department of fewer than 5, or 1–4 people booked)' }) suppressed!: boolean;
  @Field(() => Int) minimumGroupSize!: number;
  @Field(() => OccupancyTargetModel) target!: OccupancyTargetModel;
  @Field(() => Int, { description: 'Active desks in the site/floor/zone cut' }) desks!: number;
  @Field(() => Float, { nullable: true, description: 'Screen workers (or their FTE) in the department cut; null when suppressed' })
  ratioBase!: number | null;
  @Field(() => ReportFigureModel, { description: 'Desks / screen workers (or FTE)' }) deskRatio!: ReportFigureModel;
  @Field(() => ReportFigureModel, { description: 'Booked space-hours / available space-hours within opening hours' })
  bookedOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel, { description: 'Checked-in space-hours / available space-hours' }) utilisation!: ReportFigureModel;
  @Field(() => ReportFigureModel, { description: 'The highest share of spaces booked at one moment, on the busiest day' })
  peakOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel, { description: 'The 80th-percentile day of the daily peak (percentile_disc)' })
  p80DayOccupancy!: ReportFigureModel;
  @Field(() => ReportFigureModel, { description: 'The daily peak, averaged over the open days' }) averageDayPeak!: ReportFigureModel;
  @Field(() => ReportFigureModel, { description: 'Released / (confirmed + checked in + completed + released) bookings' })
  noShowRate!: ReportFigureModel;
  @Field(() => LocalDateScalar, { nullable: true }) peakDay!: string | null;
  @Field(() => Float, { nullable: true }) availableHours!: number | null;
  @Field(() => Float, { nullable: true }) bookedHours!: number | null;
  @Field(() => Float, { nullable: true }) checkedInHours!: number | null;
  @Field(() => Int, { nullable: true, description: 'Bookings starting in the cut (the no-show rate’s denominator)' }) bookings!:
    number | null;
  @Field(() => Int, { nullable: true }) released!: number | null;
  @Field(() => [HeatmapCellModel]) heatmap!: HeatmapCellModel[];
  @Field(() => [ReportSliceModel]) byWeekday!: ReportSliceModel[];
  @Field(() => [ReportSliceModel]) byHour!: ReportSliceModel[];
  @Field(() => [TrendPointModel]) trend!: TrendPointModel[];
  @Field(() => ReportDimensionEnum, { nullable: true }) groupBy!: GroupBy | null;
  @Field(() => [ReportGroupModel], { description: 'Empty unless groupBy is given' }) groups!: ReportGroupModel[];
}
