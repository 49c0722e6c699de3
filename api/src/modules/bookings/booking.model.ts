import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingStatusEnum, SpaceKindEnum } from '../../graphql/enums.js';
import { UserSummaryModel } from '../people/user.model.js';
import { FloorRefModel, SiteRefModel } from '../spaces/space.model.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import type { BookingStatus } from './booking-status.js';

export const RecurrenceFrequency = { DAILY: 'DAILY', WEEKLY: 'WEEKLY' } as const;
registerEnumType(RecurrenceFrequency, { name: 'RecurrenceFrequency' });

@ObjectType('BookingSpace')
export class BookingSpaceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SpaceKindEnum) kind!: SpaceKind;
  @Field() confidential!: boolean;
  @Field(() => FloorRefModel) floor!: FloorRefModel;
  @Field(() => SiteRefModel) site!: SiteRefModel;
}

@ObjectType('OrganisationRef')
export class OrganisationRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Booking', {
  description:
    'A booking as the viewer may see it. When `detailsHidden` is true the slot is shown only as busy: ' +
    'title, attendees (and for partners the booker) are withheld.',
})
export class BookingModel {
  @Field(() => ID) id!: string;
  @Field(() => BookingSpaceModel) space!: BookingSpaceModel;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => BookingStatusEnum) status!: BookingStatus;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field({ description: 'True when the viewer sees this slot only as busy' }) detailsHidden!: boolean;
  @Field(() => UserSummaryModel, { nullable: true, description: 'Shown to staff, never to partners for others’ bookings' })
  booker!: UserSummaryModel | null;
  @Field(() => OrganisationRefModel, { nullable: true }) organisation!: OrganisationRefModel | null;
  @Field(() => [UserSummaryModel]) attendees!: UserSummaryModel[];
  @Field(() => Int) externalAttendees!: number;
  @Field(() => ID, { nullable: true }) seriesId!: string | null;
  @Field(() => Date, { nullable: true }) checkedInAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() isMine!: boolean;
  @Field() viewerCanUpdate!: boolean;
  @Field() viewerCanCancel!: boolean;
  @Field({
    description: 'Whether the viewer may read the client details through `confidentialDetails` (the booker or the named co-worker)',
  })
  viewerCanReadConfidentialDetails!: boolean;
  @Field(() => Date, { nullable: true, description: 'For the booker: a proposal slot held for a citizen until this instant' })
  holdExpiresAt!: Date | null;
}

@ObjectType('SkippedOccurrence')
export class SkippedOccurrenceModel {
  @Field({ description: 'Local date of the occurrence' }) date!: string;
  @Field(() => Date, { nullable: true, description: 'Null when the wall-clock time does not exist that day' })
  startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field({ description: 'The error code that would have been raised' }) reason!: string;
}

@ObjectType('PlannedOccurrence')
export class PlannedOccurrenceModel {
  @Field() date!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
}

@ObjectType('BookingSeriesResult')
export class BookingSeriesResultModel {
  @Field(() => ID, { nullable: true, description: 'Null for a dry run' }) seriesId!: string | null;
  @Field(() => [BookingModel], { description: 'Empty for a dry run' }) bookings!: BookingModel[];
  @Field(() => [PlannedOccurrenceModel], { description: 'The dates that are (or would be) booked' })
  planned!: PlannedOccurrenceModel[];
  @Field(() => [SkippedOccurrenceModel]) skipped!: SkippedOccurrenceModel[];
}

@ObjectType('BookingsChanged', {
  description:
    'Bookings of a site were created, moved, retitled or cancelled. Ids only: refetch what you show. ' +
    'An empty list means changes may have been missed (the server lost its database connection for a while): refetch everything.',
})
export class BookingsChangedModel {
  @Field(() => ID) siteId!: string;
  @Field(() => [ID]) bookingIds!: string[];
}
