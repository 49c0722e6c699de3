import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import { toBookingModel } from '../bookings/booking.mapper.js';
import type { BookingRow } from '../bookings/bookings.repository.js';
import type { UserSummaryModel } from '../people/user.model.js';
import type { BookingRequestModel } from './booking-request.model.js';
import type { DecisionRow, RequestRow } from './booking-requests.repository.js';

/** Requests in the order given; a partner never learns which staff member decided. */
export function toRequestModels(
  viewer: Viewer,
  requests: readonly Pick<RequestRow, 'id' | 'decideBy'>[],
  bookings: readonly BookingRow[],
  decisions: readonly DecisionRow[],
  attendees: Map<string, UserSummaryModel[]>,
  now: Date,
): BookingRequestModel[] {
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const staffNames = hasAnyRole(viewer, 'FACILITY_MANAGER', 'ADMIN');
  return requests.flatMap((r) => {
    const booking = byId.get(r.id);
    if (!booking) return [];
    return [
      {
        id: r.id,
        booking: toBookingModel(viewer, booking, now, attendees.get(r.id)),
        decideBy: r.decideBy,
        decisions: decisions
          .filter((d) => d.bookingId === r.id)
          .map((d) => ({
            decision: d.decision,
            decidedAt: d.decidedAt,
            reason: d.reason,
            decidedBy: staffNames && d.decidedById ? { id: d.decidedById, displayName: d.decidedByName ?? '', departmentName: null } : null,
          })),
      },
    ];
  });
}
