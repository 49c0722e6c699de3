import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { SpaceKind } from '../spaces/space-kind.js';

export type StatementData = {
  organisationName: string;
  enterpriseNumber: string | null;
  month: string;
  lines: { spaceKind: SpaceKind; bookings: number; minutes: number; centsPerHour: number; amountCents: number }[];
  bookings: {
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    spaceName: string;
    siteName: string;
    spaceKind: SpaceKind;
    minutes: number;
    status: string;
    bookerName: string;
    title: string | null;
  }[];
  totalMinutes: number;
  totalCents: number;
};

type Locale = 'nl-BE' | 'en';

const WORDS = {
  'nl-BE': {
    title: 'Gebruiksoverzicht',
    enterpriseNumber: 'Ondernemingsnummer',
    month: 'Maand',
    kind: 'Soort ruimte',
    bookings: 'Reservaties',
    hours: 'Uren',
    tariff: 'Tarief per uur (EUR)',
    amount: 'Bedrag (EUR)',
    total: 'Totaal',
    date: 'Datum',
    from: 'Van',
    to: 'Tot',
    space: 'Ruimte',
    site: 'Gebouw',
    status: 'Status',
    booker: 'Aangevraagd door',
    subject: 'Onderwerp',
    kinds: {
      DESK: 'Flexplek',
      QUIET_ROOM: 'Stilteruimte',
      MEETING_ROOM: 'Vergaderzaal',
      INFORMAL_AREA: 'Ontmoetingsruimte',
      PHONE_BOOTH: 'Belcel',
      CONSULTATION_ROOM: 'Gespreksruimte',
      FRONT_DESK: 'Balie',
    },
    statuses: { CONFIRMED: 'Bevestigd', CHECKED_IN: 'Ingecheckt', COMPLETED: 'Afgelopen', RELEASED: 'Niet opgedaagd' } as Record<
      string,
      string
    >,
  },
  en: {
    title: 'Usage statement',
    enterpriseNumber: 'Enterprise number',
    month: 'Month',
    kind: 'Kind of space',
    bookings: 'Bookings',
    hours: 'Hours',
    tariff: 'Rate per hour (EUR)',
    amount: 'Amount (EUR)',
    total: 'Total',
    date: 'Date',
    from: 'From',
    to: 'To',
    space: 'Space',
    site: 'Building',
    status: 'Status',
    booker: 'Requested by',
    subject: 'Subject',
    kinds: {
      DESK: 'Flex desk',
      QUIET_ROOM: 'Quiet room',
      MEETING_ROOM: 'Meeting room',
      INFORMAL_AREA: 'Informal area',
      PHONE_BOOTH: 'Phone booth',
      CONSULTATION_ROOM: 'Consultation room',
      FRONT_DESK: 'Front desk',
    },
    statuses: { CONFIRMED: 'Confirmed', CHECKED_IN: 'Checked in', COMPLETED: 'Completed', RELEASED: 'No-show' } as Record<string, string>,
  },
} as const;

/** Whole cents as Belgian Excel reads money: decimal comma, no thousands separator (12345 → "123,45"). */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Minutes as hours with two decimals and a decimal comma (45 → "0,75"). */
export function hours(minutes: number): string {
  return euros(Math.round((minutes * 100) / 60));
}

/**
 * The statement as CSV for Excel in Belgium: UTF-8 with a byte-order mark (so é and € survive),
 * `;` between fields, decimal commas, CRLF line ends.
 */
export function statementCsv(s: StatementData, locale: Locale): string {
  const w = WORDS[locale];
  const rows: string[][] = [
    [w.title, s.organisationName],
    [w.enterpriseNumber, s.enterpriseNumber ?? ''],
    [w.month, s.month],
    [],
    [w.kind, w.bookings, w.hours, w.tariff, w.amount],
    ...s.lines.map((l) => [w.kinds[l.spaceKind], String(l.bookings), hours(l.minutes), euros(l.centsPerHour), euros(l.amountCents)]),
    [w.total, String(s.lines.reduce((n, l) => n + l.bookings, 0)), hours(s.totalMinutes), '', euros(s.totalCents)],
    [],
    [w.date, w.from, w.to, w.space, w.site, w.kind, w.hours, w.status, w.booker, w.subject],
    ...s.bookings.map((b) => {
      const start = DateTime.fromJSDate(b.startsAt, { zone: b.timeZone });
      const end = DateTime.fromJSDate(b.endsAt, { zone: b.timeZone });
      return [
        start.toISODate()!,
        start.toFormat('HH:mm'),
        end.toFormat('HH:mm'),
        b.spaceName,
        b.siteName,
        w.kinds[b.spaceKind],
        hours(b.minutes),
        w.statuses[b.status] ?? b.status,
        b.bookerName,
        b.title ?? '',
      ];
    }),
  ];
  return stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' });
}
