import { Field, Float, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { ROLES, type Role } from '../../../auth/roles.js';
import { IdField, NameField, MaxDecimalPlaces } from '../../../common/validation.js';
import { LocaleEnum, RoleEnum } from '../../../graphql/enums.js';
import { CancelAffectedField, CancellationMessageField } from '../../administration/dto/impact.fields.js';

@InputType()
export class UpdateUserInput {
  @IdField()
  id!: string;

  @NameField({ nullable: true })
  displayName?: string;

  @Field(() => [RoleEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @IdField({ nullable: true, description: 'null removes the department' })
  departmentId?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0.01)
  @Max(1)
  fte?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  countsInHeadcount?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  screenWorker?: boolean;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsIn(['nl-BE', 'en'])
  locale?: 'nl-BE' | 'en';

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @CancelAffectedField()
  cancelAffected!: boolean;

  @CancellationMessageField()
  cancellationMessage?: string;
}
