import { hasAnyRole, isStaff, type Viewer } from '../../auth/viewer.js';
import type { UserSummaryModel } from '../people/user.model.js';
import type { BookingModel } from './booking.model.js';
import type { BookingRow } from './bookings.repository.js';

/** FULL: everything; STAFF: who/where/when but no title or attendees; BUSY: only that the slot is taken. */
export type BookingVisibility = 'FULL' | 'STAFF' | 'BUSY';

const FINAL = new Set(['CANCELLED', 'REJECTED', 'RELEASED', 'COMPLETED', 'EXPIRED']);

export function visibilityOf(viewer: Viewer, b: Pick<BookingRow, 'bookerId' | 'organisationId' | 'confidential'>): BookingVisibility {
  if (b.bookerId === viewer.id) return 'FULL';
  if (!isStaff(viewer)) return b.organisationId !== null && b.organisationId === viewer.organisationId ? 'FULL' : 'BUSY';
  if (b.confidential) return 'STAFF';
  // Reception guides visitors: staff member, room and time are enough.
  if (!hasAnyRole(viewer, 'EMPLOYEE', 'FACILITY_MANAGER')) return 'STAFF';
  return 'FULL';
}

/** The only bridge from a booking row to what the viewer receives; drops what they may not see. */
export function toBookingModel(viewer: Viewer, b: BookingRow, now: Date, attendees: UserSummaryModel[] = []): BookingModel {
  const visibility = visibilityOf(viewer, b);
  const isMine = b.bookerId === viewer.id;
  const open = !FINAL.has(b.status) && b.endsAt.getTime() > now.getTime();
  return {
    id: b.id,
    space: {
      id: b.spaceId,
      name: b.spaceName,
      kind: b.spaceKind,
      confidential: b.confidential,
      floor: { id: b.floorId, name: b.floorName, level: b.floorLevel },
      site: { id: b.siteId, name: b.siteName, timeZone: b.timeZone },
    },
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    status: b.status,
    title: visibility === 'FULL' ? b.title : null,
    detailsHidden: visibility !== 'FULL',
    booker: visibility === 'BUSY' ? null : { id: b.bookerId, displayName: b.bookerName, departmentName: b.bookerDepartment },
    organisation: visibility !== 'BUSY' && b.organisationId ? { id: b.organisationId, name: b.organisationName ?? '' } : null,
    attendees: visibility === 'FULL' ? attendees : [],
    externalAttendees: visibility === 'FULL' ? b.externalAttendees : 0,
    seriesId: visibility === 'FULL' ? b.seriesId : null,
    checkedInAt: visibility === 'BUSY' ? null : b.checkedInAt,
    createdAt: b.createdAt,
    isMine,
    // a partner's request is cancelled and asked again, never moved
    viewerCanUpdate: open && isMine && isStaff(viewer),
    viewerCanCancel: open && (isMine || hasAnyRole(viewer, 'FACILITY_MANAGER')),
    viewerCanReadConfidentialDetails: mayReadConfidentialDetails(viewer, b),
    holdExpiresAt: visibility === 'FULL' ? b.holdExpiresAt : null,
  };
}

/** Client details are for the booker and the colleague they named, and only while they are social workers. */
export function mayReadConfidentialDetails(viewer: Viewer, b: Pick<BookingRow, 'bookerId' | 'coWorkerId' | 'confidential'>): boolean {
  return b.confidential && viewer.can.has('SOCIAL_WORKER') && (b.bookerId === viewer.id || b.coWorkerId === viewer.id);
}
