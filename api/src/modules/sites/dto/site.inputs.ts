import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FloatField, IdField, NameField, TextField } from '../../../common/validation.js';
import { LocalDateScalar, LocalTimeScalar } from '../../../graphql/scalars.js';
import { CancelAffectedField, CancellationMessageField } from '../../administration/dto/impact.fields.js';
import { ClosureKindEnum } from '../site.model.js';
import type { ClosureKind } from '../closure-day.entity.js';

@InputType()
export class OpeningHoursInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Field(() => LocalTimeScalar)
  @IsString()
  opensAt!: string;

  @Field(() => LocalTimeScalar)
  @IsString()
  closesAt!: string;
}

@InputType()
export class CreateSiteInput {
  @NameField()
  name!: string;

  @TextField(500, { nullable: true })
  address?: string;

  @Field({ nullable: true, defaultValue: 'Europe/Brussels', description: 'IANA time zone' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field({ nullable: true, defaultValue: false, description: 'A satellite service point (decentrale locatie)' })
  @IsBoolean()
  isSatellite!: boolean;

  @Field({ nullable: true, defaultValue: 'BE-VLG', description: 'Public-holiday region, e.g. BE-VLG' })
  @IsString()
  @Matches(/^[A-Z]{2}(-[A-Z]{2,3})?$/)
  holidayRegion!: string;

  @Field(() => [OpeningHoursInput])
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInput)
  openingHours!: OpeningHoursInput[];
}

@InputType()
export class UpdateSiteInput {
  @IdField()
  id!: string;

  @NameField({ nullable: true })
  name?: string;

  @TextField(500, { nullable: true })
  address?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isSatellite?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces all opening hours when given' })
  @IsOptional()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInput)
  openingHours?: OpeningHoursInput[];

  @CancelAffectedField()
  cancelAffected!: boolean;

  @CancellationMessageField()
  cancellationMessage?: string;
}

@InputType()
export class AddClosureDayInput {
  @IdField()
  siteId!: string;

  @Field(() => LocalDateScalar)
  @IsString()
  date!: string;

  @NameField({ description: 'Why the site is closed, e.g. "Brugdag"' })
  reason!: string;

  @Field(() => ClosureKindEnum, { nullable: true, defaultValue: 'CLOSURE', description: 'PUBLIC_HOLIDAY to close again on a holiday' })
  @IsIn(['PUBLIC_HOLIDAY', 'CLOSURE'])
  kind!: ClosureKind;

  @CancelAffectedField()
  cancelAffected!: boolean;

  @CancellationMessageField()
  cancellationMessage?: string;
}

@InputType()
export class RemoveClosureDayInput {
  @IdField()
  id!: string;
}

@InputType()
export class CreateFloorInput {
  @IdField()
  siteId!: string;

  @NameField()
  name!: string;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsInt()
  @Min(-20)
  @Max(200)
  level!: number;

  @Field(() => Int, { nullable: true, defaultValue: 1000 })
  @IsInt()
  @Min(10)
  @Max(100000)
  planWidth!: number;

  @Field(() => Int, { nullable: true, defaultValue: 600 })
  @IsInt()
  @Min(10)
  @Max(100000)
  planHeight!: number;
}

@InputType()
export class UpdateFloorInput {
  @IdField()
  id!: string;

  @NameField({ nullable: true })
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-20)
  @Max(200)
  level?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(100000)
  planWidth?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(100000)
  planHeight?: number;
}

@InputType()
export class PointInput {
  @FloatField(0, 100000)
  x!: number;

  @FloatField(0, 100000)
  y!: number;
}

const OutlineField = () =>
  applyDecorators(
    Field(() => [PointInput], {
      nullable: true,
      description: 'The zone’s area on the plan as a polygon (3–200 corners, a rectangle has 4), in plan units; null removes it',
    }),
    IsOptional(),
    ArrayMinSize(3),
    ArrayMaxSize(200),
    ValidateNested({ each: true }),
    Type(() => PointInput),
  );

@InputType()
export class CreateZoneInput {
  @IdField()
  floorId!: string;

  @NameField()
  name!: string;

  @OutlineField()
  outline?: PointInput[] | null;
}

@InputType()
export class UpdateZoneInput {
  @IdField()
  id!: string;

  @NameField({ nullable: true })
  name?: string;

  @OutlineField()
  outline?: PointInput[] | null;
}

@InputType()
export class DeleteZoneInput {
  @IdField({ description: 'The zone’s spaces stay, outside any zone' })
  id!: string;
}

@InputType()
export class RemoveFloorPlanInput {
  @IdField()
  floorId!: string;
}
