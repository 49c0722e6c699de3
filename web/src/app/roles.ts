/** Role groups the menu and pages use to decide what to show (the API enforces access). */
export const STAFF_BOOKERS = ['EMPLOYEE', 'SOCIAL_WORKER', 'FACILITY_MANAGER'] as const;
export const MANAGERS = ['FACILITY_MANAGER', 'ADMIN'] as const;
