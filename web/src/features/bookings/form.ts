import * as z from 'zod/mini';

export type BookingDraft = {
  bookingId?: string;
  spaceId?: string;
  /** Space fixed by where the dialog was opened from (floor plan, room column). */
  lockSpace?: boolean;
  date: string;
  start: string;
  end: string;
  title?: string | null;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

export const bookingFormSchema = z
  .object({
    spaceId: z.string().check(z.minLength(1, 'errors.REQUIRED')),
    date: z.string().check(z.regex(DATE, 'errors.REQUIRED')),
    start: z.string().check(z.regex(TIME, 'errors.REQUIRED')),
    end: z.string().check(z.regex(TIME, 'errors.REQUIRED')),
    title: z.string().check(z.maxLength(200)),
    attendeeIds: z.array(z.string()).check(z.maxLength(100)),
    externalAttendees: z.int().check(z.gte(0), z.lte(1000)),
    repeat: z.boolean(),
    frequency: z.enum(['WEEKLY', 'DAILY']),
    byWeekday: z.array(z.string()),
    until: z.string(),
    skipConflicts: z.boolean(),
  })
  .check(
    z.refine((v) => v.end > v.start, { path: ['end'], message: 'errors.BOOKING_INVALID_RANGE' }),
    z.refine((v) => !v.repeat || (DATE.test(v.until) && v.until >= v.date), { path: ['until'], message: 'errors.REQUIRED' }),
  );

export type BookingFormValues = z.infer<typeof bookingFormSchema>;

/** API field names → form field names, so a rule error lands next to the input it concerns. */
export const API_FIELD_TO_FORM: Record<string, keyof BookingFormValues> = {
  spaceId: 'spaceId',
  startsAt: 'start',
  endsAt: 'end',
  title: 'title',
  attendeeIds: 'attendeeIds',
  externalAttendees: 'externalAttendees',
  'recurrence.until': 'until',
  recurrence: 'until',
};
