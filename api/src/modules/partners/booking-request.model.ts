import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingModel } from '../bookings/booking.model.js';
import { UserSummaryModel } from '../people/user.model.js';
import { BOOKING_DECISIONS, type BookingDecision } from './booking-decision.entity.js';

export const BookingDecisionEnum = Object.fromEntries(BOOKING_DECISIONS.map((d) => [d, d])) as { [K in BookingDecision]: K };
registerEnumType(BookingDecisionEnum, { name: 'BookingDecisionKind' });

@ObjectType('BookingDecision', { description: 'Who decided on a request, when and why' })
export class BookingDecisionModel {
  @Field(() => BookingDecisionEnum) decision!: BookingDecision;
  @Field() decidedAt!: Date;
  @Field(() => UserSummaryModel, { nullable: true, description: 'Null for the automatic expiry, and for partners' })
  decidedBy!: UserSummaryModel | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('BookingRequest', { description: 'A booking of a partner organisation, or one that needs approval, with its decisions' })
export class BookingRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => BookingModel) booking!: BookingModel;
  @Field(() => Date, { nullable: true, description: 'A pending request not decided by then expires' }) decideBy!: Date | null;
  @Field(() => [BookingDecisionModel]) decisions!: BookingDecisionModel[];
}
