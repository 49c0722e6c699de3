import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { AUDIT_ACTIONS, AUDIT_RESULTS, type AuditAction, type AuditResult } from './audit-log.entity.js';

const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AuditActionEnum = enumObject(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, { name: 'AuditAction' });
export const AuditResultEnum = enumObject(AUDIT_RESULTS);
registerEnumType(AuditResultEnum, { name: 'AuditResult' });

@ObjectType('AuditPerson')
export class AuditPersonModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType('AuditLogEntry', { description: 'Who touched confidential details, when, and the outcome; never the details themselves.' })
export class AuditLogEntryModel {
  @Field({ description: 'Position in the chain (1, 2, …)' }) seq!: string;
  @Field() occurredAt!: Date;
  @Field(() => AuditPersonModel, { nullable: true, description: 'Null: the system (retention, re-encryption)' })
  actor!: AuditPersonModel | null;
  @Field(() => ID, { nullable: true }) bookingId!: string | null;
  @Field(() => AuditPersonModel, { nullable: true, description: 'Whose access changed' }) subject!: AuditPersonModel | null;
  @Field(() => AuditActionEnum) action!: AuditAction;
  @Field(() => AuditResultEnum) result!: AuditResult;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field({ description: 'sha256 of the previous hash and this entry' }) hash!: string;
}

@ObjectType('AuditLogPage')
export class AuditLogPageModel {
  @Field(() => [AuditLogEntryModel], { description: 'Newest first' }) entries!: AuditLogEntryModel[];
  @Field(() => String, { nullable: true, description: 'Pass as `before` for the next (older) page; null on the last page' })
  nextCursor!: string | null;
}

@ObjectType('AuditChainVerification')
export class AuditChainVerificationModel {
  @Field({ description: 'Every entry is in place, unchanged and linked to the one before' }) intact!: boolean;
  @Field(() => Int) checkedEntries!: number;
  @Field(() => String, { nullable: true, description: 'Note it elsewhere: a later check shows whether entries were cut off' })
  lastHash!: string | null;
  @Field(() => String, { nullable: true }) lastSeq!: string | null;
  @Field(() => String, { nullable: true }) firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true, description: 'GAP, BROKEN_LINK or HASH_MISMATCH' }) problem!: string | null;
}

@ObjectType('AuditLogExport')
export class AuditLogExportModel {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field({ description: 'The entries as CSV (UTF-8, comma-separated, header row)' }) content!: string;
  @Field(() => Int) entries!: number;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/)
  before?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  bookingId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @Field(() => AuditActionEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @Field(() => AuditResultEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_RESULTS)
  result?: AuditResult;
}

@ArgsType()
export class AuditLogExportArgs {
  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;
}
