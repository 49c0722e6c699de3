import ical, { ICalCalendarMethod, ICalEventBusyStatus, ICalEventClass, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export type CalendarEvent = {
  /** Stable for the booking's lifetime: calendars match updates and cancellations on it. */
  uid: string;
  /** Raised with every change sent, so a calendar takes the newest version. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  summary: string;
  location: string | null;
  description: string | null;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Only "busy": private class, nothing but the neutral summary. */
  busyOnly?: boolean;
  organizer?: { name: string; email: string };
  attendees?: { name: string; email: string }[];
  url?: string | null;
};

export type IcsCalendar = { method: IcsMethod | null; name?: string; stamp: Date; events: readonly CalendarEvent[] };

/** The booking's UID; the same in every e-mail and feed, across its whole life. */
export const bookingUid = (bookingId: string) => `${bookingId}@plekwijzer`;

const METHOD: Record<IcsMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};
const STATUS = { CONFIRMED: ICalEventStatus.CONFIRMED, TENTATIVE: ICalEventStatus.TENTATIVE, CANCELLED: ICalEventStatus.CANCELLED };

/**
 * Europe/Brussels with the EU rules (last Sunday of March 02:00 → CEST, last Sunday of October
 * 03:00 → CET), written as rules rather than dates: what Outlook expects.
 */
const VTIMEZONES: Record<string, string[]> = {
  'Europe/Brussels': [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Brussels',
    'X-LIC-LOCATION:Europe/Brussels',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ],
};

/**
 * An iCalendar object for e-mail invites (METHOD REQUEST or CANCEL) or a feed (no method).
 * Times carry TZID and a VTIMEZONE for zones we describe; any other zone is written in UTC,
 * which every calendar understands as the same instant.
 */
export function renderIcs(c: IcsCalendar): string {
  const cal = ical({ prodId: { company: 'Plekwijzer', product: 'Plekwijzer', language: 'NL' } });
  if (c.method) cal.method(METHOD[c.method]);
  if (c.name) cal.name(c.name);
  const zones = new Set<string>();
  for (const e of c.events) {
    const zoned = e.timeZone in VTIMEZONES;
    if (zoned) zones.add(e.timeZone);
    const at = (d: Date) => (zoned ? DateTime.fromJSDate(d).setZone(e.timeZone) : d);
    const event = cal.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: c.stamp,
      start: at(e.startsAt),
      end: at(e.endsAt),
      ...(zoned ? { timezone: e.timeZone } : {}),
      summary: e.summary,
      location: e.location,
      description: e.busyOnly ? null : e.description,
      url: e.busyOnly ? null : (e.url ?? null),
      status: STATUS[e.status],
      transparency: ICalEventTransparency.OPAQUE,
      busystatus: e.status === 'TENTATIVE' ? ICalEventBusyStatus.TENTATIVE : ICalEventBusyStatus.BUSY,
      class: e.busyOnly ? ICalEventClass.PRIVATE : ICalEventClass.PUBLIC,
    });
    if (e.organizer) event.organizer(e.organizer);
    for (const a of e.attendees ?? []) event.createAttendee({ name: a.name, email: a.email, rsvp: false });
  }
  const text = cal.toString();
  if (!zones.size) return text;
  const block = [...zones].flatMap((z) => VTIMEZONES[z]!).join('\r\n');
  return text.replace('BEGIN:VEVENT', `${block}\r\nBEGIN:VEVENT`);
}
