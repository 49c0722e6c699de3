import ICAL from 'ical.js';
import { startTestApi, TestSmtpServer, type MadeUser, type ReceivedMail, type TestApi } from '@plekwijzer/test';
import { OutboxWorker } from './outbox-worker.service.js';
import { RemindersService } from './reminders.service.js';

const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateBookingInput!) { updateBooking(input: $input) { id } }`;
const CANCEL = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { id } }`;
const OUTBOX = `query($recipient: String) { outboxMessages(recipient: $recipient) { id recipient locale templateKey subject status attempts
  lastError calendarMethod ics bookingId } }`;
const t = (hhmm: string, day = '2027-01-12') => `${day}T${hhmm}:00+01:00`;

let smtp: TestSmtpServer;
let api: TestApi;
beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  api = await startTestApi({ env: smtp.env });
});
afterAll(async () => {
  await api.close();
  await smtp.stop();
});
beforeEach(() => api.clock.set('2027-01-11T08:00:00+01:00'));

/** What an e-mail's invite says, read with ical.js. */
function invite(mail: ReceivedMail) {
  expect(mail.ics).toBeDefined();
  const cal = new ICAL.Component(ICAL.parse(mail.ics!));
  const zone = cal.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  return {
    method: cal.getFirstPropertyValue('method'),
    tzid: zone?.getFirstPropertyValue('tzid'),
    uid: event.uid,
    sequence: event.sequence,
    status: event.component.getFirstPropertyValue('status'),
    summary: event.summary,
    start: event.startDate.toJSDate().toISOString(),
    startTzid: event.component.getFirstProperty('dtstart')?.getParameter('tzid'),
    end: event.endDate.toJSDate().toISOString(),
  };
}

/** Sends what is due and returns the messages that reached `to` since `before`. */
async function deliver(to: MadeUser, before: number): Promise<ReceivedMail[]> {
  await api.app.get(OutboxWorker).drain();
  return smtp.to(to.email).slice(before);
}

async function scene(bookerRoles: MadeUser['roles'] = ['EMPLOYEE']) {
  const site = await api.make.site();
  const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', name: `Vergaderzaal ${site.name}` });
  const booker = await api.make.user({ roles: bookerRoles, displayName: 'An Peeters' });
  return { site, room, booker, client: await api.as(booker) };
}

