import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IdField, TextField } from '../../../common/validation.js';

@InputType({ description: 'Rate the workplace of one of your bookings, once it has started; rating again replaces it' })
export class RateBookingInput {
  @IdField()
  bookingId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (very good)' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @TextField(1000, { nullable: true, description: 'Optional; an empty comment is none' })
  comment?: string | null;
}
