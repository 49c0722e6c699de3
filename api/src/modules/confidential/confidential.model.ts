import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SpaceKindEnum } from '../../graphql/enums.js';
import { BookingModel } from '../bookings/booking.model.js';
import { UserSummaryModel } from '../people/user.model.js';
import type { SpaceKind } from '../spaces/space-kind.js';

@ObjectType('ConfidentialDetails', {
  description: 'Client details of a consultation: only for the booker and the named co-worker; every read is audited.',
})
export class ConfidentialDetailsModel {
  @Field(() => ID) bookingId!: string;
  @Field(() => String, { nullable: true }) clientPseudonym!: string | null;
  @Field(() => String, { nullable: true }) caseReference!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => UserSummaryModel, { nullable: true }) coWorker!: UserSummaryModel | null;
  @Field(() => Date, { nullable: true, description: 'When the retention period erased the details' }) erasedAt!: Date | null;
  @Field({ description: 'The viewer booked the talk (only the booker may change details or the co-worker)' }) viewerIsBooker!: boolean;
}

@ObjectType('ConsultationProposal', { description: 'A free slot in a confidential room that passes every booking rule' })
export class ConsultationProposalModel {
  @Field(() => ID) spaceId!: string;
  @Field() spaceName!: string;
  @Field(() => ID) siteId!: string;
  @Field() siteName!: string;
  @Field() isSatellite!: boolean;
  @Field() floorName!: string;
  @Field() timeZone!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
}

@ObjectType('ConsultationProposals')
export class ConsultationProposalsModel {
  @Field(() => [ConsultationProposalModel], { description: 'Grouped by site (main building first), earliest first' })
  proposals!: ConsultationProposalModel[];
  @Field({ description: 'At least two sites with at least two slots each were found' }) complete!: boolean;
  @Field(() => Int) siteCount!: number;
}

@ObjectType('ConsultationProposalSet', { description: 'Slots held for one citizen until they choose' })
export class ConsultationProposalSetModel {
  @Field(() => ID) id!: string;
  @Field() expiresAt!: Date;
  @Field(() => [BookingModel], { description: 'The held slots that are still open' }) holds!: BookingModel[];
}

@ObjectType('ReceptionRoom')
export class ReceptionRoomModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SpaceKindEnum) kind!: SpaceKind;
  @Field() floorName!: string;
  @Field(() => Int) floorLevel!: number;
}

@ObjectType('ReceptionArrival', { description: 'Who expects a visitor where and when; no client or meeting details' })
export class ReceptionArrivalModel {
  @Field(() => ID) id!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => ReceptionRoomModel) room!: ReceptionRoomModel;
  @Field({ description: 'The staff member (or partner contact) who receives the visitor' }) hostName!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
  @Field() checkedIn!: boolean;
}

@ObjectType('ReceptionSiteArrivals')
export class ReceptionSiteArrivalsModel {
  @Field(() => ID) siteId!: string;
  @Field() siteName!: string;
  @Field() isSatellite!: boolean;
  @Field() timeZone!: string;
  @Field({ description: 'The local date shown' }) date!: string;
  @Field(() => [ReceptionArrivalModel]) arrivals!: ReceptionArrivalModel[];
}
