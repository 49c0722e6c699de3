import { DateTime } from 'luxon';
import { BOOKING_TEMPLATES, type BookingMailParams } from './booking-templates.js';
import { formatSlot } from './mail-dates.js';
import type { BookingNotice } from './notification-kinds.js';

export type Locale = 'nl-BE' | 'en';
export type Rendered = { subject: string; body: string };

const when = (n: Pick<BookingNotice, 'startsAt' | 'endsAt' | 'timeZone'>, locale: Locale) => formatSlot(n, n.timeZone, locale);

const dates = (n: BookingNotice, locale: Locale) =>
  n.count > 1
    ? locale === 'nl-BE'
      ? ` (${n.count} data, de eerste op ${when(n, locale)})`
      : ` (${n.count} dates, the first on ${when(n, locale)})`
    : ` (${when(n, locale)})`;

const signature = { 'nl-BE': '\n\nMet vriendelijke groet,\nPlekwijzer', en: '\n\nKind regards,\nPlekwijzer' };

/**
 * Plain-text e-mails in the recipient's language. A sender may render its own version from the
 * template key and parameters stored beside these texts in the outbox.
 */
export const EMAIL_TEMPLATES: Record<string, (params: Record<string, unknown>, locale: Locale) => Rendered> = {
  ...Object.fromEntries(
    Object.entries(BOOKING_TEMPLATES).map(([key, render]) => [
      key,
      (p: Record<string, unknown>, l: Locale) => render(p as BookingMailParams, l),
    ]),
  ),
  'booking-request.approved': (p, l) => {
    const n = p as BookingNotice;
    return l === 'nl-BE'
      ? {
          subject: `Aanvraag goedgekeurd: ${n.spaceName}`,
          body: `Je aanvraag voor ${n.spaceName}, ${n.siteName}${dates(n, l)} is goedgekeurd.${signature[l]}`,
        }
      : {
          subject: `Request approved: ${n.spaceName}`,
          body: `Your request for ${n.spaceName}, ${n.siteName}${dates(n, l)} was approved.${signature[l]}`,
        };
  },
  'booking-request.rejected': (p, l) => {
    const n = p as BookingNotice;
    return l === 'nl-BE'
      ? {
          subject: `Aanvraag afgewezen: ${n.spaceName}`,
          body: `Je aanvraag voor ${n.spaceName}, ${n.siteName}${dates(n, l)} is afgewezen.\nReden: ${n.reason}${signature[l]}`,
        }
      : {
          subject: `Request rejected: ${n.spaceName}`,
          body: `Your request for ${n.spaceName}, ${n.siteName}${dates(n, l)} was rejected.\nReason: ${n.reason}${signature[l]}`,
        };
  },
  'booking-request.expired': (p, l) => {
    const n = p as BookingNotice;
    return l === 'nl-BE'
      ? {
          subject: `Aanvraag vervallen: ${n.spaceName}`,
          body: `Je aanvraag voor ${n.spaceName}, ${n.siteName}${dates(n, l)} is vervallen: ze werd niet op tijd beoordeeld. De ruimte is weer vrij.${signature[l]}`,
        }
      : {
          subject: `Request expired: ${n.spaceName}`,
          body: `Your request for ${n.spaceName}, ${n.siteName}${dates(n, l)} expired: it was not decided in time. The space is free again.${signature[l]}`,
        };
  },
  'booking.cancelled-suspended': (p, l) => {
    const n = p as BookingNotice;
    return l === 'nl-BE'
      ? {
          subject: `Reservering geannuleerd: ${n.spaceName}`,
          body: `Je reservering van ${n.spaceName}, ${n.siteName}${dates(n, l)} is geannuleerd omdat de toegang van je organisatie is opgeschort.\nReden: ${n.reason}${signature[l]}`,
        }
      : {
          subject: `Booking cancelled: ${n.spaceName}`,
          body: `Your booking of ${n.spaceName}, ${n.siteName}${dates(n, l)} was cancelled because your organisation's access is suspended.\nReason: ${n.reason}${signature[l]}`,
        };
  },
  /** The link is never stored: a sender puts PartnerInvitesService.inviteLink(params.inviteId) where {{inviteUrl}} stands. */
  'partner-invite': (p, l) => {
    const expires = DateTime.fromISO(String(p.expiresAt), { zone: 'Europe/Brussels' })
      .setLocale(l === 'nl-BE' ? 'nl-BE' : 'en-GB')
      .toFormat('d LLLL yyyy HH:mm');
    return l === 'nl-BE'
      ? {
          subject: `Uitnodiging voor Plekwijzer (${String(p.organisationName)})`,
          body: `Dag ${String(p.displayName)},\n\nJe bent uitgenodigd om ruimtes aan te vragen voor ${String(p.organisationName)} bij het lokaal bestuur. Kies een wachtwoord via deze link (één keer te gebruiken, geldig tot ${expires}):\n{{inviteUrl}}${signature[l]}`,
        }
      : {
          subject: `Invitation to Plekwijzer (${String(p.organisationName)})`,
          body: `Hello ${String(p.displayName)},\n\nYou are invited to request rooms for ${String(p.organisationName)} at the local government. Choose a password with this link (single use, valid until ${expires}):\n{{inviteUrl}}${signature[l]}`,
        };
  },
};
