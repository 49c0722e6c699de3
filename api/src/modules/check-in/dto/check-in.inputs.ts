import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';
import { IdField } from '../../../common/validation.js';

@InputType()
export class CheckInBookingInput {
  @IdField()
  id!: string;
}

@InputType()
export class CheckOutBookingInput {
  @IdField()
  id!: string;
}

@InputType({ description: 'Book a space from the slot running now, after scanning its code; checks in at once' })
export class CreateWalkUpBookingInput {
  @IdField()
  spaceId!: string;

  @Field({ nullable: true, description: 'Default: as late as the space is free and the rules allow (see spaceScan.walkUpUntil)' })
  @IsOptional()
  @IsDate()
  endsAt?: Date;
}
