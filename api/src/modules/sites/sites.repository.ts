import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { timeToMinutes } from '../../common/time/local-time.js';
import { ClosureDayEntity, type ClosureKind } from './closure-day.entity.js';
import { FloorEntity } from './floor.entity.js';
import { OpeningHoursEntity } from './opening-hours.entity.js';
import { mergeBlocks, type OpeningBlock, type SiteCalendar } from './site-calendar.js';
import { SiteEntity } from './site.entity.js';
import { ZoneEntity } from './zone.entity.js';

export type OpeningHoursValue = { weekday: number; opensAt: string; closesAt: string };

@Injectable()
export class SitesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(work);
  }

  listSites(includeInactive: boolean): Promise<SiteEntity[]> {
    return this.ds.getRepository(SiteEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { isSatellite: 'ASC', name: 'ASC' },
    });
  }

  findSite(id: string, em: EntityManager = this.ds.manager): Promise<SiteEntity | null> {
    return em.getRepository(SiteEntity).findOneBy({ id });
  }

  saveSite(values: Partial<SiteEntity>, em: EntityManager): Promise<SiteEntity> {
    const repo = em.getRepository(SiteEntity);
    return repo.save(repo.create(values));
  }

  async updateSite(id: string, values: Partial<SiteEntity>, em: EntityManager): Promise<void> {
    await em.getRepository(SiteEntity).update({ id }, values);
  }

  async openingHours(siteIds: readonly string[], em: EntityManager = this.ds.manager): Promise<Map<string, OpeningHoursValue[]>> {
    const rows = await em.query<(OpeningHoursValue & { siteId: string })[]>(
      `SELECT site_id AS "siteId", weekday, to_char(opens_at, 'HH24:MI') AS "opensAt",
              CASE WHEN closes_at = '24:00' THEN '24:00' ELSE to_char(closes_at, 'HH24:MI') END AS "closesAt"
         FROM site_opening_hours WHERE site_id = ANY($1::uuid[]) ORDER BY weekday, opens_at`,
      [siteIds],
    );
    const bySite = new Map<string, OpeningHoursValue[]>();
    for (const { siteId, ...h } of rows) bySite.set(siteId, [...(bySite.get(siteId) ?? []), h]);
    return bySite;
  }

  async replaceOpeningHours(siteId: string, hours: readonly OpeningHoursValue[], em: EntityManager): Promise<void> {
    await em.delete(OpeningHoursEntity, { siteId });
    if (hours.length)
      await em.insert(
        OpeningHoursEntity,
        hours.map((h) => ({ siteId, ...h })),
      );
  }

  closureDays(siteId: string, from: string, to: string): Promise<ClosureDayEntity[]> {
    return this.ds
      .getRepository(ClosureDayEntity)
      .createQueryBuilder('c')
      .where('c.site_id = :siteId AND c.date BETWEEN :from AND :to', { siteId, from, to })
      .orderBy('c.date')
      .getMany();
  }

  findClosureDay(id: string, em: EntityManager = this.ds.manager): Promise<ClosureDayEntity | null> {
    return em.getRepository(ClosureDayEntity).findOneBy({ id });
  }

  async insertClosureDay(
    values: { siteId: string; date: string; reason: string; kind: ClosureKind },
    em: EntityManager = this.ds.manager,
  ): Promise<ClosureDayEntity> {
    const repo = em.getRepository(ClosureDayEntity);
    return repo.save(repo.create(values));
  }

  /** Adds days that are not there yet; returns how many were added. */
  async insertClosureDaysIfMissing(
    siteId: string,
    days: readonly { date: string; reason: string }[],
    kind: ClosureKind,
    em: EntityManager,
  ): Promise<number> {
    if (days.length === 0) return 0;
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(ClosureDayEntity)
      .values(days.map((d) => ({ siteId, date: d.date, reason: d.reason, kind })))
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }

  async deleteClosureDay(id: string, em: EntityManager = this.ds.manager): Promise<void> {
    await em.getRepository(ClosureDayEntity).delete({ id });
  }

  /** Everything the booking rules need to judge dates `from`..`to` (inclusive) at one site. */
  async calendar(siteId: string, from: string, to: string, em: EntityManager = this.ds.manager): Promise<SiteCalendar> {
    const [site] = await em.query<{ timeZone: string }[]>(`SELECT time_zone AS "timeZone" FROM sites WHERE id = $1`, [siteId]);
    if (!site) throw new Error(`site ${siteId} vanished`);
    const hours = await em.query<{ weekday: number; opensAt: string; closesAt: string }[]>(
      `SELECT weekday, opens_at::text AS "opensAt", closes_at::text AS "closesAt"
         FROM site_opening_hours WHERE site_id = $1 ORDER BY weekday, opens_at`,
      [siteId],
    );
    const closures = await em.query<{ date: string; reason: string }[]>(
      `SELECT date::text AS date, reason FROM closure_days WHERE site_id = $1 AND date BETWEEN $2 AND $3`,
      [siteId, from, to],
    );
    const byDay = new Map<number, OpeningBlock[]>();
    for (const h of hours) {
      byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), { opens: timeToMinutes(h.opensAt), closes: timeToMinutes(h.closesAt) }]);
    }
    const hoursByDay = new Map([...byDay].map(([day, blocks]) => [day, mergeBlocks(blocks)]));
    return { siteId, timeZone: site.timeZone, hours: hoursByDay, closures: new Map(closures.map((c) => [c.date, c.reason])) };
  }

  listFloors(siteId: string): Promise<FloorEntity[]> {
    return this.ds.getRepository(FloorEntity).find({ where: { siteId }, order: { level: 'ASC', name: 'ASC' } });
  }

  findFloor(id: string, em: EntityManager = this.ds.manager): Promise<FloorEntity | null> {
    return em.getRepository(FloorEntity).findOneBy({ id });
  }

  saveFloor(values: Partial<FloorEntity>, em: EntityManager = this.ds.manager): Promise<FloorEntity> {
    const repo = em.getRepository(FloorEntity);
    return repo.save(repo.create(values));
  }

  listZones(floorIds: readonly string[]): Promise<ZoneEntity[]> {
    if (floorIds.length === 0) return Promise.resolve([]);
    return this.ds
      .getRepository(ZoneEntity)
      .createQueryBuilder('z')
      .where('z.floor_id = ANY(:ids)', { ids: floorIds })
      .orderBy('z.name')
      .getMany();
  }

  saveZone(values: Partial<ZoneEntity>, em: EntityManager = this.ds.manager): Promise<ZoneEntity> {
    const repo = em.getRepository(ZoneEntity);
    return repo.save(repo.create(values));
  }

  findZone(id: string, em: EntityManager = this.ds.manager): Promise<ZoneEntity | null> {
    return em.getRepository(ZoneEntity).findOneBy({ id });
  }

  /** Removes a zone; its spaces stay on the floor, outside any zone. */
  async deleteZone(id: string, em: EntityManager): Promise<void> {
    await em.query(`UPDATE spaces SET zone_id = NULL, updated_at = now() WHERE zone_id = $1`, [id]);
    await em.getRepository(ZoneEntity).delete({ id });
  }
}
