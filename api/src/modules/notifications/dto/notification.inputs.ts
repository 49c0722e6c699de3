import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { IdListField } from '../../../common/validation.js';

@ArgsType()
export class NotificationsArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsBoolean()
  unreadOnly!: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @IdListField(200, { nullable: true, description: 'Leave out to mark every notification read' })
  ids?: string[];
}
