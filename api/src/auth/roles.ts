export const ROLES = ['EMPLOYEE', 'SOCIAL_WORKER', 'RECEPTION', 'FACILITY_MANAGER', 'MANAGEMENT', 'PARTNER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a space can be opened to; partners get access through `partnerAccess` instead. */
export const STAFF_ROLES = ROLES.filter((r): r is Exclude<Role, 'PARTNER'> => r !== 'PARTNER');
export type StaffRole = (typeof STAFF_ROLES)[number];

/** DOMAIN.md: a social worker can do all an employee can. */
export function effectiveRoles(roles: readonly Role[]): Set<Role> {
  const set = new Set(roles);
  if (set.has('SOCIAL_WORKER')) set.add('EMPLOYEE');
  return set;
}

export function sqlTextArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`;
}
