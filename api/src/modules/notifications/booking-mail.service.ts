import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { bookingUid, renderIcs, type CalendarEvent } from '../calendar/ics.js';
import { BookingMailRepository, type AttendeeFacts, type BookingFacts } from './booking-mail.repository.js';
import { NEUTRAL_TITLE, type BookingMailParams } from './booking-templates.js';
import type { CalendarMethod } from './outbox-message.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { EMAIL_TEMPLATES, type Locale } from './templates.js';

/** What happened to one or more bookings, as far as e-mail is concerned. */
export type BookingMailEvent = 'CREATED' | 'UPDATED' | 'CANCELLED' | 'RELEASED' | 'NO_SHOW_WARNING' | 'REMINDER';

export type BookingChange = {
  event: BookingMailEvent;
  bookingIds: readonly string[];
  /** Someone other than the booker cancelled. */
  cancelledBy?: 'FACILITY_MANAGER' | 'ADMINISTRATION' | null;
  /** Their words, shown with the cancellation. */
  reason?: string | null;
  /** No-show warnings: when the booking is released unless checked in. */
  releaseAt?: Date | null;
};

type EventRule = {
  /** A change calendars must take over: the sequence goes up. */
  bump: boolean;
  method: CalendarMethod;
  booker: (status: string) => string;
  attendee: string | null;
};

const RULES: Record<BookingMailEvent, EventRule> = {
  CREATED: {
    bump: false,
    method: 'REQUEST',
    booker: (s) => (s === 'PENDING' ? 'booking.requested' : 'booking.confirmed'),
    attendee: 'booking.invitation',
  },
  UPDATED: { bump: true, method: 'REQUEST', booker: () => 'booking.updated', attendee: 'booking.updated' },
  CANCELLED: { bump: true, method: 'CANCEL', booker: () => 'booking.cancelled', attendee: 'booking.cancelled' },
  RELEASED: { bump: true, method: 'CANCEL', booker: () => 'booking.released', attendee: 'booking.cancelled' },
  NO_SHOW_WARNING: { bump: false, method: 'REQUEST', booker: () => 'booking.no-show-warning', attendee: null },
  REMINDER: { bump: false, method: 'REQUEST', booker: () => 'booking.reminder', attendee: null },
};

const MAX_SUBJECT = 300;

/**
 * Booking e-mails with their calendar invite, written to the outbox inside the caller's
 * transaction: nothing is mailed for a change that rolls back. One message per recipient and
 * series (or single booking); each booking is its own event (UID from its id, SEQUENCE raised
 * with every change), so Outlook and Google update or remove the event they already have.
 */
@Injectable()
export class BookingMailer {
  private readonly organizer: { name: string; email: string };

  constructor(
    private readonly repo: BookingMailRepository,
    private readonly outbox: NotificationsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.organizer = parseAddress(config.mail.from);
  }

  async bookingsChanged(change: BookingChange, em: EntityManager): Promise<void> {
    const ids = [...new Set(change.bookingIds)];
    if (!ids.length) return;
    const rule = RULES[change.event];
    if (rule.bump) await this.repo.bumpSequence(ids, em);
    const facts = await this.repo.facts(ids, em);
    const attendees = rule.attendee ? await this.repo.attendees(ids, em) : [];
    const releaseTimes = change.event === 'NO_SHOW_WARNING' ? await this.repo.releaseTimes(ids, em) : new Map<string, Date>();
    for (const group of groupBySeries(facts)) {
      const first = group[0]!;
      const groupAttendees = attendees.filter((a) => group.some((b) => b.id === a.bookingId));
      if (first.bookerActive) {
        await this.write(
          { email: first.bookerEmail, userId: first.bookerId, locale: first.bookerLocale },
          rule.booker(first.status),
          rule.method,
          group,
          groupAttendees,
          { ...change, releaseAt: releaseTimes.get(first.id) ?? change.releaseAt },
          em,
        );
      }
      if (!rule.attendee) continue;
      for (const person of uniqueBy(groupAttendees, (a) => a.id)) {
        if (person.id === first.bookerId) continue;
        const theirs = group.filter((b) => groupAttendees.some((a) => a.id === person.id && a.bookingId === b.id));
        await this.write(
          { email: person.email, userId: person.id, locale: person.locale },
          rule.attendee,
          rule.method,
          theirs,
          groupAttendees,
          change,
          em,
        );
      }
    }
  }

