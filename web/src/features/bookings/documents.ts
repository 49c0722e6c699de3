import { graphql } from '../../gql';

/** Everything a calendar entry or details panel shows of a booking. */
export const BOOKING_FIELDS = graphql(`
  fragment BookingFields on Booking {
    id
    startsAt
    endsAt
    status
    title
    detailsHidden
    isMine
    seriesId
    viewerCanUpdate
    viewerCanCancel
    holdExpiresAt
    externalAttendees
    booker {
      id
      displayName
    }
    attendees {
      id
      displayName
    }
    space {
      id
      name
      kind
      confidential
      floor {
        id
        name
      }
      site {
        id
        name
        timeZone
      }
    }
  }
`);

export const BOOKABLE_SPACES = graphql(`
  query BookableSpaces {
    sites {
      id
      name
      timeZone
    }
    spaces {
      id
      name
      kind
      capacity
      confidential
      viewerCanBook
      site {
        id
      }
      floor {
        id
        name
      }
    }
  }
`);

export const CREATE_BOOKING = graphql(`
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      ...BookingFields
    }
  }
`);

export const UPDATE_BOOKING = graphql(`
  mutation UpdateBooking($input: UpdateBookingInput!) {
    updateBooking(input: $input) {
      ...BookingFields
    }
  }
`);

export const CANCEL_BOOKING = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      ...BookingFields
    }
  }
`);

export const CREATE_SERIES = graphql(`
  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {
    createBookingSeries(input: $input) {
      seriesId
      bookings {
        id
      }
      planned {
        date
        startsAt
        endsAt
      }
      skipped {
        date
        startsAt
        reason
      }
    }
  }
`);

export const COLLEAGUES = graphql(`
  query Colleagues($search: String!) {
    colleagues(search: $search, first: 20) {
      id
      displayName
      departmentName
    }
  }
`);
