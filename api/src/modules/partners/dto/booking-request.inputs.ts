import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdField, IdListField, TextField } from '../../../common/validation.js';
import { BookingStatusEnum } from '../../../graphql/enums.js';
import { BOOKING_STATUSES, type BookingStatus } from '../../bookings/booking-status.js';

@InputType()
export class BookingRequestsFilter {
  @Field(() => [BookingStatusEnum], { nullable: true, description: 'Default: PENDING' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(BOOKING_STATUSES.length)
  @IsIn(BOOKING_STATUSES, { each: true })
  statuses?: BookingStatus[];

  @IdField({ nullable: true, description: 'Managers only; a partner always sees its own organisation' })
  organisationId?: string;

  @IdField({ nullable: true })
  siteId?: string;

  @IdField({ nullable: true })
  seriesId?: string;

  @Field({ nullable: true, description: 'Requests ending after this instant' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Requests starting before this instant' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => Int, { nullable: true, description: 'Default: 500' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2000)
  first?: number;
}

@InputType({ description: 'Give bookingIds (one or more dates) or seriesId (every date of the series still waiting).' })
export class ApproveBookingRequestsInput {
  @IdListField(500, { nullable: true })
  bookingIds?: string[];

  @IdField({ nullable: true })
  seriesId?: string;
}

@InputType({ description: 'Give bookingIds (one or more dates) or seriesId (every date of the series still waiting).' })
export class RejectBookingRequestsInput extends ApproveBookingRequestsInput {
  @TextField(1000, { description: 'Required: the partner reads it' })
  reason!: string;
}