  /**
   * The invite for a decision on partner requests (the e-mail itself is the decision's own
   * template): REQUEST for an approval, CANCEL otherwise; the sequence goes up either way.
   */
  async decisionInvite(bookingIds: readonly string[], method: CalendarMethod, em: EntityManager): Promise<(locale: Locale) => string> {
    await this.repo.bumpSequence(bookingIds, em);
    const facts = await this.repo.facts(bookingIds, em);
    const stamp = this.clock.now();
    return (locale) => renderIcs({ method, stamp, events: facts.map((b) => this.event(b, [], method, locale)) });
  }

  private async write(
    to: { email: string; userId: string; locale: Locale },
    templateKey: string,
    method: CalendarMethod,
    bookings: readonly BookingFacts[],
    attendees: readonly AttendeeFacts[],
    change: BookingChange,
    em: EntityManager,
  ): Promise<void> {
    const first = bookings[0];
    if (!first) return;
    const params: BookingMailParams = {
      summary: summaryOf(first, to.locale),
      spaceName: first.spaceName,
      siteName: first.siteName,
      timeZone: first.timeZone,
      dates: bookings.map((b) => ({ startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() })),
      bookerName: first.bookerName,
      seriesId: first.seriesId,
      bookingIds: bookings.map((b) => b.id),
      status: first.status,
      reason: change.reason ?? null,
      cancelledBy: change.cancelledBy ?? null,
      releaseAt: change.releaseAt?.toISOString() ?? null,
      link: this.link(),
    };
    const rendered = EMAIL_TEMPLATES[templateKey]!(params, to.locale);
    const ics = renderIcs({
      method,
      stamp: this.clock.now(),
      events: bookings.map((b) => this.event(b, attendees, method, to.locale)),
    });
    await this.outbox.insertOutbox(
      {
        recipient: to.email,
        recipientUserId: to.userId,
        locale: to.locale,
        templateKey,
        params,
        subject: rendered.subject.slice(0, MAX_SUBJECT),
        body: rendered.body,
        createdAt: this.clock.now(),
        bookingId: first.id,
        calendarMethod: method,
        ics,
      },
      em,
    );
  }

  private event(b: BookingFacts, attendees: readonly AttendeeFacts[], method: CalendarMethod, locale: Locale): CalendarEvent {
    const people = [
      { name: b.bookerName, email: b.bookerEmail },
      ...attendees.filter((a) => a.bookingId === b.id && a.id !== b.bookerId).map((a) => ({ name: a.name, email: a.email })),
    ];
    return {
      uid: bookingUid(b.id),
      sequence: b.sequence,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      timeZone: b.timeZone,
      summary: summaryOf(b, locale),
      location: `${b.spaceName}, ${b.siteName}`,
      description: `${locale === 'nl-BE' ? 'Geboekt door' : 'Booked by'} ${b.bookerName} (Plekwijzer)`,
      status: method === 'CANCEL' ? 'CANCELLED' : b.status === 'PENDING' ? 'TENTATIVE' : 'CONFIRMED',
      busyOnly: b.confidential,
      organizer: this.organizer,
      attendees: people,
      url: this.link(),
    };
  }

  private link(): string | null {
    return this.config.publicUrl ? `${this.config.publicUrl.replace(/\/$/, '')}/agenda` : null;
  }
}

/** A confidential room's booking is only ever called by the neutral title. */
export function summaryOf(b: Pick<BookingFacts, 'confidential' | 'title' | 'spaceName'>, locale: Locale): string {
  if (b.confidential) return NEUTRAL_TITLE[locale];
  return b.title?.trim() || b.spaceName;
}

function groupBySeries(facts: readonly BookingFacts[]): BookingFacts[][] {
  const groups = new Map<string, BookingFacts[]>();
  for (const b of facts) {
    const key = b.seriesId ?? b.id;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()];
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(key(i))) seen.set(key(i), i);
  return [...seen.values()];
}

/** `Name <address>` or a bare address. */
export function parseAddress(value: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (m) return { name: m[1]!.trim() || 'Plekwijzer', email: m[2]!.trim() };
  return { name: 'Plekwijzer', email: value.trim() };
}
