export const BOOKING_STATUSES = [
  'PENDING',
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'CANCELLED',
  'REJECTED',
  'RELEASED',
  'EXPIRED',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Statuses that hold the slot; everything else never blocks anyone. */
export const LIVE_STATUSES = ['PENDING', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED'] as const satisfies readonly BookingStatus[];
export const LIVE_STATUSES_SQL = `(${LIVE_STATUSES.map((s) => `'${s}'`).join(',')})`;

/**
 * SQL for "booking `alias` holds its slot at `now`": a live status, and not a proposal hold that has
 * expired (a PENDING row with hold_expires_at stops counting the moment it expires, before any sweep).
 */
export function liveAtSql(alias: string, nowParam: string): string {
  return `(${alias}.status IN ${LIVE_STATUSES_SQL} AND (${alias}.hold_expires_at IS NULL OR ${alias}.hold_expires_at > ${nowParam}))`;
}
