import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

const BOOKINGS_CHANGED = graphql(`
  subscription BookingsChanged($siteId: ID!) {
    bookingsChanged(siteId: $siteId) {
      siteId
      bookingIds
    }
  }
`);

/**
 * Keeps the screen true while others book: the server sends only ids, and the active queries
 * refetch what this viewer may see.
 */
export function useLiveBookings(siteId: string | undefined): void {
  const client = useApolloClient();
  useSubscription(BOOKINGS_CHANGED, {
    variables: { siteId: siteId ?? '' },
    skip: !siteId,
    onData: () => void client.refetchQueries({ include: 'active' }),
  });
}
