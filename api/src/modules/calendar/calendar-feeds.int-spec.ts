import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CREATE = `mutation($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { id spaceId spaceName url lastUsedAt } }`;
const REVOKE = `mutation($input: RevokeCalendarFeedInput!) { revokeCalendarFeed(input: $input) { id url } }`;
const LIST = `{ calendarFeeds { id spaceId url lastUsedAt } }`;
const t = (hhmm: string, day = '2027-01-12') => `${day}T${hhmm}:00+01:00`;
/** Appears in every client detail and booker-entered text of a confidential booking; must appear in no feed. */
const MARKER = `Cf${randomBytes(6).toString('hex')}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

async function newFeed(client: GraphqlClient, spaceId?: string): Promise<{ id: string; url: string }> {
  return (await client.data(CREATE, { input: spaceId ? { spaceId } : {} })).createCalendarFeed;
}

/** Fetches a feed as a calendar application would; its events by UID when it answers 200. */
async function fetchFeed(url: string) {
  const res = await fetch(`${api.baseUrl}${url}`);
  const text = await res.text();
  if (res.status !== 200) return { status: res.status, text, events: new Map<string, ReturnType<typeof eventOf>>() };
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.getFirstPropertyValue('method')).toBeNull();
  const zone = cal.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = new Map(cal.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), eventOf(v)]));
  return { status: res.status, text, events, tzid: zone?.getFirstPropertyValue('tzid') };
}

function eventOf(v: ICAL.Component) {
  const e = new ICAL.Event(v);
  return {
    summary: e.summary,
    description: e.description ?? null,
    class: v.getFirstPropertyValue('class'),
    start: e.startDate.toJSDate().toISOString(),
    sequence: e.sequence,
  };
}

const uid = (id: string) => `${id}@plekwijzer`;

describe('a person’s calendar feed', () => {
  it('holds their bookings and the meetings they attend, parses with ical.js, and answers 404 once revoked', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
    const me = await api.make.user();
    const colleague = await api.make.user({ displayName: 'Bob Maes' });
    const mine = await api.make.booking(room.id, me.id, { startsAt: t('09:00'), endsAt: t('10:00'), title: 'Teamoverleg' });
    const invited = await api.make.booking(room.id, colleague.id, {
      startsAt: t('11:00'),
      endsAt: t('12:00'),
      title: 'Planning',
      attendeeIds: [me.id],
    });
    const notMine = await api.make.booking(room.id, colleague.id, { startsAt: t('13:00'), endsAt: t('14:00'), title: 'Iets anders' });
    const cancelled = await api.make.booking(room.id, me.id, { startsAt: t('15:00'), endsAt: t('16:00'), status: 'CANCELLED' });

    const client = await api.as(me);
    const feed = await newFeed(client);
    expect(feed.url).toMatch(/^\/ical\/[\w-]{43}\.ics$/);
    const { events, tzid } = await fetchFeed(feed.url);
    expect(tzid).toBe('Europe/Brussels');
    expect([...events.keys()].sort()).toEqual([uid(mine.id), uid(invited.id)].sort());
    expect(events.get(uid(mine.id))).toMatchObject({ summary: 'Teamoverleg', start: '2027-01-12T08:00:00.000Z', class: 'PUBLIC' });
    expect(events.get(uid(invited.id))).toMatchObject({ summary: 'Planning', description: 'Geboekt door Bob Maes' });
    expect(events.has(uid(notMine.id)) || events.has(uid(cancelled.id))).toBe(false);

    const listed = (await client.data(LIST)).calendarFeeds;
    expect(listed).toEqual([{ id: feed.id, spaceId: null, url: feed.url, lastUsedAt: expect.any(String) }]);
    expect((await client.error(CREATE, { input: {} })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'CALENDAR_FEED_EXISTS' });

    expect((await client.data(REVOKE, { input: { id: feed.id } })).revokeCalendarFeed).toEqual({ id: feed.id, url: null });
    expect((await fetchFeed(feed.url)).status).toBe(404);
    expect((await client.data(LIST)).calendarFeeds).toEqual([]);
    const next = await newFeed(client);
    expect(next.url).not.toBe(feed.url);
    expect((await fetchFeed(next.url)).events.size).toBe(2);
  });

  it('answers 404, without a calendar, for an unknown or malformed token and for someone else revoking it', async () => {
    for (const path of [`/ical/${'A'.repeat(43)}.ics`, '/ical/short.ics', '/ical/x']) {
      const res = await fetch(`${api.baseUrl}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.text()).not.toContain('BEGIN:VCALENDAR');
    }
    const feed = await newFeed(await api.as(await api.make.user()));
    const other = await api.as(await api.make.user({ roles: ['ADMIN'] }));
    expect((await other.error(REVOKE, { input: { id: feed.id } })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fetchFeed(feed.url)).status).toBe(200);
  });

  it('stops when its owner is deactivated', async () => {
    const me = await api.make.user();
    const feed = await newFeed(await api.as(me));
    await api.db.query(`UPDATE users SET active = false WHERE id = $1`, [me.id]);
    expect((await fetchFeed(feed.url)).status).toBe(404);
  });
});

