import { graphql } from '../../gql';

export const SITES_WITH_FLOORS = graphql(`
  query SitesWithFloors {
    sites {
      id
      name
      timeZone
      openingHours {
        weekday
        opensAt
        closesAt
      }
      floors {
        id
        name
        level
        planWidth
        planHeight
        plan {
          url
        }
        zones {
          id
          name
          outline {
            x
            y
          }
        }
      }
    }
  }
`);

export const FLOOR_DESKS = graphql(`
  query FloorDesks($filter: SpacesFilter!) {
    spaces(filter: $filter) {
      id
      name
      equipment
      rules {
        maxDurationMinutes
      }
      zone {
        id
        name
      }
      position {
        x
        y
        width
        height
        rotation
      }
    }
  }
`);

export const FLOOR_STATE = graphql(`
  query FloorState($availability: AvailabilityInput!, $bookings: BookingsFilter!) {
    availability(input: $availability) {
      id
    }
    bookings(filter: $bookings) {
      id
      isMine
      space {
        id
      }
      booker {
        displayName
      }
    }
  }
`);
