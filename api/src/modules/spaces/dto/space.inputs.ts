import { Field, InputType, Int, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '../../../auth/roles.js';
import { FloatField, IdField, IdListField, NameField } from '../../../common/validation.js';
import { CancelAffectedField, CancellationMessageField } from '../../administration/dto/impact.fields.js';
import { EquipmentEnum, RoleEnum, SpaceKindEnum } from '../../../graphql/enums.js';
import { EQUIPMENT, SPACE_KINDS, type Equipment, type SpaceKind } from '../space-kind.js';

@InputType()
export class SpacePositionInput {
  @FloatField(0, 100000)
  x!: number;

  @FloatField(0, 100000)
  y!: number;

  @FloatField(1, 100000)
  width!: number;

  @FloatField(1, 100000)
  height!: number;

  @FloatField(0, 359.99, { nullable: true, defaultValue: 0 })
  rotation!: number;
}

@InputType()
export class CreateSpaceInput {
  @IdField()
  floorId!: string;

  @IdField({ nullable: true })
  zoneId?: string | null;

  @NameField()
  name!: string;

  @Field(() => SpaceKindEnum)
  @IsIn(SPACE_KINDS)
  kind!: SpaceKind;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;

  @Field(() => [EquipmentEnum], { nullable: true, defaultValue: [] })
  @ArrayMaxSize(EQUIPMENT.length)
  @IsIn(EQUIPMENT, { each: true })
  equipment!: Equipment[];

  @Field({ nullable: true, description: 'Defaults to true for consultation rooms' })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @Field(() => [RoleEnum], {
    nullable: true,
    description: 'Staff roles that may book; defaults to EMPLOYEE and SOCIAL_WORKER (SOCIAL_WORKER only for consultation rooms)',
  })
  @IsOptional()
  @ArrayMaxSize(STAFF_ROLES.length)
  @IsIn(STAFF_ROLES, { each: true })
  bookableByRoles?: StaffRole[];

  @Field({ nullable: true, defaultValue: false })
  @IsBoolean()
  partnerAccess!: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsBoolean()
  requiresApproval!: boolean;

  @Field(() => SpacePositionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpacePositionInput)
  position?: SpacePositionInput | null;
}

@InputType()
export class UpdateSpaceInput {
  @IdField()
  id!: string;

  @IdField({ nullable: true, description: 'null removes the space from its zone' })
  zoneId?: string | null;

  @NameField({ nullable: true })
  name?: string;

  @Field(() => SpaceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(SPACE_KINDS)
  kind?: SpaceKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @Field(() => [EquipmentEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(EQUIPMENT.length)
  @IsIn(EQUIPMENT, { each: true })
  equipment?: Equipment[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @Field(() => [RoleEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(STAFF_ROLES.length)
  @IsIn(STAFF_ROLES, { each: true })
  bookableByRoles?: StaffRole[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  partnerAccess?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  requiresApproval?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => SpacePositionInput, { nullable: true, description: 'null removes the space from the floor plan' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpacePositionInput)
  position?: SpacePositionInput | null;

  @CancelAffectedField()
  cancelAffected!: boolean;

  @CancellationMessageField()
  cancellationMessage?: string;
}

@InputType({ description: 'The same change for many spaces, e.g. "all desks in zone B get a second screen"' })
export class UpdateSpacesInput extends PickType(UpdateSpaceInput, [
  'kind',
  'capacity',
  'confidential',
  'bookableByRoles',
  'partnerAccess',
  'requiresApproval',
  'active',
  'cancelAffected',
  'cancellationMessage',
] as const) {
  @IdListField(500)
  @ArrayMinSize(1)
  ids!: string[];

  @IdField({ nullable: true, description: 'Move into this zone (on each space’s own floor); null removes them from their zone' })
  zoneId?: string | null;

  @Field(() => [EquipmentEnum], { nullable: true, description: 'Added to what each space has' })
  @IsOptional()
  @ArrayMaxSize(EQUIPMENT.length)
  @IsIn(EQUIPMENT, { each: true })
  addEquipment?: Equipment[];

  @Field(() => [EquipmentEnum], { nullable: true, description: 'Taken away from what each space has' })
  @IsOptional()
  @ArrayMaxSize(EQUIPMENT.length)
  @IsIn(EQUIPMENT, { each: true })
  removeEquipment?: Equipment[];
}

@InputType()
export class SpacePlacementInput {
  @IdField()
  spaceId!: string;

  @Field(() => SpacePositionInput, { nullable: true, description: 'null takes the space off the plan' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpacePositionInput)
  position!: SpacePositionInput | null;
}

@InputType({ description: 'Where spaces stand on their floor’s plan, saved together' })
export class PlaceSpacesInput {
  @IdField()
  floorId!: string;

  @Field(() => [SpacePlacementInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SpacePlacementInput)
  placements!: SpacePlacementInput[];
}

@InputType()
export class SpacesFilter {
  @IdField({ nullable: true })
  siteId?: string;

  @IdField({ nullable: true })
  floorId?: string;

  @IdField({ nullable: true })
  zoneId?: string;

  @Field(() => [SpaceKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(SPACE_KINDS.length)
  @IsIn(SPACE_KINDS, { each: true })
  kinds?: SpaceKind[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  minCapacity?: number;

  @Field(() => [EquipmentEnum], { nullable: true, description: 'Spaces that have all of these' })
  @IsOptional()
  @ArrayMaxSize(EQUIPMENT.length)
  @IsIn(EQUIPMENT, { each: true })
  equipment?: Equipment[];
}

@InputType({ description: 'Give either spaceKind (change the defaults) or spaceId (override for one space).' })
export class SetBookingRulesInput {
  @Field(() => SpaceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(SPACE_KINDS)
  spaceKind?: SpaceKind;

  @IdField({ nullable: true })
  spaceId?: string;

  @Field(() => Int, { nullable: true, description: 'One of 5, 10, 15, 20, 30, 60; null clears a space override' })
  @IsOptional()
  @IsIn([5, 10, 15, 20, 30, 60])
  slotMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  minDurationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  maxDurationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(730)
  maxDaysAhead?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20160)
  minNoticeMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  bufferMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'For a kind, null means no daily limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(48)
  maxBookingsPerDay?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  checkInRequired?: boolean | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  checkInGraceMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes before the start that check-in opens' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  checkInOpensMinutes?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Warn a no-show and release it this many minutes later; for a kind, null releases at once',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  releaseWarningMinutes?: number | null;
}
