import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { CheckInActions } from './CheckInActions';
import { BOOKING_CHECK_IN } from './documents';
import { RatingForm } from './RatingForm';

/** The check-in and rating part of a booking's details: loads the booker's own state of the booking. */
export function BookingCheckIn({ bookingId, timeZone, label }: { bookingId: string; timeZone: string; label: string }) {
  const { data } = useQuery(BOOKING_CHECK_IN, { variables: { id: bookingId }, fetchPolicy: 'cache-and-network' });
  const booking = data?.booking;
  if (!booking) return null;
  return (
    <Stack gap="sm">
      <CheckInActions booking={booking} timeZone={timeZone} />
      {booking.viewerCanRate && <RatingForm booking={booking} label={label} />}
    </Stack>
  );
}
