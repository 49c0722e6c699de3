import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { StaffRole } from '../../auth/roles.js';
import { EquipmentEnum, RoleEnum, SpaceKindEnum } from '../../graphql/enums.js';
import type { Equipment, SpaceKind } from './space-kind.js';

@ObjectType('BookingRules')
export class BookingRulesModel {
  @Field(() => Int, { description: 'Start and end must fall on this grid (local time)' }) slotMinutes!: number;
  @Field(() => Int) minDurationMinutes!: number;
  @Field(() => Int) maxDurationMinutes!: number;
  @Field(() => Int, { description: 'How many local days ahead the start may be' }) maxDaysAhead!: number;
  @Field(() => Int) minNoticeMinutes!: number;
  @Field(() => Int, { description: 'Gap kept free between two bookings of the space' }) bufferMinutes!: number;
  @Field(() => Int, { nullable: true, description: 'Per person per local day; null = no limit' })
  maxBookingsPerDay!: number | null;
  @Field() checkInRequired!: boolean;
  @Field(() => Int, { description: 'Check-in closes this many minutes after the start; a no-show is released then' })
  checkInGraceMinutes!: number;
  @Field(() => Int, { description: 'Check-in opens this many minutes before the start' }) checkInOpensMinutes!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'When set, a no-show is first warned and released this many minutes later (always set for consultation rooms)',
  })
  releaseWarningMinutes!: number | null;
}

@ObjectType('KindBookingRules')
export class KindBookingRulesModel {
  @Field(() => SpaceKindEnum) kind!: SpaceKind;
  @Field(() => BookingRulesModel) rules!: BookingRulesModel;
}

@ObjectType('SpacePosition')
export class SpacePositionModel {
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => Float) width!: number;
  @Field(() => Float) height!: number;
  @Field(() => Float, { description: 'Degrees clockwise' }) rotation!: number;
}

@ObjectType('FloorRef')
export class FloorRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) level!: number;
}

@ObjectType('SiteRef')
export class SiteRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() timeZone!: string;
}

@ObjectType('ZoneRef')
export class ZoneRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Space')
export class SpaceModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SpaceKindEnum) kind!: SpaceKind;
  @Field(() => Int) capacity!: number;
  @Field(() => [EquipmentEnum]) equipment!: Equipment[];
  @Field({ description: 'Soundproof, closed; bookings carry no visible details' }) confidential!: boolean;
  @Field(() => [RoleEnum]) bookableByRoles!: StaffRole[];
  @Field() partnerAccess!: boolean;
  @Field() requiresApproval!: boolean;
  @Field() active!: boolean;
  @Field(() => SiteRefModel) site!: SiteRefModel;
  @Field(() => FloorRefModel) floor!: FloorRefModel;
  @Field(() => ZoneRefModel, { nullable: true }) zone!: ZoneRefModel | null;
  @Field(() => SpacePositionModel, { nullable: true, description: 'Where the space is drawn on the floor plan' })
  position!: SpacePositionModel | null;
  @Field(() => BookingRulesModel, { description: 'Effective rules: kind defaults with this space’s overrides' })
  rules!: BookingRulesModel;
  @Field() viewerCanBook!: boolean;
}