describe('booking e-mails with a calendar invite', () => {
  it('confirms, changes and cancels the same event: one UID, a rising SEQUENCE, REQUEST then CANCEL, in Dutch', async () => {
    const { room, booker, client } = await scene();
    const id = (await client.data(CREATE, { input: { spaceId: room.id, startsAt: t('10:00'), endsAt: t('11:00'), title: 'Teamoverleg' } }))
      .createBooking.id as string;
    const [confirmed] = await deliver(booker, 0);
    expect(confirmed!.subject).toMatch(/^Bevestiging: Vergaderzaal .+, di 12 jan\. 2027, 10:00–11:00$/);
    expect(confirmed!.text).toContain('Je reservering is bevestigd.');
    expect(confirmed!.from?.value).toEqual([{ name: 'Plekwijzer', address: 'no-reply@kleinbeek.be' }]);
    expect(invite(confirmed!)).toEqual({
      method: 'REQUEST',
      tzid: 'Europe/Brussels',
      uid: `${id}@plekwijzer`,
      sequence: 0,
      status: 'CONFIRMED',
      summary: 'Teamoverleg',
      start: '2027-01-12T09:00:00.000Z',
      startTzid: 'Europe/Brussels',
      end: '2027-01-12T10:00:00.000Z',
    });

    await client.data(UPDATE, { input: { id, startsAt: t('14:00'), endsAt: t('15:30') } });
    const [changed] = await deliver(booker, 1);
    expect(changed!.subject).toMatch(/^Gewijzigd: Teamoverleg/);
    expect(invite(changed!)).toMatchObject({ method: 'REQUEST', uid: `${id}@plekwijzer`, sequence: 1, start: '2027-01-12T13:00:00.000Z' });

    await client.data(CANCEL, { input: { id } });
    const [cancelled] = await deliver(booker, 2);
    expect(cancelled!.subject).toMatch(/^Geannuleerd: Teamoverleg/);
    expect(invite(cancelled!)).toMatchObject({ method: 'CANCEL', uid: `${id}@plekwijzer`, sequence: 2, status: 'CANCELLED' });
    expect(smtp.to(booker.email)).toHaveLength(3);
  });

  it('writes in the recipient’s language: English for a colleague with locale en, Dutch for the booker', async () => {
    const { room, booker, client } = await scene();
    const colleague = await api.make.user({ displayName: 'Bob Maes' });
    const set = await (await api.as(colleague)).data(`mutation { setMyLocale(locale: en) { id locale } }`);
    expect(set.setMyLocale).toEqual({ id: colleague.id, locale: 'en' });
    const id = (
      await client.data(CREATE, {
        input: { spaceId: room.id, startsAt: t('10:00'), endsAt: t('11:00'), title: 'Planning', attendeeIds: [colleague.id] },
      })
    ).createBooking.id as string;
    const [invitation] = await deliver(colleague, 0);
    expect(invitation!.subject).toMatch(/^Invitation: Planning, Tue 12 Jan 2027, 10:00–11:00$/);
    expect(invitation!.text).toContain('An Peeters invites you.');
    expect(invitation!.text).toContain('The attached invitation puts this in your calendar');
    expect(invite(invitation!)).toMatchObject({ method: 'REQUEST', uid: `${id}@plekwijzer`, sequence: 0 });
    expect(smtp.to(booker.email).at(-1)!.subject).toMatch(/^Bevestiging:/);
  });

  it('puts a partner’s request in their calendar as tentative, and the decision updates the same event', async () => {
    const site = await api.make.site();
    const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM', partnerAccess: true });
    const org = await api.make.organisation({ trusted: false, access: [{ spaceId: room.id }] });
    const partner = await api.make.user({ roles: ['PARTNER'], organisationId: org.id });
    const client = await api.as(partner);
    const fm = await api.as(await api.make.user({ roles: ['FACILITY_MANAGER'] }));
    const request = async (from: string, to: string) =>
      (await client.data(CREATE, { input: { spaceId: room.id, startsAt: t(from, '2027-01-20'), endsAt: t(to, '2027-01-20') } }))
        .createBooking.id as string;
    const approved = await request('09:00', '10:00');
    const rejected = await request('14:00', '15:00');
    const received = await deliver(partner, 0);
    expect(received.map((m) => [m.subject?.split(':')[0], invite(m).method, invite(m).status, invite(m).sequence])).toEqual([
      ['Aanvraag ontvangen', 'REQUEST', 'TENTATIVE', 0],
      ['Aanvraag ontvangen', 'REQUEST', 'TENTATIVE', 0],
    ]);

    await fm.data(`mutation($input: ApproveBookingRequestsInput!) { approveBookingRequests(input: $input) { id } }`, {
      input: { bookingIds: [approved] },
    });
    await fm.data(`mutation($input: RejectBookingRequestsInput!) { rejectBookingRequests(input: $input) { id } }`, {
      input: { bookingIds: [rejected], reason: 'Zaal is dan in onderhoud' },
    });
    const decisions = await deliver(partner, 2);
    const yes = decisions.find((m) => m.subject?.startsWith('Aanvraag goedgekeurd'));
    const no = decisions.find((m) => m.subject?.startsWith('Aanvraag afgewezen'));
    expect([decisions.length, !!yes, !!no]).toEqual([2, true, true]);
    expect(invite(yes!)).toMatchObject({ method: 'REQUEST', uid: `${approved}@plekwijzer`, sequence: 1, status: 'CONFIRMED' });
    expect(no!.text).toContain('Zaal is dan in onderhoud');
    expect(invite(no!)).toMatchObject({ method: 'CANCEL', uid: `${rejected}@plekwijzer`, sequence: 1 });
  });

  it('reminds the booker once, REMINDER_MINUTES_BEFORE the start, and again when the booking moved', async () => {
    const reminding = await startTestApi({ databaseUrl: api.databaseUrl, clock: api.clock, env: { REMINDER_MINUTES_BEFORE: '60' } });
    try {
      const { room, booker } = await scene();
      const early = await api.make.booking(room.id, booker.id, { startsAt: t('10:00'), endsAt: t('11:00'), title: 'Overleg' });
      const later = await api.make.booking(room.id, booker.id, { startsAt: t('12:00'), endsAt: t('13:00') });
      const service = reminding.app.get(RemindersService);
      // other tests' bookings share the database: look at these two only
      const reminded = async () => (await service.queueDue()).filter((id) => id === early.id || id === later.id);
      api.clock.set(t('08:59', '2027-01-12'));
      expect(await reminded()).toEqual([]);
      api.clock.set(t('09:05', '2027-01-12'));
      expect(await reminded()).toEqual([early.id]);
      expect(await reminded()).toEqual([]);
      const [reminder] = await deliver(booker, 0);
      expect(reminder!.subject).toBe('Herinnering: Overleg, di 12 jan. 2027, 10:00–11:00');
      expect(invite(reminder!)).toMatchObject({ method: 'REQUEST', uid: `${early.id}@plekwijzer`, sequence: 0 });

      const moved = [t('09:30', '2027-01-12'), t('10:30', '2027-01-12')];
      await api.db.query(`UPDATE bookings SET starts_at = $2, ends_at = $3 WHERE id = $1`, [early.id, ...moved]);
      expect(await reminded()).toEqual([early.id]);
      api.clock.set(t('11:10', '2027-01-12'));
      expect(await reminded()).toEqual([later.id]);
    } finally {
      await reminding.close();
    }
  });

  it('gives up at once on a permanent refusal, and an administrator can try again', async () => {
    const { room, booker, client } = await scene();
    smtp.refuse.add(booker.email);
    try {
      await client.data(CREATE, { input: { spaceId: room.id, startsAt: t('10:00'), endsAt: t('11:00') } });
      await deliver(booker, 0);
      const admin = await api.as(await api.make.user({ roles: ['ADMIN'] }));
      const [failed] = (await admin.data(OUTBOX, { recipient: booker.email })).outboxMessages;
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, lastError: expect.stringMatching(/550/) });

      smtp.refuse.delete(booker.email);
      const RETRY = `mutation($id: ID!) { retryOutboxMessage(id: $id) { status attempts } }`;
      expect((await admin.data(RETRY, { id: failed.id })).retryOutboxMessage).toEqual({ status: 'PENDING', attempts: 0 });
      expect(await deliver(booker, 0)).toHaveLength(1);
      expect((await admin.error(RETRY, { id: failed.id })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'MAIL_NOT_FAILED' });
    } finally {
      smtp.refuse.delete(booker.email);
    }
  });
});

