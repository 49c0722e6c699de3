export const SPACE_KINDS = [
  'DESK',
  'QUIET_ROOM',
  'MEETING_ROOM',
  'INFORMAL_AREA',
  'PHONE_BOOTH',
  'CONSULTATION_ROOM',
  'FRONT_DESK',
] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const EQUIPMENT = [
  'SCREEN',
  'DUAL_SCREEN',
  'DOCKING_STATION',
  'VIDEO_CONFERENCING',
  'WHITEBOARD',
  'HEIGHT_ADJUSTABLE_DESK',
  'WHEELCHAIR_ACCESS',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];
