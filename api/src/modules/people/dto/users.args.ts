import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdField, TextField } from '../../../common/validation.js';

@ArgsType()
export class UsersArgs {
  @TextField(100, { nullable: true })
  search?: string;

  @IdField({ nullable: true })
  departmentId?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeInactive!: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class ColleaguesArgs {
  @TextField(100)
  search!: string;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first!: number;
}
