import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { FloatField, IdField } from '../../../common/validation.js';
import { SpaceKindEnum } from '../../../graphql/enums.js';
import { LocalDateScalar } from '../../../graphql/scalars.js';
import { SPACE_KINDS, type SpaceKind } from '../../spaces/space-kind.js';
import type { GroupBy } from '../occupancy.sql.js';
import { SUCCESS_MEASURES, SuccessMeasureKeyEnum, type SuccessMeasureKey } from '../measures.model.js';
import { RatioBasisEnum, ReportDimensionEnum } from '../report.model.js';
import type { RatioBasis } from '../targets.repository.js';

@InputType({ description: 'A period (local dates, inclusive, at most 366 days) and a cut' })
export class OccupancyReportInput {
  @Field(() => LocalDateScalar)
  @IsString()
  from!: string;

  @Field(() => LocalDateScalar)
  @IsString()
  to!: string;

  @IdField({ nullable: true })
  siteId?: string;

  @IdField({ nullable: true })
  floorId?: string;

  @IdField({ nullable: true })
  zoneId?: string;

  @IdField({ nullable: true, description: 'Only bookings by people of this department (consultations never belong to one)' })
  departmentId?: string;

  @Field(() => [SpaceKindEnum], { nullable: true, description: 'Default: desks' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(SPACE_KINDS.length)
  @IsIn(SPACE_KINDS, { each: true })
  kinds?: SpaceKind[];

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays (1 = Monday); default: all' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[];

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'First local hour (0–23)' })
  @IsInt()
  @Min(0)
  @Max(23)
  hourFrom!: number;

  @Field(() => Int, { nullable: true, defaultValue: 24, description: 'Local hour the cut ends (1–24)' })
  @IsInt()
  @Min(1)
  @Max(24)
  hourTo!: number;

  @Field(() => ReportDimensionEnum, { nullable: true, description: 'Also give the figures per site, floor, zone, kind or department' })
  @IsOptional()
  @IsIn(Object.keys(ReportDimensionEnum))
  groupBy?: GroupBy;
}

@InputType({ description: 'Sets the targets for a site (or all sites) and optionally a department; replaces what was there' })
export class SetOccupancyTargetInput {
  @IdField({ nullable: true, description: 'Null: every site' })
  siteId?: string | null;

  @IdField({ nullable: true, description: 'Null: every department' })
  departmentId?: string | null;

  @Field(() => RatioBasisEnum, { nullable: true, defaultValue: 'SCREEN_WORKERS' })
  @IsIn(Object.keys(RatioBasisEnum))
  ratioBasis!: RatioBasis;

  @FloatField(0, 10, { nullable: true })
  ratioMin?: number | null;

  @FloatField(0.001, 10, { nullable: true })
  ratioMax?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  ratioMaxDesks?: number | null;

  @FloatField(0, 1)
  occupancyMin!: number;

  @FloatField(0, 1)
  occupancyMax!: number;

  @FloatField(0, 1)
  peakMin!: number;

  @FloatField(0, 1)
  peakMax!: number;

  @FloatField(0, 1)
  noShowMax!: number;
}

@InputType()
export class RemoveOccupancyTargetInput {
  @IdField()
  id!: string;
}

@InputType({ description: 'Sets the target of one success measure' })
export class SetSuccessMeasureTargetInput {
  @Field(() => SuccessMeasureKeyEnum)
  @IsIn(SUCCESS_MEASURES)
  measure!: SuccessMeasureKey;

  @FloatField(-1, 100000, { description: 'Shares and changes as fractions (0.1 = 10%); a score 1–5; hours; a count' })
  target!: number;

  @Field(() => Int, { nullable: true, description: 'FLEX_DESKS only: at most this many desks are needed (a limited building)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  cap?: number | null;
}
