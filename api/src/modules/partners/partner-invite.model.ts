import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../organisations/organisation.model.js';

@ObjectType('PartnerInvite')
export class PartnerInviteModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) organisationId!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() createdAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() invitedBy!: string;
}

@ObjectType('PartnerInvitePayload')
export class PartnerInvitePayloadModel {
  @Field(() => PartnerInviteModel) invite!: PartnerInviteModel;
  @Field({
    description:
      'The single-use link, shown once (it is never stored): absolute when PUBLIC_URL is set, otherwise a path on this server. ' +
      'The same invitation waits in the e-mail outbox.',
  })
  inviteUrl!: string;
}

@ObjectType('PartnerInvitePreview', { description: 'What the invite page shows before a password is chosen' })
export class PartnerInvitePreviewModel {
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() organisationName!: string;
  @Field() expiresAt!: Date;
  @Field({ description: 'Version of the terms of use to accept' }) termsVersion!: string;
}

@ObjectType('AcceptedPartnerInvite')
export class AcceptedPartnerInviteModel {
  @Field({ description: 'Sign in with this address and the chosen password' }) email!: string;
}

@ObjectType('SuspendOrganisationPayload')
export class SuspendOrganisationPayloadModel {
  @Field(() => OrganisationModel) organisation!: OrganisationModel;
  @Field(() => Int, { description: 'Future bookings and requests that were cancelled' }) cancelledBookings!: number;
}
