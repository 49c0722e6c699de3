import {
  IconAdjustments,
  IconBuildingBank,
  IconBuildingCommunity,
  IconCalendar,
  IconCalendarPlus,
  IconChartBar,
  IconChecklist,
  IconDesk,
  IconDoorEnter,
  IconMessages,
  IconQrcode,
  IconReportMoney,
  IconSettings,
  IconShieldLock,
  IconTarget,
  IconTrophy,
  IconUsersGroup,
} from '@tabler/icons-react';
import { MANAGERS, STAFF_BOOKERS } from './roles';

/** Everyone but partners, who request rooms through their own pages. */
const STAFF = ['EMPLOYEE', 'SOCIAL_WORKER', 'RECEPTION', 'FACILITY_MANAGER', 'MANAGEMENT', 'ADMIN'] as const;

export type NavEntry = { to: string; key: string; icon: typeof IconDesk; roles?: readonly string[] };

/**
 * The menu, in order. Finding a desk or a room is the common task, so it comes first. An entry
 * with `roles` shows only to viewers holding one of them (the API decides access; this keeps the
 * menu to what works). A feature adds its page here and its route in App.tsx.
 */
export const NAV: NavEntry[] = [
  { to: '/onthaal', key: 'confidential.nav.reception', icon: IconDoorEnter, roles: ['RECEPTION'] },
  { to: '/werkplek', key: 'nav.desks', icon: IconDesk, roles: STAFF_BOOKERS },
  { to: '/ruimtes', key: 'nav.rooms', icon: IconBuildingCommunity, roles: STAFF },
  { to: '/agenda', key: 'nav.agenda', icon: IconCalendar, roles: STAFF },
  { to: '/gesprekken', key: 'confidential.nav.consultations', icon: IconMessages, roles: ['SOCIAL_WORKER'] },
  { to: '/auditlog', key: 'confidential.nav.audit', icon: IconShieldLock, roles: ['ADMIN'] },
  { to: '/beheer', key: 'adminNav.title', icon: IconSettings, roles: MANAGERS },
  { to: '/portaal', key: 'partnersNav.portal', icon: IconUsersGroup, roles: ['PARTNER'] },
  { to: '/nieuwe-aanvraag', key: 'partnersNav.request', icon: IconCalendarPlus, roles: ['PARTNER'] },
  { to: '/goedkeuringen', key: 'partnersNav.approvals', icon: IconChecklist, roles: ['FACILITY_MANAGER'] },
  { to: '/organisaties', key: 'partnersNav.organisations', icon: IconBuildingBank, roles: MANAGERS },
  { to: '/gebruik', key: 'partnersNav.statements', icon: IconReportMoney, roles: ['PARTNER', ...MANAGERS] },
  { to: '/rapporten', key: 'reportsNav.reports', icon: IconChartBar, roles: ['MANAGEMENT', 'FACILITY_MANAGER'] },
  { to: '/succesmeting', key: 'reportsNav.measures', icon: IconTrophy, roles: ['MANAGEMENT', 'FACILITY_MANAGER'] },
  { to: '/doelen', key: 'reportsNav.targets', icon: IconTarget, roles: ['MANAGEMENT', 'FACILITY_MANAGER'] },
  { to: '/qr-codes', key: 'reportsNav.qrCodes', icon: IconQrcode, roles: MANAGERS },
  { to: '/instellingen', key: 'settings.nav', icon: IconAdjustments },
];

export function visibleNav(roles: readonly string[]): NavEntry[] {
  return NAV.filter((n) => !n.roles || n.roles.some((r) => roles.includes(r)));
}

/** Where a viewer starts: the first page of their menu. */
export function startPath(roles: readonly string[]): string {
  return visibleNav(roles)[0]?.to ?? '/agenda';
}
