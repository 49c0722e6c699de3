import { graphql } from '../../gql/partners';

export const ORGANISATIONS = graphql(`
  query Organisations($filter: OrganisationsFilter) {
    organisations(filter: $filter) {
      id
      name
      enterpriseNumber
      status
      trusted
      monthlyHourQuota
    }
  }
`);

export const ORGANISATION = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      enterpriseNumber
      address
      status
      suspendedAt
      suspensionReason
      trusted
      monthlyHourQuota
      agreementStartsOn
      agreementEndsOn
      termsVersion
      termsAcceptedAt
      contacts {
        id
        name
        email
        phone
        jobTitle
      }
      access {
        id
        site {
          id
          name
        }
        spaceKind
        space {
          id
          name
        }
      }
      hours {
        weekday
        opensAt
        closesAt
      }
      tariffs {
        spaceKind
        centsPerHour
      }
      members {
        id
        email
        displayName
        active
      }
      invites {
        id
        email
        displayName
        expiresAt
      }
    }
  }
`);

export const PARTNER_CATALOGUE = graphql(`
  query PartnerCatalogue {
    sites {
      id
      name
    }
    spaces {
      id
      name
      kind
      partnerAccess
      site {
        id
        name
      }
    }
  }
`);

export const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
    }
  }
`);

export const SET_ORGANISATION_ACCESS = graphql(`
  mutation SetOrganisationAccess($input: SetOrganisationAccessInput!) {
    setOrganisationAccess(input: $input) {
      id
    }
  }
`);

export const SET_ORGANISATION_TARIFFS = graphql(`
  mutation SetOrganisationTariffs($input: SetOrganisationTariffsInput!) {
    setOrganisationTariffs(input: $input) {
      id
    }
  }
`);

export const INVITE_PARTNER = graphql(`
  mutation InvitePartner($input: InvitePartnerInput!) {
    invitePartner(input: $input) {
      inviteUrl
      invite {
        id
        email
      }
    }
  }
`);

export const REVOKE_PARTNER_INVITE = graphql(`
  mutation RevokePartnerInvite($input: RevokePartnerInviteInput!) {
    revokePartnerInvite(input: $input) {
      id
    }
  }
`);

export const SUSPEND_ORGANISATION = graphql(`
  mutation SuspendOrganisation($input: SuspendOrganisationInput!) {
    suspendOrganisation(input: $input) {
      cancelledBookings
    }
  }
`);

export const REACTIVATE_ORGANISATION = graphql(`
  mutation ReactivateOrganisation($input: ReactivateOrganisationInput!) {
    reactivateOrganisation(input: $input) {
      id
    }
  }
`);

export const APPROVE_REQUESTS = graphql(`
  mutation ApproveBookingRequests($input: ApproveBookingRequestsInput!) {
    approveBookingRequests(input: $input) {
      id
    }
  }
`);

export const REJECT_REQUESTS = graphql(`
  mutation RejectBookingRequests($input: RejectBookingRequestsInput!) {
    rejectBookingRequests(input: $input) {
      id
    }
  }
`);
