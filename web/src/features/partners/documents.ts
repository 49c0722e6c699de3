import { graphql } from '../../gql/partners';

export const MY_ORGANISATION = graphql(`
  query MyOrganisation {
    myOrganisation {
      id
      name
      trusted
      monthlyHourQuota
      agreementStartsOn
      agreementEndsOn
      hours {
        weekday
        opensAt
        closesAt
      }
      usage {
        month
        quotaHours
        usedMinutes
        remainingMinutes
      }
    }
  }
`);

export const REQUEST_FIELDS = graphql(`
  fragment RequestFields on BookingRequest {
    id
    decideBy
    decisions {
      decision
      decidedAt
      reason
      decidedBy {
        displayName
      }
    }
    booking {
      id
      startsAt
      endsAt
      status
      title
      seriesId
      viewerCanCancel
      booker {
        id
        displayName
      }
      organisation {
        id
        name
      }
      space {
        id
        name
        kind
        site {
          id
          name
          timeZone
        }
        floor {
          id
          name
        }
      }
    }
  }
`);

export const BOOKING_REQUESTS = graphql(`
  query BookingRequests($filter: BookingRequestsFilter) {
    bookingRequests(filter: $filter) {
      ...RequestFields
    }
  }
`);

export const NOTIFICATIONS = graphql(`
  query MyNotifications {
    notifications(first: 30) {
      id
      kind
      createdAt
      readAt
      spaceName
      siteName
      timeZone
      startsAt
      endsAt
      count
      reason
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export const PARTNER_SPACES = graphql(`
  query PartnerSpaces {
    sites {
      id
      name
      timeZone
      openingHours {
        weekday
        opensAt
        closesAt
      }
    }
    spaces {
      id
      name
      kind
      capacity
      viewerCanBook
      site {
        id
      }
      floor {
        id
        name
      }
    }
    myOrganisation {
      id
      trusted
      hours {
        weekday
        opensAt
        closesAt
      }
    }
  }
`);

export const SPACE_DAY = graphql(`
  query SpaceDay($filter: BookingsFilter!) {
    bookings(filter: $filter) {
      id
      startsAt
      endsAt
      title
      detailsHidden
    }
  }
`);

export const REQUEST_ROOM = graphql(`
  mutation RequestRoom($input: CreateBookingInput!) {
    createBooking(input: $input) {
      id
      status
    }
  }
`);

export const REQUEST_ROOM_SERIES = graphql(`
  mutation RequestRoomSeries($input: CreateBookingSeriesInput!) {
    createBookingSeries(input: $input) {
      seriesId
      bookings {
        id
        status
      }
      skipped {
        date
        reason
      }
    }
  }
`);

export const CANCEL_REQUEST = graphql(`
  mutation CancelRequest($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      id
      status
    }
  }
`);

export const USAGE_STATEMENT = graphql(`
  query UsageStatement($month: String!, $organisationId: ID) {
    usageStatement(month: $month, organisationId: $organisationId) {
      organisationId
      organisationName
      enterpriseNumber
      month
      totalMinutes
      totalCents
      lines {
        spaceKind
        bookings
        minutes
        centsPerHour
        amountCents
      }
      bookings {
        id
        startsAt
        endsAt
        timeZone
        spaceName
        siteName
        minutes
        status
        bookerName
      }
    }
  }
`);

export const USAGE_STATEMENT_CSV = graphql(`
  query UsageStatementCsv($month: String!, $organisationId: ID, $locale: Locale) {
    usageStatement(month: $month, organisationId: $organisationId) {
      organisationName
      csv(locale: $locale)
    }
  }
`);

export const STATEMENT_ORGANISATIONS = graphql(`
  query StatementOrganisations {
    organisations {
      id
      name
    }
  }
`);

export const PARTNER_INVITE = graphql(`
  query PartnerInvite($token: String!) {
    partnerInvite(token: $token) {
      email
      displayName
      organisationName
      expiresAt
      termsVersion
    }
  }
`);

export const ACCEPT_PARTNER_INVITE = graphql(`
  mutation AcceptPartnerInvite($input: AcceptPartnerInviteInput!) {
    acceptPartnerInvite(input: $input) {
      email
    }
  }
`);
