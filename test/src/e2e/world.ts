import { Factories, type MadeUser } from '../factories.js';
import type { TestApi } from '../test-api.js';

export type E2EWorld = {
  siteId: string;
  floorId: string;
  desks: { id: string; name: string }[];
  rooms: { id: string; name: string }[];
  an: MadeUser;
  bob: MadeUser;
};

/** A small town hall: one floor with six placed desks in a zone, two meeting rooms, two colleagues. */
export async function makeWorld(api: TestApi): Promise<E2EWorld> {
  const site = await api.make.site();
  const zone = await api.db.query<{ id: string }>(`INSERT INTO zones (floor_id, name) VALUES ($1, 'Team Burgerzaken') RETURNING id`, [
    site.floorId,
  ]);
  const desks = [];
  for (let i = 0; i < 6; i++) {
    const name = `G.0${i + 1}`;
    const d = await api.make.space(site.floorId, {
      name,
      kind: 'DESK',
      equipment: ['SCREEN', ...(i === 0 ? ['HEIGHT_ADJUSTABLE_DESK'] : [])],
      zoneId: zone.rows[0]!.id,
      position: { x: 60 + (i % 3) * 90, y: 80 + Math.floor(i / 3) * 80, width: 70, height: 50 },
    });
    desks.push({ id: d.id, name });
  }
  const rooms = [];
  for (const [name, capacity] of [
    ['Vergaderzaal De Beek', 10],
    ['Vergaderzaal Leie', 4],
  ] as const) {
    const r = await api.make.space(site.floorId, {
      name,
      kind: 'MEETING_ROOM',
      capacity,
      equipment: ['SCREEN'],
      position: { x: 500, y: 80 + rooms.length * 150, width: 200, height: 120 },
    });
    rooms.push({ id: r.id, name });
  }
  const an = await api.make.user({ displayName: 'An Peeters', email: `an-${site.id.slice(0, 6)}@kleinbeek.be` });
  const bob = await api.make.user({ displayName: 'Bob Maes', email: `bob-${site.id.slice(0, 6)}@kleinbeek.be` });
  return { siteId: site.id, floorId: site.floorId, desks, rooms, an, bob };
}

export const PASSWORD = Factories.PASSWORD;
