import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsString, Length, MaxLength } from 'class-validator';
import { IdField, NameField, TextField } from '../../../common/validation.js';
import { LocaleEnum } from '../../../graphql/enums.js';

const lowerTrim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

@InputType()
export class InvitePartnerInput {
  @IdField()
  organisationId!: string;

  @Field()
  @lowerTrim
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @NameField({ description: 'How the person is shown, e.g. “Pieter Vermeulen (CAW)”' })
  displayName!: string;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: 'nl-BE', description: 'Language of the invite e-mail' })
  @IsIn(['nl-BE', 'en'])
  locale!: 'nl-BE' | 'en';
}

@InputType()
export class AcceptPartnerInviteInput {
  @Field()
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field({ description: '10–200 characters' })
  @IsString()
  @Length(10, 200)
  password!: string;

  @Field({ description: 'Must be true: the organisation accepts the terms of use' })
  @IsBoolean()
  acceptTerms!: boolean;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: 'nl-BE' })
  @IsIn(['nl-BE', 'en'])
  locale!: 'nl-BE' | 'en';
}

@InputType()
export class RevokePartnerInviteInput {
  @IdField()
  id!: string;
}

@InputType()
export class SuspendOrganisationInput {
  @IdField()
  id!: string;

  @TextField(1000, { description: 'Told to the organisation’s people with every cancelled booking' })
  reason!: string;
}

@InputType()
export class ReactivateOrganisationInput {
  @IdField()
  id!: string;
}

@ArgsType()
export class UsageStatementArgs {
  @Field({ description: 'YYYY-MM' })
  @IsString()
  @MaxLength(7)
  month!: string;

  @IdField({ nullable: true, description: 'Managers: required; partners: their own organisation' })
  organisationId?: string;
}
