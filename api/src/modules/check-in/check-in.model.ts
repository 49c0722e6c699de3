import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingModel } from '../bookings/booking.model.js';
import { SpaceModel } from '../spaces/space.model.js';
import type { ScanState } from './space-scan.service.js';

export const SpaceScanStateEnum = {
  CHECK_IN: 'CHECK_IN',
  CHECKED_IN: 'CHECKED_IN',
  TOO_EARLY: 'TOO_EARLY',
  TOO_LATE: 'TOO_LATE',
  WALK_UP: 'WALK_UP',
  BUSY: 'BUSY',
  UNAVAILABLE: 'UNAVAILABLE',
} as const satisfies Record<ScanState, ScanState>;
registerEnumType(SpaceScanStateEnum, {
  name: 'SpaceScanState',
  description:
    'CHECK_IN: the viewer has a booking here whose check-in is open; CHECKED_IN: already checked in here; TOO_EARLY / TOO_LATE: ' +
    'the viewer’s booking here is outside its check-in window; WALK_UP: free now, may be booked on the spot; BUSY: in use; ' +
    'UNAVAILABLE: cannot be booked now (see reason).',
});

@ObjectType('BookingCheckIn', { description: 'Check-in of a booking; only its booker sees it' })
export class BookingCheckInModel {
  @Field({ description: 'A no-show of this space is released after the grace period' }) required!: boolean;
  @Field({ description: 'Check-in opens (the space kind’s checkInOpensMinutes before the start)' }) opensAt!: Date;
  @Field({ description: 'Check-in closes (start + grace, plus the warning period where spaces warn first; the end when not required)' })
  closesAt!: Date;
  @Field() viewerCanCheckIn!: boolean;
  @Field({ description: 'Checked in, started and not over: may end early' }) viewerCanCheckOut!: boolean;
  @Field(() => Date, { nullable: true, description: 'Set once a no-show warning was given: the booking is released at this time' })
  releaseWarningAt!: Date | null;
}

@ObjectType('SpaceScan', { description: 'What scanning the QR code on a space offers the signed-in person now' })
export class SpaceScanModel {
  @Field(() => SpaceModel) space!: SpaceModel;
  @Field(() => SpaceScanStateEnum) state!: ScanState;
  @Field(() => BookingModel, { nullable: true, description: 'The viewer’s own booking of this space that the state is about' })
  booking!: BookingModel | null;
  @Field(() => Date, { nullable: true }) checkInOpensAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'WALK_UP: the booking would start here (the running grid slot)' })
  walkUpFrom!: Date | null;
  @Field(() => Date, { nullable: true, description: 'WALK_UP: the latest end the space is free and the rules allow' })
  walkUpUntil!: Date | null;
  @Field(() => Date, { nullable: true, description: 'BUSY: when the space is free again' }) busyUntil!: Date | null;
  @Field(() => String, { nullable: true, description: 'An error code saying why, for TOO_LATE, BUSY and UNAVAILABLE' })
  reason!: string | null;
}

@ObjectType('SpaceQrCode')
export class SpaceQrCodeModel {
  @Field(() => ID) spaceId!: string;
  @Field(() => SpaceModel) space!: SpaceModel;
  @Field({ description: 'The address the code holds: the check-in page of the space' }) url!: string;
  @Field({ description: 'The code as an SVG image' }) svg!: string;
}
