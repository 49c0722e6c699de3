import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { BookingStatusEnum, SpaceKindEnum } from '../../graphql/enums.js';
import type { BookingStatus } from '../bookings/booking-status.js';
import type { SpaceKind } from '../spaces/space-kind.js';

@ObjectType('UsageLine', { description: 'One kind of space in a statement; the amount is rounded once, per line, to whole cents' })
export class UsageLineModel {
  @Field(() => SpaceKindEnum) spaceKind!: SpaceKind;
  @Field(() => Int) bookings!: number;
  @Field(() => Int) minutes!: number;
  @Field(() => Float, { description: 'minutes / 60' }) hours!: number;
  @Field(() => Int) centsPerHour!: number;
  @Field(() => Int, { description: 'round(minutes × centsPerHour / 60), half away from zero' }) amountCents!: number;
}

@ObjectType('UsageBooking')
export class UsageBookingModel {
  @Field(() => ID) id!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() timeZone!: string;
  @Field() spaceName!: string;
  @Field() siteName!: string;
  @Field(() => SpaceKindEnum) spaceKind!: SpaceKind;
  @Field(() => Int) minutes!: number;
  @Field(() => BookingStatusEnum) status!: BookingStatus;
  @Field() bookerName!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
}

@ObjectType('UsageStatement', {
  description:
    'What an organisation used in a Belgian calendar month (confirmed, checked-in, completed and no-show bookings by their start), at its tariffs',
})
export class UsageStatementModel {
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field(() => String, { nullable: true }) enterpriseNumber!: string | null;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => [UsageLineModel]) lines!: UsageLineModel[];
  @Field(() => [UsageBookingModel]) bookings!: UsageBookingModel[];
  @Field(() => Int) totalMinutes!: number;
  @Field(() => Int, { description: 'The sum of the lines’ amounts' }) totalCents!: number;
}
