export { BookingDialog } from './BookingDialog';
export { BookingDetails } from './BookingDetails';
export { bookingLabel } from './labels';
export type { BookingDraft } from './form';
export { BOOKING_FIELDS } from './documents';
