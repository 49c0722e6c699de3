import { startTestApi, type TestApi } from '@plekwijzer/test';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('books a desk', async () => {
  const site = await api.make.site();
  const desk = await api.make.space(site.floorId);
  const user = await api.make.user();
  const client = await api.as(user);
  const data = await client.data(`mutation($input: CreateBookingInput!) { createBooking(input: $input) { id status } }`, {
    input: { spaceId: desk.id, startsAt: '2027-01-12T09:00:00+01:00', endsAt: '2027-01-12T12:00:00+01:00' },
  });
  expect(data.createBooking.status).toBe('CONFIRMED');
});
