/** The rules the engine applies to one space, after merging the kind's defaults with its overrides. */
export type BookingRules = {
  slotMinutes: number;
  minDurationMinutes: number;
  maxDurationMinutes: number;
  maxDaysAhead: number;
  minNoticeMinutes: number;
  bufferMinutes: number;
  /** null: no daily limit. */
  maxBookingsPerDay: number | null;
  checkInRequired: boolean;
  checkInGraceMinutes: number;
  /** Check-in opens this many minutes before the start (and closes `checkInGraceMinutes` after it). */
  checkInOpensMinutes: number;
  /** null: a no-show is released at once; otherwise the booker is warned first and it is released this much later. */
  releaseWarningMinutes: number | null;
};

export const RULE_FIELDS = [
  'slotMinutes',
  'minDurationMinutes',
  'maxDurationMinutes',
  'maxDaysAhead',
  'minNoticeMinutes',
  'bufferMinutes',
  'maxBookingsPerDay',
  'checkInRequired',
  'checkInGraceMinutes',
  'checkInOpensMinutes',
  'releaseWarningMinutes',
] as const satisfies readonly (keyof BookingRules)[];

/** SQL for the effective rules of space `s`, given kind defaults `k` and overrides `o`. */
export const EFFECTIVE_RULES_SQL = `
  coalesce(o.slot_minutes, k.slot_minutes) AS "slotMinutes",
  coalesce(o.min_duration_minutes, k.min_duration_minutes) AS "minDurationMinutes",
  coalesce(o.max_duration_minutes, k.max_duration_minutes) AS "maxDurationMinutes",
  coalesce(o.max_days_ahead, k.max_days_ahead) AS "maxDaysAhead",
  coalesce(o.min_notice_minutes, k.min_notice_minutes) AS "minNoticeMinutes",
  coalesce(o.buffer_minutes, k.buffer_minutes) AS "bufferMinutes",
  coalesce(o.max_bookings_per_day, k.max_bookings_per_day) AS "maxBookingsPerDay",
  coalesce(o.check_in_required, k.check_in_required) AS "checkInRequired",
  coalesce(o.check_in_grace_minutes, k.check_in_grace_minutes) AS "checkInGraceMinutes",
  coalesce(o.check_in_opens_minutes, k.check_in_opens_minutes) AS "checkInOpensMinutes",
  coalesce(o.release_warning_minutes, k.release_warning_minutes) AS "releaseWarningMinutes"`;

export function pickRules(row: BookingRules): BookingRules {
  return Object.fromEntries(RULE_FIELDS.map((f) => [f, row[f]])) as BookingRules;
}