describe('the outbox without SMTP', () => {
  it('keeps messages, with their invite, for administrators to read, and shows them to nobody else', async () => {
    const bare = await startTestApi({ databaseUrl: api.databaseUrl, clock: api.clock });
    try {
      const site = await api.make.site();
      const room = await api.make.space(site.floorId, { kind: 'MEETING_ROOM' });
      const booker = await api.make.user();
      const id = (await (await bare.as(booker)).data(CREATE, { input: { spaceId: room.id, startsAt: t('10:00'), endsAt: t('11:00') } }))
        .createBooking.id as string;
      expect(await bare.app.get(OutboxWorker).drain()).toEqual({ sent: 0, retrying: 0, failed: 0 });

      const admin = await bare.as(await api.make.user({ roles: ['ADMIN'] }));
      const [message] = (await admin.data(OUTBOX, { recipient: booker.email })).outboxMessages;
      expect(message).toMatchObject({
        recipient: booker.email,
        locale: 'nl_BE',
        templateKey: 'booking.confirmed',
        status: 'PENDING',
        attempts: 0,
        lastError: null,
        calendarMethod: 'REQUEST',
        bookingId: id,
      });
      expect(message.ics).toContain(`UID:${id}@plekwijzer`);
      const { mailStatus } = await admin.data(`{ mailStatus { smtpConfigured sending counts { status count } } }`);
      expect(mailStatus).toMatchObject({ smtpConfigured: false, sending: false });
      expect(mailStatus.counts).toContainEqual({ status: 'PENDING', count: expect.any(Number) });

      for (const roles of [['EMPLOYEE'], ['FACILITY_MANAGER'], ['MANAGEMENT']] as const) {
        const other = await bare.as(await api.make.user({ roles: [...roles] }));
        expect((await other.error(OUTBOX, { recipient: booker.email })).extensions).toEqual({
          code: 'FORBIDDEN',
          reason: 'AUTH_ROLE_FORBIDDEN',
        });
      }
      expect((await bare.anon.error(OUTBOX)).extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await bare.close();
    }
  });
});

describe('delivery while the mail server is down', () => {
  it('retries with growing pauses, then sends every message exactly once when it is back, with two API instances polling', async () => {
    const server = await TestSmtpServer.start();
    await server.stop();
    const env = { ...server.env, JOBS_ENABLED: 'true', MAIL_POLL_INTERVAL_MS: '50', MAIL_RETRY_SECONDS: '60' };
    const one = await startTestApi({ databaseUrl: api.databaseUrl, env });
    const two = await startTestApi({ databaseUrl: api.databaseUrl, clock: one.clock, env });
    try {
      one.clock.set('2027-01-11T08:00:00+01:00');
      const site = await api.make.site();
      const rooms = await Promise.all(Array.from({ length: 8 }, () => api.make.space(site.floorId, { kind: 'MEETING_ROOM' })));
      const booker = await api.make.user();
      const client = await one.as(booker);
      for (const room of rooms) await client.data(CREATE, { input: { spaceId: room.id, startsAt: t('10:00'), endsAt: t('11:00') } });

      const mine = async () =>
        (
          await api.db.query<{ id: string; status: string; attempts: number; next: Date | null; last_error: string | null }>(
            `SELECT id, status, attempts, next_attempt_at AS next, last_error FROM outbox_messages WHERE recipient = $1`,
            [booker.email],
          )
        ).rows;
      const until = async (ok: (rows: Awaited<ReturnType<typeof mine>>) => boolean) => {
        for (let waited = 0; !ok(await mine()); waited += 50) {
          if (waited > 15_000) throw new Error(`outbox never got there: ${JSON.stringify(await mine())}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        return mine();
      };

      const first = await until((rows) => rows.length === 8 && rows.every((r) => r.attempts === 1 && r.status === 'PENDING'));
      for (const r of first) {
        expect(r.last_error).toMatch(/ECONNREFUSED/);
        expect(r.next).toEqual(new Date(Date.parse('2027-01-11T08:01:00+01:00')));
      }
      await new Promise((r) => setTimeout(r, 300)); // several polls: nothing is due yet, so nothing is tried
      expect((await mine()).every((r) => r.attempts === 1)).toBe(true);

      one.clock.advance(60_000);
      const second = await until((rows) => rows.every((r) => r.attempts === 2 && r.status === 'PENDING'));
      expect(second.every((r) => r.next?.getTime() === Date.parse('2027-01-11T08:03:00+01:00'))).toBe(true);

      await server.listen();
      one.clock.advance(120_000);
      await until((rows) => rows.every((r) => r.status === 'SENT'));
      await new Promise((r) => setTimeout(r, 300));
      const ids = server.to(booker.email).map((m) => m.headers.get('x-plekwijzer-outbox-id'));
      expect(ids.sort()).toEqual(first.map((r) => r.id).sort());
      expect((await mine()).every((r) => r.attempts === 3 && r.last_error === null)).toBe(true);
    } finally {
      await two.close();
      await one.close();
      await server.stop();
    }
  });
});
