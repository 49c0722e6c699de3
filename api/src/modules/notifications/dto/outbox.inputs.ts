import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { TextField } from '../../../common/validation.js';
import { OUTBOX_STATUSES, type OutboxStatus } from '../outbox-message.entity.js';
import { OutboxStatusEnum } from '../outbox.model.js';

@ArgsType()
export class OutboxMessagesArgs {
  @Field(() => [OutboxStatusEnum], { nullable: true, description: 'Leave out for every status' })
  @IsOptional()
  @ArrayMaxSize(OUTBOX_STATUSES.length)
  @IsIn(OUTBOX_STATUSES, { each: true })
  statuses?: OutboxStatus[];

  @TextField(254, { nullable: true, description: 'Part of the recipient’s address' })
  recipient?: string;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset!: number;
}
