export type DeskState = 'free' | 'taken' | 'mine' | 'unavailable';

export type DeskInput = { id: string };
export type BookingInput = { space: { id: string }; isMine: boolean; booker?: { displayName: string } | null };

/**
 * A desk's state for the chosen interval: mine beats taken (the viewer's own booking), a desk
 * the API lists as available is free, and anything else cannot be booked then (rules, filters).
 */
export function deskStates(desks: readonly DeskInput[], freeIds: ReadonlySet<string>, bookings: readonly BookingInput[]) {
  const byDesk = new Map<string, { state: DeskState; takenBy?: string }>();
  for (const d of desks) byDesk.set(d.id, { state: freeIds.has(d.id) ? 'free' : 'unavailable' });
  for (const b of bookings) {
    const current = byDesk.get(b.space.id);
    if (!current || current.state === 'mine') continue;
    byDesk.set(b.space.id, b.isMine ? { state: 'mine' } : { state: 'taken', takenBy: b.booker?.displayName });
  }
  return byDesk;
}
