import { startTestApi, type TestApi } from '@plekwijzer/test';

const RATE = `mutation($i: RateBookingInput!) { rateBooking(input: $i) { bookingId score comment } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) { id viewerCanRate myRating { score comment } } }`;
const TO_RATE = `{ bookingsToRate { id space { name } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function world() {
  const site = await api.make.site();
  const desk = await api.make.space(site.floorId, { kind: 'DESK' });
  const user = await api.make.user();
  return { desk, user, client: await api.as(user) };
}

describe('rating a workplace after a booking', () => {
  it('stores a 1–5 score with an optional comment; rating again replaces it', async () => {
    const w = await world();
    const { id } = await api.make.booking(w.desk.id, w.user.id, {
      startsAt: '2027-01-08T09:00:00+01:00',
      endsAt: '2027-01-08T17:00:00+01:00',
      status: 'COMPLETED',
    });
    expect((await w.client.data(BOOKING, { id })).booking).toEqual({ id, viewerCanRate: true, myRating: null });
    expect((await w.client.data(RATE, { i: { bookingId: id, score: 4, comment: '  Rustig, goed scherm ' } })).rateBooking).toEqual({
      bookingId: id,
      score: 4,
      comment: 'Rustig, goed scherm',
    });
    await w.client.data(RATE, { i: { bookingId: id, score: 2, comment: '' } });
    expect((await w.client.data(BOOKING, { id })).booking.myRating).toEqual({ score: 2, comment: null });
    const { rows } = await api.db.query(`SELECT count(*)::int AS n FROM booking_ratings WHERE booking_id = $1`, [id]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a booking that has not started or did not take place, someone else’s, and a score outside 1–5', async () => {
    const w = await world();
    const future = await api.make.booking(w.desk.id, w.user.id, {
      startsAt: '2027-01-12T09:00:00+01:00',
      endsAt: '2027-01-12T17:00:00+01:00',
    });
    const released = await api.make.booking(w.desk.id, w.user.id, {
      startsAt: '2027-01-07T09:00:00+01:00',
      endsAt: '2027-01-07T17:00:00+01:00',
      status: 'RELEASED',
    });
    expect((await w.client.error(RATE, { i: { bookingId: future.id, score: 4 } })).extensions?.reason).toBe('RATING_NOT_ALLOWED');
    expect((await w.client.error(RATE, { i: { bookingId: released.id, score: 4 } })).extensions?.reason).toBe('RATING_NOT_ALLOWED');
    expect((await w.client.data(BOOKING, { id: released.id })).booking.viewerCanRate).toBe(false);
    const other = await api.as(await api.make.user());
    expect((await other.error(RATE, { i: { bookingId: released.id, score: 4 } })).extensions?.code).toBe('NOT_FOUND');
    expect((await w.client.error(RATE, { i: { bookingId: future.id, score: 6 } })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('prompts for the bookings of the last week that are not rated yet, most recent first', async () => {
    const w = await world();
    const older = await api.make.booking(w.desk.id, w.user.id, {
      startsAt: '2027-01-01T09:00:00+01:00',
      endsAt: '2027-01-01T17:00:00+01:00',
      status: 'COMPLETED',
    });
    const friday = await api.make.booking(w.desk.id, w.user.id, {
      startsAt: '2027-01-08T09:00:00+01:00',
      endsAt: '2027-01-08T17:00:00+01:00',
      status: 'COMPLETED',
    });
    const thursday = await api.make.booking(w.desk.id, w.user.id, {
      startsAt: '2027-01-07T09:00:00+01:00',
      endsAt: '2027-01-07T12:00:00+01:00',
      status: 'COMPLETED',
    });
    expect((await w.client.data(TO_RATE)).bookingsToRate.map((b: { id: string }) => b.id)).toEqual([friday.id, thursday.id]);
    await w.client.data(RATE, { i: { bookingId: friday.id, score: 5 } });
    expect((await w.client.data(TO_RATE)).bookingsToRate.map((b: { id: string }) => b.id)).toEqual([thursday.id]);
    expect(older.id).toBeTruthy();
  });
});
