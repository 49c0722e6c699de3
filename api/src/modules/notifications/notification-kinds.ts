/** What an in-app notification is about; the web app words each kind in the reader's language. */
export const NOTIFICATION_KINDS = [
  'BOOKING_REQUEST_APPROVED',
  'BOOKING_REQUEST_REJECTED',
  'BOOKING_REQUEST_EXPIRED',
  'BOOKING_CANCELLED_SUSPENDED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification about one booking or a group of dates of one series carries. */
export type BookingNotice = {
  spaceName: string;
  siteName: string;
  timeZone: string;
  /** The first (or only) date concerned. */
  startsAt: string;
  endsAt: string;
  /** How many dates (1 for a single booking). */
  count: number;
  seriesId: string | null;
  bookingIds: string[];
  reason: string | null;
};

/** Outbox template of each kind (the e-mail an e-mail sender renders). */
export const TEMPLATE_OF: Record<NotificationKind, string> = {
  BOOKING_REQUEST_APPROVED: 'booking-request.approved',
  BOOKING_REQUEST_REJECTED: 'booking-request.rejected',
  BOOKING_REQUEST_EXPIRED: 'booking-request.expired',
  BOOKING_CANCELLED_SUSPENDED: 'booking.cancelled-suspended',
};
