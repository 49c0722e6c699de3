import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '../../auth/roles.js';
import { LocaleEnum, RoleEnum } from '../../graphql/enums.js';

@ObjectType('DepartmentRef')
export class DepartmentRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => DepartmentRefModel, { nullable: true }) department!: DepartmentRefModel | null;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => Float, { description: 'FTE fraction, 0 < fte ≤ 1' }) fte!: number;
  @Field() countsInHeadcount!: boolean;
  @Field({ description: 'Beeldschermwerker' }) screenWorker!: boolean;
  @Field(() => LocaleEnum) locale!: 'nl-BE' | 'en';
  @Field() active!: boolean;
}

/** What a colleague may see of another staff member. */
@ObjectType('UserSummary')
export class UserSummaryModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
}
