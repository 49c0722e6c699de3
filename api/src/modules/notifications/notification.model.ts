import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds.js';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType('Notification', { description: 'Something that happened to the viewer’s bookings; the client words it from kind and fields' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => String, { nullable: true }) spaceName!: string | null;
  @Field(() => String, { nullable: true }) siteName!: string | null;
  @Field(() => String, { nullable: true, description: 'Time zone of the site, for startsAt and endsAt' }) timeZone!: string | null;
  @Field(() => Date, { nullable: true, description: 'The first (or only) date concerned' }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => Int, { description: 'How many dates it concerns' }) count!: number;
  @Field(() => ID, { nullable: true }) seriesId!: string | null;
  @Field(() => [ID]) bookingIds!: string[];
  @Field(() => String, { nullable: true }) reason!: string | null;
}
