import { Field, Float, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ROLES, type Role } from '../../../auth/roles.js';
import { IdField, NameField, MaxDecimalPlaces } from '../../../common/validation.js';
import { LocaleEnum, RoleEnum } from '../../../graphql/enums.js';

const lowerTrim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

@InputType()
export class CreateUserInput {
  @Field()
  @lowerTrim
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @NameField()
  displayName!: string;

  @Field(() => [RoleEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @IdField({ nullable: true })
  departmentId?: string | null;

  @IdField({ nullable: true, description: 'Required for PARTNER accounts' })
  organisationId?: string | null;

  @Field(() => Float, { nullable: true, defaultValue: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0.01)
  @Max(1)
  fte!: number;

  @Field({ nullable: true, defaultValue: true })
  @IsBoolean()
  countsInHeadcount!: boolean;

  @Field({ nullable: true, defaultValue: true })
  @IsBoolean()
  screenWorker!: boolean;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: 'nl-BE' })
  @IsIn(['nl-BE', 'en'])
  locale!: 'nl-BE' | 'en';

  @Field({ nullable: true, description: 'Initial password for local sign-in (10–200 characters)' })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  password?: string;
}
