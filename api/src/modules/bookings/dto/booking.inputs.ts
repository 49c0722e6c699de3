import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IdField, IdListField, TextField } from '../../../common/validation.js';
import { EquipmentEnum, SpaceKindEnum } from '../../../graphql/enums.js';
import { LocalDateScalar } from '../../../graphql/scalars.js';
import { EQUIPMENT, SPACE_KINDS, type Equipment, type SpaceKind } from '../../spaces/space-kind.js';
import { RecurrenceFrequency } from '../booking.model.js';

@InputType()
export class CreateBookingInput {
  @IdField()
  spaceId!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @TextField(200, { nullable: true, description: 'Not allowed for confidential spaces' })
  title?: string | null;

  @IdListField(100, { nullable: true, description: 'Colleagues taking part' })
  attendeeIds?: string[];

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'People from outside joining' })
  @IsInt()
  @Min(0)
  @Max(1000)
  externalAttendees!: number;
}

@InputType()
export class UpdateBookingInput {
  @IdField()
  id!: string;

  @IdField({ nullable: true, description: 'Move to another space' })
  spaceId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @TextField(200, { nullable: true })
  title?: string | null;
}

@InputType()
export class CancelBookingInput {
  @IdField()
  id!: string;
}

@InputType()
export class RecurrenceInput {
  @Field(() => RecurrenceFrequency)
  @IsIn(['DAILY', 'WEEKLY'])
  frequency!: 'DAILY' | 'WEEKLY';

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Every n days or weeks' })
  @IsInt()
  @Min(1)
  @Max(52)
  interval!: number;

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays (1 = Monday) for WEEKLY; default: the first date’s weekday' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  byWeekday?: number[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last date, inclusive (give until or count)' })
  @IsOptional()
  @IsString()
  until?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(260)
  count?: number;
}

@InputType()
export class CreateBookingSeriesInput extends CreateBookingInput {
  @Field(() => RecurrenceInput)
  @ValidateNested()
  @Type(() => RecurrenceInput)
  recurrence!: RecurrenceInput;

  @Field({ nullable: true, defaultValue: false, description: 'Skip conflicting dates instead of failing the whole series' })
  @IsBoolean()
  skipConflicts!: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Check and report without writing anything' })
  @IsBoolean()
  dryRun!: boolean;
}

@InputType()
export class AvailabilityInput {
  @IdField()
  siteId!: string;

  @IdField({ nullable: true })
  floorId?: string;

  @IdField({ nullable: true })
  zoneId?: string;

  @Field(() => [SpaceKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(SPACE_KINDS.length)
  @IsIn(SPACE_KINDS, { each: true })
  kinds?: SpaceKind[];

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  minCapacity?: number;

  @Field(() => [EquipmentEnum], { nullable: true, description: 'Spaces that have all of these' })
  @IsOptional()
  @ArrayMaxSize(EQUIPMENT.length)
  @IsIn(EQUIPMENT, { each: true })
  equipment?: Equipment[];
}

@InputType()
export class BookingsFilter {
  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;

  @IdField({ nullable: true })
  siteId?: string;

  @IdField({ nullable: true })
  floorId?: string;

  @IdField({ nullable: true })
  spaceId?: string;
}
