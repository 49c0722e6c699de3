import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SpaceKindEnum } from '../../graphql/enums.js';
import { LocalDateScalar, LocalTimeScalar } from '../../graphql/scalars.js';
import { SiteRefModel } from '../spaces/space.model.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import { ORGANISATION_STATUSES, type OrganisationStatus } from './organisation.entity.js';

export const OrganisationStatusEnum = Object.fromEntries(ORGANISATION_STATUSES.map((s) => [s, s])) as {
  [K in OrganisationStatus]: K;
};
registerEnumType(OrganisationStatusEnum, { name: 'OrganisationStatus' });

@ObjectType('OrganisationContact')
export class OrganisationContactModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
}

@ObjectType('SpaceRef')
export class SpaceRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('OrganisationAccessGrant', {
  description:
    'One space, or every space open to partners at a site and/or of a kind. A null site and kind (and no space) means every partner space.',
})
export class OrganisationAccessGrantModel {
  @Field(() => ID) id!: string;
  @Field(() => SiteRefModel, { nullable: true }) site!: SiteRefModel | null;
  @Field(() => SpaceKindEnum, { nullable: true }) spaceKind!: SpaceKind | null;
  @Field(() => SpaceRefModel, { nullable: true }) space!: SpaceRefModel | null;
}

@ObjectType('OrganisationHours')
export class OrganisationHoursModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' }) weekday!: number;
  @Field(() => LocalTimeScalar) opensAt!: string;
  @Field(() => LocalTimeScalar) closesAt!: string;
}

@ObjectType('OrganisationTariff')
export class OrganisationTariffModel {
  @Field(() => SpaceKindEnum) spaceKind!: SpaceKind;
  @Field(() => Int, { description: 'Euro cents per hour; 0 for social partners' }) centsPerHour!: number;
}

@ObjectType('OrganisationMember')
export class OrganisationMemberModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() active!: boolean;
}

@ObjectType('QuotaUsage')
export class QuotaUsageModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { nullable: true, description: 'Null: no quota' }) quotaHours!: number | null;
  @Field(() => Int, { description: 'Pending and confirmed minutes booked in the month' }) usedMinutes!: number;
  @Field(() => Int, { nullable: true }) remainingMinutes!: number | null;
}

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Formatted 0412.345.614' }) enterpriseNumber!: string | null;
  @Field() address!: string;
  @Field(() => OrganisationStatusEnum) status!: OrganisationStatus;
  @Field(() => Date, { nullable: true }) suspendedAt!: Date | null;
  @Field(() => String, { nullable: true }) suspensionReason!: string | null;
  @Field({ description: 'Requests are confirmed at once, without approval' }) trusted!: boolean;
  @Field(() => Int, { nullable: true, description: 'Hours per calendar month (pending and confirmed); null: no limit' })
  monthlyHourQuota!: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) agreementStartsOn!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) agreementEndsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Version of the terms of use accepted' }) termsVersion!: string | null;
  @Field(() => Date, { nullable: true }) termsAcceptedAt!: Date | null;
  @Field() createdAt!: Date;
}
