import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const UserImportActionEnum = { CREATE: 'CREATE', UPDATE: 'UPDATE', UNCHANGED: 'UNCHANGED', INVALID: 'INVALID' } as const;
registerEnumType(UserImportActionEnum, { name: 'UserImportAction' });

@ObjectType('UserImportError')
export class UserImportErrorModel {
  @Field({ description: 'email, displayName, roles, department, fte, screenWorker, locale or row' }) field!: string;
  @Field() reason!: string;
  @Field() message!: string;
}

@ObjectType('UserImportRow')
export class UserImportRowModel {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' }) line!: number;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => UserImportActionEnum) action!: keyof typeof UserImportActionEnum;
  @Field(() => [String], { description: 'For an update: the fields that change' }) changes!: string[];
  @Field(() => [UserImportErrorModel]) errors!: UserImportErrorModel[];
  @Field(() => ID, { nullable: true }) userId!: string | null;
}

@ObjectType('UserImportResult')
export class UserImportResultModel {
  @Field({ description: 'False for a dry run: nothing was written' }) applied!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => [UserImportRowModel]) rows!: UserImportRowModel[];
}
