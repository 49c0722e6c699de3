import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IdField, NameField, TextField } from '../../../common/validation.js';
import { SpaceKindEnum } from '../../../graphql/enums.js';
import { LocalDateScalar } from '../../../graphql/scalars.js';
import { OpeningHoursInput } from '../../sites/dto/site.inputs.js';
import { SPACE_KINDS, type SpaceKind } from '../../spaces/space-kind.js';
import { ORGANISATION_STATUSES, type OrganisationStatus } from '../organisation.entity.js';
import { OrganisationStatusEnum } from '../organisation.model.js';

const lowerTrim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value));

@InputType()
export class OrganisationContactInput {
  @NameField()
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @lowerTrim
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @TextField(50, { nullable: true })
  phone?: string | null;

  @TextField(200, { nullable: true, description: 'Function, e.g. coördinator' })
  jobTitle?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @NameField()
  name!: string;

  @TextField(40, { nullable: true, description: 'Ondernemingsnummer: dots, spaces and a BE prefix are fine (0412.345.614)' })
  enterpriseNumber?: string | null;

  @TextField(500, { nullable: true })
  address?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Requests are confirmed without approval' })
  @IsBoolean()
  trusted!: boolean;

  @Field(() => Int, { nullable: true, description: 'Hours per calendar month; null: no limit' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  monthlyHourQuota?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  agreementStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  agreementEndsOn?: string | null;

  @Field(() => [OrganisationContactInput], { nullable: true, defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OrganisationContactInput)
  contacts!: OrganisationContactInput[];
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateOrganisationInput {
  @IdField()
  id!: string;

  @NameField({ nullable: true })
  name?: string;

  @TextField(40, { nullable: true })
  enterpriseNumber?: string | null;

  @TextField(500, { nullable: true })
  address?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  trusted?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  monthlyHourQuota?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  agreementStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  agreementEndsOn?: string | null;

  @Field(() => [OrganisationContactInput], { nullable: true, description: 'Replaces the list' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OrganisationContactInput)
  contacts?: OrganisationContactInput[];

  @TextField(50, { nullable: true, description: 'Terms of use accepted on paper: give with termsAcceptedAt' })
  termsVersion?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  termsAcceptedAt?: Date | null;
}

@InputType()
export class OrganisationsFilter {
  @TextField(100, { nullable: true, description: 'Part of the name or enterprise number' })
  search?: string;

  @Field(() => OrganisationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;
}

@InputType({ description: 'Give spaceId for one space; or siteId and/or spaceKind (both null: every space open to partners).' })
export class AccessGrantInput {
  @IdField({ nullable: true })
  siteId?: string | null;

  @Field(() => SpaceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(SPACE_KINDS)
  spaceKind?: SpaceKind | null;

  @IdField({ nullable: true })
  spaceId?: string | null;
}

@InputType()
export class SetOrganisationAccessInput {
  @IdField()
  organisationId!: string;

  @Field(() => [AccessGrantInput], { description: 'Replaces every grant' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AccessGrantInput)
  grants!: AccessGrantInput[];

  @Field(() => [OpeningHoursInput], {
    description: 'When the organisation may use its spaces (may differ from staff opening hours); empty: the sites’ opening hours',
  })
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningHoursInput)
  hours!: OpeningHoursInput[];
}

@InputType()
export class TariffInput {
  @Field(() => SpaceKindEnum)
  @IsIn(SPACE_KINDS)
  spaceKind!: SpaceKind;

  @Field(() => Int, { description: 'Euro cents per hour (at most 100 000: € 1 000)' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  centsPerHour!: number;
}

@InputType()
export class SetOrganisationTariffsInput {
  @IdField()
  organisationId!: string;

  @Field(() => [TariffInput], { description: 'Kinds left out keep their tariff' })
  @ArrayMaxSize(SPACE_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => TariffInput)
  tariffs!: TariffInput[];
}
