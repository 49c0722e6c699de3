import type { AdminChangeModel, AffectedBookingModel, BookingImpactModel } from './admin-change.model.js';
import type { AdminChangeRow } from './admin-changes.repository.js';
import type { AffectedBooking, Impact } from './change-impact.service.js';
import { fieldChanges } from './snapshot.js';

export function toAdminChangeModel(c: AdminChangeRow): AdminChangeModel {
  return {
    id: c.id,
    occurredAt: c.occurredAt,
    actor: { id: c.actorId, displayName: c.actorName, departmentName: c.actorDepartment },
    action: c.action,
    targetType: c.targetType,
    targetId: c.targetId,
    targetLabel: c.targetLabel,
    note: c.note,
    changes: fieldChanges(c.before, c.after),
  };
}

/** Staff member, space and time: never a booking's title or client details. */
export function toAffectedBookingModel(b: AffectedBooking): AffectedBookingModel {
  return {
    id: b.id,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    status: b.status,
    space: { id: b.spaceId, name: b.spaceName, kind: b.spaceKind, floorName: b.floorName, siteName: b.siteName, timeZone: b.timeZone },
    booker: { id: b.bookerId, displayName: b.bookerName, departmentName: b.bookerDepartment },
    reason: b.reason,
  };
}

export function toImpactModel(i: Impact): BookingImpactModel {
  return { count: i.count, bookings: i.bookings.map(toAffectedBookingModel) };
}
