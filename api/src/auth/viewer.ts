import { effectiveRoles, type Role } from './roles.js';

/** The signed-in person as every access decision sees them. */
export type Viewer = {
  id: string;
  email: string;
  displayName: string;
  roles: readonly Role[];
  /** Roles including implied ones (a social worker is also an employee). */
  can: ReadonlySet<Role>;
  departmentId: string | null;
  organisationId: string | null;
  locale: 'nl-BE' | 'en';
};

export function makeViewer(u: Omit<Viewer, 'can'>): Viewer {
  return { ...u, can: effectiveRoles(u.roles) };
}

export function hasAnyRole(viewer: Viewer, ...roles: Role[]): boolean {
  return roles.some((r) => viewer.can.has(r));
}

/** Staff see colleagues' names; partners never do. */
export function isStaff(viewer: Viewer): boolean {
  return !viewer.can.has('PARTNER');
}
