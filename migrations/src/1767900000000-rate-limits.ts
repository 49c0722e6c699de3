import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Abuse protection shared by every API process: counters for rate limits (mutations per user,
 * failed sign-ins per client address with a growing delay and a lockout), and the moment from
 * which a user's access tokens count (a password change ends the tokens issued before it).
 */
export class RateLimits1767900000000 implements MigrationInterface {
  name = 'RateLimits1767900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limits (
        key text NOT NULL,
        window_started_at timestamptz NOT NULL,
        hits integer NOT NULL,
        last_hit_at timestamptz NOT NULL,
        locked_until timestamptz,
        CONSTRAINT rate_limits_pkey PRIMARY KEY (key),
        CONSTRAINT rate_limits_key_check CHECK (length(key) BETWEEN 1 AND 200),
        CONSTRAINT rate_limits_hits_check CHECK (hits >= 0)
      )`);
    await q.query(`CREATE INDEX rate_limits_last_hit_idx ON rate_limits (last_hit_at)`);
    await q.query(`ALTER TABLE users ADD COLUMN tokens_valid_after timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN tokens_valid_after`);
    await q.query(`DROP TABLE rate_limits`);
  }
}
