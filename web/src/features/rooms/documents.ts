import { graphql } from '../../gql';

export const ROOMS_DAY = graphql(`
  query RoomsDay($filter: SpacesFilter!, $bookings: BookingsFilter!) {
    spaces(filter: $filter) {
      id
      name
      kind
      capacity
      viewerCanBook
    }
    bookings(filter: $bookings) {
      id
      startsAt
      endsAt
      title
      detailsHidden
      isMine
      space {
        id
        name
        kind
        confidential
      }
    }
  }
`);
