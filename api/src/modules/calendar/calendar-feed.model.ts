import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', { description: 'A secret calendar subscription link (iCal) of the viewer’s bookings or of one space' })
export class CalendarFeedModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Null: the viewer’s own bookings' }) spaceId!: string | null;
  @Field(() => String, { nullable: true }) spaceName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The subscription URL (absolute when PUBLIC_URL is set); null when the server secret changed: make a new link',
  })
  url!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When a calendar last fetched it' }) lastUsedAt!: Date | null;
}