describe('confidential bookings in feeds', () => {
  it('show only as busy with the neutral title: no client details, no booker-entered text, in the booker’s and the space’s feed', async () => {
    const site = await api.make.site();
    const consultationRoom = await api.make.space(site.floorId, { kind: 'CONSULTATION_ROOM' });
    const worker = await api.make.user({ roles: ['SOCIAL_WORKER'], displayName: 'Sara Maatschappelijk' });
    const workerClient = await api.as(worker);
    const talk = (
      await workerClient.data(`mutation($input: CreateConsultationBookingInput!) { createConsultationBooking(input: $input) { id } }`, {
        input: {
          spaceId: consultationRoom.id,
          startsAt: t('10:00'),
          endsAt: t('11:00'),
          details: { clientPseudonym: `J.${MARKER}`, caseReference: `D-${MARKER}`, note: `Nota ${MARKER}` },
        },
      })
    ).createConsultationBooking.id as string;
    const titled = await api.make.booking(consultationRoom.id, worker.id, {
      startsAt: t('14:00'),
      endsAt: t('15:00'),
      title: `Over ${MARKER}`,
    });

    const manager = await api.make.user({ roles: ['FACILITY_MANAGER'] });
    for (const feed of [await newFeed(workerClient), await newFeed(await api.as(manager), consultationRoom.id)]) {
      const { text, events } = await fetchFeed(feed.url);
      expect(text).not.toContain(MARKER);
      for (const id of [talk, titled.id]) {
        expect(events.get(uid(id))).toEqual({
          summary: 'Vertrouwelijk gesprek',
          description: null,
          class: 'PRIVATE',
          start: expect.any(String),
          sequence: expect.any(Number),
        });
      }
    }
  });
});

describe('a partner’s feed', () => {
  it('holds their organisation’s bookings and nothing else', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true });
    const ours = await api.make.organisation({ name: 'CAW Kleinbeek' });
    const theirs = await api.make.organisation();
    const partner = await api.make.user({ roles: ['PARTNER'], organisationId: ours.id });
    const colleague = await api.make.user({ roles: ['PARTNER'], organisationId: ours.id, displayName: 'Els Claes' });
    const stranger = await api.make.user({ roles: ['PARTNER'], organisationId: theirs.id });
    const staff = await api.make.user();
    const byColleague = await api.make.booking(room.id, colleague.id, {
      startsAt: t('09:00'),
      endsAt: t('10:00'),
      organisationId: ours.id,
      title: 'Spreekuur',
    });
    const byMe = await api.make.booking(room.id, partner.id, { startsAt: t('10:00'), endsAt: t('11:00'), organisationId: ours.id });
    await api.make.booking(room.id, stranger.id, { startsAt: t('11:00'), endsAt: t('12:00'), organisationId: theirs.id, title: 'Andere' });
    await api.make.booking(room.id, staff.id, { startsAt: t('12:00'), endsAt: t('13:00'), title: 'Intern overleg' });

    const { text, events } = await fetchFeed((await newFeed(await api.as(partner))).url);
    expect([...events.keys()].sort()).toEqual([uid(byColleague.id), uid(byMe.id)].sort());
    expect(events.get(uid(byColleague.id))).toMatchObject({ summary: 'Spreekuur', description: 'Geboekt door Els Claes (CAW Kleinbeek)' });
    expect(text).not.toMatch(/Intern overleg|Andere/);
  });
});

describe('a space’s feed', () => {
  it('is for facility managers only, shows who booked, and stops when the manager loses the role', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
    const booker = await api.make.user({ displayName: 'Bob Maes' });
    const booking = await api.make.booking(room.id, booker.id, { startsAt: t('09:00'), endsAt: t('10:00') });

    for (const roles of [['EMPLOYEE'], ['ADMIN'], ['MANAGEMENT']] as const) {
      const other = await api.as(await api.make.user({ roles: [...roles] }));
      expect((await other.error(CREATE, { input: { spaceId: room.id } })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const manager = await api.make.user({ roles: ['FACILITY_MANAGER'] });
    const client = await api.as(manager);
    expect((await client.error(CREATE, { input: { spaceId: '6f1c5a3e-1d2b-4c3a-9e8f-7a6b5c4d3e2f' } })).extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    const feed = await newFeed(client, room.id);
    expect(feed).toMatchObject({ spaceId: room.id, spaceName: room.name });
    const { events } = await fetchFeed(feed.url);
    expect(events.get(uid(booking.id))).toMatchObject({ summary: 'Bob Maes', description: 'Geboekt door Bob Maes' });

    await api.db.query(`UPDATE users SET roles = '{EMPLOYEE}' WHERE id = $1`, [manager.id]);
    expect((await fetchFeed(feed.url)).status).toBe(404);
  });
});
