/** Postgres channel every API process LISTENs on for changed bookings. */
export const BOOKING_EVENTS_CHANNEL = 'plekwijzer_bookings';

/** Ids only: subscribers refetch what they may see, so nothing confidential travels through Postgres or the socket. */
export type BookingsChangedEvent = { siteId: string; bookingIds: string[] };

/** NOTIFY payloads must stay under 8000 bytes; 100 ids is about 4 kB. */
const IDS_PER_NOTIFICATION = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The NOTIFY payloads announcing that these bookings of one site changed. */
export function encodeBookingsChanged(siteId: string, bookingIds: readonly string[]): string[] {
  const payloads: string[] = [];
  for (let i = 0; i < bookingIds.length; i += IDS_PER_NOTIFICATION) {
    const event: BookingsChangedEvent = { siteId, bookingIds: bookingIds.slice(i, i + IDS_PER_NOTIFICATION) };
    payloads.push(JSON.stringify(event));
  }
  return payloads;
}

/** A payload as received from Postgres, or undefined when it is not one of ours. */
export function decodeBookingsChanged(payload: string | undefined): BookingsChangedEvent | undefined {
  try {
    const value = JSON.parse(payload ?? '') as Partial<BookingsChangedEvent>;
    if (typeof value.siteId !== 'string' || !UUID.test(value.siteId)) return undefined;
    if (!Array.isArray(value.bookingIds) || !value.bookingIds.every((id) => typeof id === 'string' && UUID.test(id))) return undefined;
    return { siteId: value.siteId, bookingIds: value.bookingIds };
  } catch {
    return undefined;
  }
}
