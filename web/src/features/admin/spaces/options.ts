export const SPACE_KINDS = [
  'DESK',
  'QUIET_ROOM',
  'MEETING_ROOM',
  'INFORMAL_AREA',
  'PHONE_BOOTH',
  'CONSULTATION_ROOM',
  'FRONT_DESK',
] as const;
export const EQUIPMENT = [
  'SCREEN',
  'DUAL_SCREEN',
  'DOCKING_STATION',
  'VIDEO_CONFERENCING',
  'WHITEBOARD',
  'HEIGHT_ADJUSTABLE_DESK',
  'WHEELCHAIR_ACCESS',
] as const;
/** Roles a space can be opened to; partners get in through "partner access". */
export const STAFF_ROLES = ['EMPLOYEE', 'SOCIAL_WORKER', 'RECEPTION', 'FACILITY_MANAGER', 'MANAGEMENT', 'ADMIN'] as const;
