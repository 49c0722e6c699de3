import ICAL from 'ical.js';
import { bookingUid, renderIcs, type CalendarEvent } from './ics.js';

const event: CalendarEvent = {
  uid: bookingUid('0b7c3a52-6a0e-4d51-9a3f-5a1c2f3e4d5c'),
  sequence: 3,
  // Sunday 28 March 2027 is the night of 23 hours; the meeting is on the Monday after
  startsAt: new Date('2027-03-29T07:00:00Z'),
  endsAt: new Date('2027-03-29T08:30:00Z'),
  timeZone: 'Europe/Brussels',
  summary: 'Overleg, Vergaderzaal De Beek',
  location: 'Vergaderzaal De Beek, Gemeentehuis',
  description: 'Geboekt door An Peeters',
  status: 'CONFIRMED',
  organizer: { name: 'Plekwijzer', email: 'no-reply@kleinbeek.be' },
  attendees: [{ name: 'An Peeters', email: 'an@kleinbeek.be' }],
};

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const tz = cal.getFirstSubcomponent('vtimezone')!;
  ICAL.TimezoneService.register(tz);
  return { cal, vevents: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('iCalendar invites', () => {
  it('writes local times with TZID and a Europe/Brussels VTIMEZONE that puts them on the right instant after DST', () => {
    const text = renderIcs({ method: 'REQUEST', stamp: new Date('2027-03-01T10:00:00Z'), events: [event] });
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20270329T090000');
    expect(text).toContain('DTSTAMP:20270301T100000Z');
    const { cal, vevents } = parse(text);
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const [e] = vevents;
    expect(e!.uid).toBe(event.uid);
    expect(e!.sequence).toBe(3);
    expect(e!.startDate.toJSDate().toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(e!.endDate.toJSDate().toISOString()).toBe('2027-03-29T08:30:00.000Z');
    expect(e!.organizer).toBe('mailto:no-reply@kleinbeek.be');
    expect(e!.attendees.map((a) => a.getFirstValue())).toEqual(['MAILTO:an@kleinbeek.be']);
  });

  it('cancels with the same UID, a higher sequence and STATUS:CANCELLED', () => {
    const text = renderIcs({
      method: 'CANCEL',
      stamp: new Date('2027-03-02T10:00:00Z'),
      events: [{ ...event, sequence: 4, status: 'CANCELLED' }],
    });
    const { cal, vevents } = parse(text);
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevents[0]!.uid).toBe(event.uid);
    expect(vevents[0]!.sequence).toBe(4);
    expect(vevents[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('shows a busy-only event with its neutral summary and nothing else', () => {
    const text = renderIcs({
      method: null,
      stamp: new Date('2027-03-02T10:00:00Z'),
      events: [{ ...event, summary: 'Vertrouwelijk gesprek', busyOnly: true, url: 'https://x/y' }],
    });
    expect(text).not.toContain('Geboekt door');
    expect(text).not.toContain('https://x/y');
    expect(text).toContain('CLASS:PRIVATE');
    expect(parse(text).vevents[0]!.summary).toBe('Vertrouwelijk gesprek');
  });

  it('writes a zone it has no VTIMEZONE for in UTC', () => {
    const text = renderIcs({ method: null, stamp: new Date('2027-03-02T10:00:00Z'), events: [{ ...event, timeZone: 'Asia/Tokyo' }] });
    expect(text).toContain('DTSTART:20270329T070000Z');
    expect(text).not.toContain('VTIMEZONE');
  });
});
