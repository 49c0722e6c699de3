import { createHash, createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { effectiveRoles } from '../../auth/roles.js';
import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { NEUTRAL_TITLE } from '../notifications/booking-templates.js';
import { CalendarFeedsRepository, type FeedBooking, type FeedOwner, type FeedRow } from './calendar-feeds.repository.js';
import { bookingUid, renderIcs, type CalendarEvent } from './ics.js';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const DAY = 86_400_000;
const PAST_DAYS = 31;
const FUTURE_DAYS = 366;
const MAX_EVENTS = 5000;
export const FEED_PATH = '/ical/';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export type FeedWithUrl = FeedRow & { url: string | null };

/**
 * Secret calendar subscription links. The token is an HMAC of the feed's id under a key derived
 * from the server secret: the database holds only its SHA-256, and the owner can copy the link
 * again at any time. A revoked or unknown token, an owner who left, a partner whose organisation is
 * suspended or a manager who lost the role gets nothing (404).
 */
@Injectable()
export class CalendarFeedsService {
  private readonly key: Buffer;

  constructor(
    private readonly repo: CalendarFeedsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createHmac('sha256', config.jwtSecret).update('plekwijzer calendar feed tokens').digest();
  }

  async list(viewer: Viewer): Promise<FeedWithUrl[]> {
    return (await this.repo.live(viewer.id)).map((f) => this.withUrl(f));
  }

  /** The viewer's own bookings, or (facility managers) every booking of one space. */
  async create(viewer: Viewer, spaceId: string | null): Promise<FeedWithUrl> {
    if (spaceId) {
      if (!hasAnyRole(viewer, 'FACILITY_MANAGER')) throw new DomainError('AUTH_ROLE_FORBIDDEN', 'Only facility managers follow a space');
      if (!(await this.repo.spaceExists(spaceId))) throw notFound('Space', 'spaceId');
    }
    const id = randomUUID();
    await this.repo.insert({ id, ownerId: viewer.id, spaceId, tokenHash: sha256(this.token(id)), createdAt: this.clock.now() });
    return this.withUrl((await this.repo.find(id))!);
  }

  async revoke(viewer: Viewer, id: string): Promise<FeedRow> {
    if (!(await this.repo.revoke(id, viewer.id, this.clock.now()))) throw notFound('Calendar feed', 'id');
    return (await this.repo.find(id))!;
  }

  /** The iCalendar text of a live feed; undefined for anything else (the route answers 404). */
  async render(token: string): Promise<string | undefined> {
    if (!TOKEN_PATTERN.test(token)) return undefined;
    const feed = await this.repo.byTokenHash(sha256(token));
    if (!feed || !feed.ownerActive) return undefined;
    const now = this.clock.now();
    const window = {
      now,
      from: new Date(now.getTime() - PAST_DAYS * DAY),
      to: new Date(now.getTime() + FUTURE_DAYS * DAY),
      limit: MAX_EVENTS,
    };
    const roles = effectiveRoles(feed.ownerRoles);
    let events: CalendarEvent[];
    let name: string;
    if (feed.spaceId) {
      if (!roles.has('FACILITY_MANAGER')) return undefined;
      events = (await this.repo.space(feed.spaceId, window)).map((b) => this.spaceEvent(b, feed));
      name = `Plekwijzer – ${feed.spaceName ?? ''}`;
    } else if (roles.has('PARTNER')) {
      if (!feed.organisationId) return undefined;
      events = (await this.repo.organisation(feed.organisationId, window)).map((b) => this.ownEvent(b, feed));
      name = `Plekwijzer – ${feed.ownerName}`;
    } else {
      events = (await this.repo.personal(feed.ownerId, window)).map((b) => this.ownEvent(b, feed));
      name = `Plekwijzer – ${feed.ownerName}`;
    }
    await this.repo.touch(feed.id, now);
    return renderIcs({ method: null, name, stamp: now, events });
  }

  private token(feedId: string): string {
    return createHmac('sha256', this.key).update(feedId).digest('base64url');
  }

  /** The link, unless the server secret changed since it was made (then only a new link works). */
  private withUrl(f: FeedRow): FeedWithUrl {
    const token = this.token(f.id);
    const base = this.config.publicUrl?.replace(/\/$/, '') ?? '';
    return { ...f, url: sha256(token) === f.tokenHash ? `${base}${FEED_PATH}${token}.ics` : null };
  }

  /** The viewer's own (or their organisation's, or a meeting they attend): titles, but consultations stay neutral. */
  private ownEvent(b: FeedBooking, feed: FeedOwner): CalendarEvent {
    const other = b.bookerId !== feed.ownerId;
    return this.event(b, feed, other ? this.bookedBy(b, feed) : null);
  }

  /** A space's calendar for its manager: who booked, except for confidential rooms, which only show busy. */
  private spaceEvent(b: FeedBooking, feed: FeedOwner): CalendarEvent {
    const event = this.event(b, feed, this.bookedBy(b, feed));
    return b.confidential ? event : { ...event, summary: b.title?.trim() || b.organisationName || b.bookerName };
  }

  private event(b: FeedBooking, feed: FeedOwner, description: string | null): CalendarEvent {
    return {
      uid: bookingUid(b.id),
      sequence: b.sequence,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      timeZone: b.timeZone,
      summary: b.confidential ? NEUTRAL_TITLE[feed.ownerLocale] : b.title?.trim() || b.spaceName,
      location: `${b.spaceName}, ${b.siteName}`,
      description: b.confidential ? null : description,
      status: b.status === 'PENDING' ? 'TENTATIVE' : 'CONFIRMED',
      busyOnly: b.confidential,
    };
  }

  private bookedBy(b: FeedBooking, feed: FeedOwner): string {
    const who = b.organisationName ? `${b.bookerName} (${b.organisationName})` : b.bookerName;
    return `${feed.ownerLocale === 'nl-BE' ? 'Geboekt door' : 'Booked by'} ${who}`;
  }
}
