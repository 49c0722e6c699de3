import { randomUUID } from 'node:crypto';
import { decodeBookingsChanged, encodeBookingsChanged } from './booking-events.js';

describe('booking change notifications', () => {
  const siteId = randomUUID();

  it('round-trips site and ids', () => {
    const ids = [randomUUID(), randomUUID()];
    expect(encodeBookingsChanged(siteId, ids).map(decodeBookingsChanged)).toEqual([{ siteId, bookingIds: ids }]);
  });

  it('splits a long series over several payloads, each under the 8000-byte NOTIFY limit', () => {
    const ids = Array.from({ length: 260 }, () => randomUUID());
    const payloads = encodeBookingsChanged(siteId, ids);
    expect(payloads.length).toBe(3);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8000);
    expect(payloads.flatMap((p) => decodeBookingsChanged(p)!.bookingIds)).toEqual(ids);
  });

  it('ignores payloads that are not ours', () => {
    for (const p of [
      undefined,
      '',
      'hello',
      '{}',
      JSON.stringify({ siteId: 'x', bookingIds: [] }),
      JSON.stringify({ siteId, bookingIds: [1] }),
    ]) {
      expect(decodeBookingsChanged(p)).toBeUndefined();
    }
  });
});
