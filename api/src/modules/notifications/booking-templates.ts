import { DateTime } from 'luxon';
import { formatSlot } from './mail-dates.js';
import type { Locale, Rendered } from './templates.js';

/** What a booking e-mail says; written to the outbox as the message's parameters. Never client details. */
export type BookingMailParams = {
  /** The event's name in the recipient's language: the booking's title, or a neutral one for confidential rooms. */
  summary: string;
  spaceName: string;
  siteName: string;
  timeZone: string;
  /** Every date concerned (a series is one message), earliest first. */
  dates: { startsAt: string; endsAt: string }[];
  bookerName: string;
  seriesId: string | null;
  bookingIds: string[];
  status: string;
  /** Why it was cancelled, when someone else did it. */
  reason: string | null;
  cancelledBy?: 'FACILITY_MANAGER' | 'ADMINISTRATION' | null;
  /** No-show warnings: when the booking is released unless its booker checks in. */
  releaseAt?: string | null;
  /** The web app's agenda, when PUBLIC_URL is known. */
  link: string | null;
};

/** What everyone but the booker sees of a consultation; the web app uses the same words. */
export const NEUTRAL_TITLE: Record<Locale, string> = { 'nl-BE': 'Vertrouwelijk gesprek', en: 'Confidential consultation' };

const MAX_LISTED = 20;

function dateLines(p: BookingMailParams, locale: Locale): string {
  const lines = p.dates.slice(0, MAX_LISTED).map((d) => `- ${formatSlot(d, p.timeZone, locale)}`);
  const more = p.dates.length - MAX_LISTED;
  if (more > 0) lines.push(locale === 'nl-BE' ? `- … en nog ${more} data` : `- … and ${more} more dates`);
  return lines.join('\n');
}

const first = (p: BookingMailParams, l: Locale) => (p.dates[0] ? formatSlot(p.dates[0], p.timeZone, l) : '');
const where = (p: BookingMailParams) => `${p.spaceName}, ${p.siteName}`;

function body(p: BookingMailParams, l: Locale, opening: string, extra: string[] = []): string {
  const nl = l === 'nl-BE';
  const lines = [
    opening,
    '',
    `${nl ? 'Wat' : 'What'}: ${p.summary}`,
    `${nl ? 'Waar' : 'Where'}: ${where(p)}`,
    `${nl ? 'Wanneer' : 'When'}:`,
    dateLines(p, l),
    ...extra,
  ];
  if (p.link) lines.push('', nl ? `Je agenda in Plekwijzer: ${p.link}` : `Your agenda in Plekwijzer: ${p.link}`);
  lines.push(
    '',
    nl
      ? 'De uitnodiging in de bijlage zet dit in je agenda (Outlook, Google en andere).'
      : 'The attached invitation puts this in your calendar (Outlook, Google and others).',
  );
  lines.push('', nl ? 'Met vriendelijke groet,\nPlekwijzer' : 'Kind regards,\nPlekwijzer');
  return lines.join('\n');
}

const reasonLine = (p: BookingMailParams, l: Locale) => (p.reason ? ['', `${l === 'nl-BE' ? 'Reden' : 'Reason'}: ${p.reason}`] : []);
const plural = (p: BookingMailParams, l: Locale) =>
  p.dates.length > 1 ? (l === 'nl-BE' ? ` (${p.dates.length} data)` : ` (${p.dates.length} dates)`) : '';

type Template = (p: BookingMailParams, l: Locale) => Rendered;

const BY: Record<Locale, Record<'SELF' | 'FACILITY_MANAGER' | 'ADMINISTRATION', string>> = {
  'nl-BE': { SELF: '', FACILITY_MANAGER: ' door een facilitair beheerder', ADMINISTRATION: ' door een wijziging in het beheer' },
  en: { SELF: '', FACILITY_MANAGER: ' by a facility manager', ADMINISTRATION: ' by a change in the administration' },
};

/** Plain-text e-mails about bookings, in the recipient's language; the invite travels beside them. */
export const BOOKING_TEMPLATES: Record<string, Template> = {
  'booking.confirmed': (p, l) =>
    l === 'nl-BE'
      ? {
          subject: `Bevestiging: ${where(p)}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `Je reservering is bevestigd.`),
        }
      : {
          subject: `Confirmed: ${where(p)}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `Your booking is confirmed.`),
        },
  'booking.requested': (p, l) =>
    l === 'nl-BE'
      ? {
          subject: `Aanvraag ontvangen: ${where(p)}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `We hebben je aanvraag ontvangen. Een facilitair beheerder beslist erover; je krijgt bericht.`),
        }
      : {
          subject: `Request received: ${where(p)}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `We received your request. A facility manager decides on it; you will hear from us.`),
        },
  'booking.invitation': (p, l) =>
    l === 'nl-BE'
      ? {
          subject: `Uitnodiging: ${p.summary}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `${p.bookerName} nodigt je uit.`),
        }
      : {
          subject: `Invitation: ${p.summary}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `${p.bookerName} invites you.`),
        },
  'booking.updated': (p, l) =>
    l === 'nl-BE'
      ? { subject: `Gewijzigd: ${p.summary}, ${first(p, l)}`, body: body(p, l, `Deze reservering is gewijzigd. Zo ziet ze er nu uit:`) }
      : { subject: `Changed: ${p.summary}, ${first(p, l)}`, body: body(p, l, `This booking has changed. This is how it is now:`) },
  'booking.cancelled': (p, l) =>
    l === 'nl-BE'
      ? {
          subject: `Geannuleerd: ${p.summary}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `Deze reservering is geannuleerd${BY['nl-BE'][p.cancelledBy ?? 'SELF']}.`, reasonLine(p, l)),
        }
      : {
          subject: `Cancelled: ${p.summary}, ${first(p, l)}${plural(p, l)}`,
          body: body(p, l, `This booking was cancelled${BY.en[p.cancelledBy ?? 'SELF']}.`, reasonLine(p, l)),
        },
  'booking.released': (p, l) =>
    l === 'nl-BE'
      ? {
          subject: `Vrijgegeven: ${where(p)}, ${first(p, l)}`,
          body: body(p, l, `Je hebt niet ingecheckt, dus de ruimte is vrijgegeven voor anderen.`),
        }
      : {
          subject: `Released: ${where(p)}, ${first(p, l)}`,
          body: body(p, l, `You did not check in, so the space was released for others.`),
        },
  'booking.no-show-warning': (p, l) => {
    const at = p.releaseAt ? DateTime.fromISO(p.releaseAt, { zone: p.timeZone }).toFormat('HH:mm') : '';
    return l === 'nl-BE'
      ? {
          subject: `Check in vóór ${at}: ${where(p)}`,
          body: body(p, l, `Je bent nog niet ingecheckt. Check in vóór ${at}, anders wordt de ruimte vrijgegeven.`),
        }
      : {
          subject: `Check in before ${at}: ${where(p)}`,
          body: body(p, l, `You have not checked in yet. Check in before ${at}, or the space is released.`),
        };
  },
  'booking.reminder': (p, l) =>
    l === 'nl-BE'
      ? { subject: `Herinnering: ${p.summary}, ${first(p, l)}`, body: body(p, l, `Een herinnering aan je reservering.`) }
      : { subject: `Reminder: ${p.summary}, ${first(p, l)}`, body: body(p, l, `A reminder of your booking.`) },
};
