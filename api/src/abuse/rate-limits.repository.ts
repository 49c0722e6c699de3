import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export type Counter = { hits: number; windowStartedAt: Date; lastHitAt: Date; lockedUntil: Date | null };

const COLUMNS = `hits, window_started_at AS "windowStartedAt", last_hit_at AS "lastHitAt", locked_until AS "lockedUntil"`;

@Injectable()
export class RateLimitsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Counts one hit in a fixed window of `windowSeconds`, in one statement (atomic across processes). */
  async hit(key: string, now: Date, windowSeconds: number): Promise<Counter> {
    const [row] = await this.ds.query<Counter[]>(
      `INSERT INTO rate_limits AS r (key, window_started_at, hits, last_hit_at) VALUES ($1, $2, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_started_at <= $2 - make_interval(secs => $3) THEN 1 ELSE r.hits + 1 END,
         window_started_at = CASE WHEN r.window_started_at <= $2 - make_interval(secs => $3) THEN $2 ELSE r.window_started_at END,
         last_hit_at = $2
       RETURNING ${COLUMNS}`,
      [key, now, windowSeconds],
    );
    return row!;
  }

  /** The counter, created empty when missing, locked for the rest of the transaction. */
  async lock(key: string, now: Date, em: EntityManager): Promise<Counter> {
    await em.query(
      `INSERT INTO rate_limits (key, window_started_at, hits, last_hit_at) VALUES ($1, $2, 0, $2) ON CONFLICT (key) DO NOTHING`,
      [key, now],
    );
    const [row] = await em.query<Counter[]>(`SELECT ${COLUMNS} FROM rate_limits WHERE key = $1 FOR UPDATE`, [key]);
    return row!;
  }

  async save(key: string, c: Counter, em: EntityManager): Promise<void> {
    await em.query(`UPDATE rate_limits SET hits = $2, window_started_at = $3, last_hit_at = $4, locked_until = $5 WHERE key = $1`, [
      key,
      c.hits,
      c.windowStartedAt,
      c.lastHitAt,
      c.lockedUntil,
    ]);
  }

  /** Counters nobody has hit since `before` and that lock nothing any more. */
  async purge(before: Date, now: Date): Promise<number> {
    const [, count] = await this.ds.query<[unknown, number]>(
      `DELETE FROM rate_limits WHERE last_hit_at < $1 AND (locked_until IS NULL OR locked_until < $2)`,
      [before, now],
    );
    return count;
  }

  async forgetOne(key: string): Promise<void> {
    await this.ds.query(`UPDATE rate_limits SET hits = greatest(hits - 1, 0) WHERE key = $1`, [key]);
  }
}
