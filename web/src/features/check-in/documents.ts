import { graphql } from '../../gql/check-in';

/** A booking's check-in state and rating, for its booker. */
export const CHECK_IN_FIELDS = graphql(`
  fragment CheckInFields on Booking {
    id
    status
    startsAt
    endsAt
    viewerCanRate
    myRating {
      bookingId
      score
      comment
    }
    checkIn {
      required
      opensAt
      closesAt
      viewerCanCheckIn
      viewerCanCheckOut
      releaseWarningAt
    }
  }
`);

export const BOOKING_CHECK_IN = graphql(`
  query BookingCheckIn($id: ID!) {
    booking(id: $id) {
      ...CheckInFields
    }
  }
`);

export const CHECK_INS_DUE = graphql(`
  query CheckInsDue {
    checkInsDue {
      ...BookingFields
      ...CheckInFields
    }
  }
`);

export const CHECK_IN_BOOKING = graphql(`
  mutation CheckInBooking($input: CheckInBookingInput!) {
    checkInBooking(input: $input) {
      ...CheckInFields
    }
  }
`);

export const CHECK_OUT_BOOKING = graphql(`
  mutation CheckOutBooking($input: CheckOutBookingInput!) {
    checkOutBooking(input: $input) {
      ...CheckInFields
    }
  }
`);

export const SPACE_SCAN = graphql(`
  query SpaceScan($spaceId: ID!) {
    spaceScan(spaceId: $spaceId) {
      state
      reason
      checkInOpensAt
      walkUpFrom
      walkUpUntil
      busyUntil
      space {
        id
        name
        kind
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
      booking {
        ...BookingFields
        ...CheckInFields
      }
    }
  }
`);

export const CREATE_WALK_UP = graphql(`
  mutation CreateWalkUpBooking($input: CreateWalkUpBookingInput!) {
    createWalkUpBooking(input: $input) {
      ...BookingFields
      ...CheckInFields
    }
  }
`);

export const QR_SITES = graphql(`
  query QrSites {
    sites {
      id
      name
      floors {
        id
        name
      }
    }
  }
`);

export const FLOOR_QR_CODES = graphql(`
  query FloorQrCodes($floorId: ID!, $baseUrl: String) {
    floorQrCodes(floorId: $floorId, baseUrl: $baseUrl) {
      spaceId
      url
      svg
      space {
        id
        name
        kind
        zone {
          id
          name
        }
      }
    }
  }
`);

export const BOOKINGS_TO_RATE = graphql(`
  query BookingsToRate {
    bookingsToRate {
      ...BookingFields
      ...CheckInFields
    }
  }
`);

export const RATE_BOOKING = graphql(`
  mutation RateBooking($input: RateBookingInput!) {
    rateBooking(input: $input) {
      bookingId
      score
      comment
    }
  }
`);
