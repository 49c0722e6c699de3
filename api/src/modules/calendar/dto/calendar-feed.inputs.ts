import { InputType } from '@nestjs/graphql';
import { IdField } from '../../../common/validation.js';

@InputType()
export class CreateCalendarFeedInput {
  @IdField({ nullable: true, description: 'Facility managers: a space to follow; leave out for your own bookings' })
  spaceId?: string | null;
}

@InputType()
export class RevokeCalendarFeedInput {
  @IdField()
  id!: string;
}
