import { IconBuildingCommunity, IconCalendar, IconDesk } from '@tabler/icons-react';
import { STAFF_BOOKERS } from './roles';

export type NavEntry = { to: string; key: string; icon: typeof IconDesk; roles?: readonly string[] };

/**
 * The menu, in order. Finding a desk or a room is the common task, so it comes first. An entry
 * with `roles` shows only to viewers holding one of them (the API decides access; this keeps the
 * menu to what works). A feature adds its page here and its route in App.tsx.
 */
export const NAV: NavEntry[] = [
  { to: '/werkplek', key: 'nav.desks', icon: IconDesk, roles: STAFF_BOOKERS },
  { to: '/ruimtes', key: 'nav.rooms', icon: IconBuildingCommunity },
  { to: '/agenda', key: 'nav.agenda', icon: IconCalendar },
];

export function visibleNav(roles: readonly string[]): NavEntry[] {
  return NAV.filter((n) => !n.roles || n.roles.some((r) => roles.includes(r)));
}

/** Where a viewer starts: the first page of their menu. */
export function startPath(roles: readonly string[]): string {
  return visibleNav(roles)[0]?.to ?? '/agenda';
}
