import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsIn, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { IdField, IdListField, TextField } from '../../../common/validation.js';
import { LocalDateScalar } from '../../../graphql/scalars.js';

export const DURATIONS = [15, 30, 45, 60, 75, 90, 120] as const;

@InputType({ description: 'What a social worker records about the client; sealed before it reaches the database.' })
export class ConfidentialDetailsInput {
  @TextField(100, { nullable: true, description: 'Client pseudonym or initials' })
  clientPseudonym?: string | null;

  @TextField(60, { nullable: true })
  caseReference?: string | null;

  @TextField(500, { nullable: true, description: 'A short note' })
  note?: string | null;
}

@InputType()
export class CreateConsultationBookingInput {
  @IdField({ description: 'A confidential consultation room' })
  spaceId!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field(() => ConfidentialDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConfidentialDetailsInput)
  details?: ConfidentialDetailsInput | null;

  @IdField({ nullable: true, description: 'A social worker colleague who may read the details too' })
  coWorkerId?: string | null;
}

@InputType()
export class UpdateConfidentialDetailsInput extends ConfidentialDetailsInput {
  @IdField()
  bookingId!: string;
}

@InputType()
export class SetConfidentialCoWorkerInput {
  @IdField()
  bookingId!: string;

  @IdField({ nullable: true, description: 'null: nobody but the booker may read the details' })
  coWorkerId?: string | null;
}

@InputType()
export class ConsultationProposalsInput {
  @Field(() => Int, { description: `Length of the talk in minutes: one of ${DURATIONS.join(', ')}` })
  @IsIn(DURATIONS)
  durationMinutes!: number;

  @Field(() => LocalDateScalar, { description: 'First day to propose (local date)' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day to propose, inclusive; at most 31 days after `from`' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to!: string;

  @IdListField(20, { nullable: true, description: 'Only these sites (default: every site with a consultation room you may book)' })
  siteIds?: string[];
}

@InputType()
export class ProposalSlotInput {
  @IdField()
  spaceId!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;
}

@InputType()
export class HoldConsultationProposalsInput {
  @Field(() => [ProposalSlotInput], { description: 'The slots to keep for the citizen (2 to 12)' })
  @ArrayMinSize(2)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ProposalSlotInput)
  proposals!: ProposalSlotInput[];
}

@InputType()
export class ConfirmConsultationProposalInput {
  @IdField({ description: 'The held slot the citizen chose' })
  bookingId!: string;

  @Field(() => ConfidentialDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConfidentialDetailsInput)
  details?: ConfidentialDetailsInput | null;

  @IdField({ nullable: true })
  coWorkerId?: string | null;
}

@InputType()
export class ReleaseConsultationProposalsInput {
  @IdField()
  proposalSetId!: string;
}
