import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdField } from '../../../common/validation.js';
import { ADMIN_TARGET_TYPES, type AdminTargetType } from '../admin-change.entity.js';
import { AdminTargetTypeEnum } from '../admin-change.model.js';

@ArgsType()
export class AdminChangesArgs {
  @Field(() => AdminTargetTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ADMIN_TARGET_TYPES)
  targetType?: AdminTargetType;

  @IdField({ nullable: true })
  targetId?: string;

  @IdField({ nullable: true })
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;

  @IdField({ nullable: true, description: 'The last change of the previous page (newest first)' })
  after?: string;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;
}
