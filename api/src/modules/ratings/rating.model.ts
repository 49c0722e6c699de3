import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BookingRating', { description: 'The booker’s own rating of the workplace; only they see it (reports show averages)' })
export class BookingRatingModel {
  @Field(() => ID) bookingId!: string;
  @Field(() => Int) score!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
