import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingStatusEnum, SpaceKindEnum } from '../../graphql/enums.js';
import type { BookingStatus } from '../bookings/booking-status.js';
import { UserSummaryModel } from '../people/user.model.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import { ADMIN_TARGET_TYPES, type AdminTargetType } from './admin-change.entity.js';

export const AdminTargetTypeEnum = Object.fromEntries(ADMIN_TARGET_TYPES.map((t) => [t, t])) as { [K in AdminTargetType]: K };
registerEnumType(AdminTargetTypeEnum, { name: 'AdminTargetType', description: 'What an administrative change was made to' });

export const IMPACT_REASONS = [
  'CLOSURE_DAY',
  'OUTSIDE_OPENING_HOURS',
  'SITE_INACTIVE',
  'SPACE_INACTIVE',
  'SPACE_KIND_CHANGED',
  'USER_INACTIVE',
] as const;
export type ImpactReason = (typeof IMPACT_REASONS)[number];
export const ImpactReasonEnum = Object.fromEntries(IMPACT_REASONS.map((t) => [t, t])) as { [K in ImpactReason]: K };
registerEnumType(ImpactReasonEnum, { name: 'ImpactReason', description: 'Why a booking would no longer be valid after a change' });

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'The value before, as JSON; null when the field did not exist' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when the field no longer exists' })
  after!: string | null;
}

@ObjectType('AdminChange', { description: 'One administrative change: who changed what, and the values before and after' })
export class AdminChangeModel {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field(() => UserSummaryModel) actor!: UserSummaryModel;
  @Field({ description: 'e.g. site.update, closure_day.add, space.place, bookings.cancel' }) action!: string;
  @Field(() => AdminTargetTypeEnum) targetType!: AdminTargetType;
  @Field(() => ID, { nullable: true }) targetId!: string | null;
  @Field({ description: 'The target’s name at the time of the change' }) targetLabel!: string;
  @Field(() => String, { nullable: true, description: 'E.g. the message sent with cancelled bookings' }) note!: string | null;
  @Field(() => [FieldChangeModel]) changes!: FieldChangeModel[];
}

@ObjectType('AffectedBookingSpace')
export class AffectedBookingSpaceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SpaceKindEnum) kind!: SpaceKind;
  @Field() floorName!: string;
  @Field() siteName!: string;
  @Field() timeZone!: string;
}

@ObjectType('AffectedBooking', { description: 'A live booking a change would leave invalid (no title or client details)' })
export class AffectedBookingModel {
  @Field(() => ID) id!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => BookingStatusEnum) status!: BookingStatus;
  @Field(() => AffectedBookingSpaceModel) space!: AffectedBookingSpaceModel;
  @Field(() => UserSummaryModel) booker!: UserSummaryModel;
  @Field(() => ImpactReasonEnum) reason!: ImpactReason;
}

@ObjectType('BookingImpact', {
  description:
    'What a change would do to live bookings that have not started yet. Nothing was written. Apply the change with ' +
    '`cancelAffected: true` and a `cancellationMessage` to cancel these bookings with it.',
})
export class BookingImpactModel {
  @Field(() => Int) count!: number;
  @Field(() => [AffectedBookingModel], { description: 'The first 200, earliest first' }) bookings!: AffectedBookingModel[];
}
