import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh sessions: an opaque, rotating refresh token per browser (stored only as its SHA-256),
 * grouped in families so a reused token can revoke everything issued after the sign-in it came from.
 */
export class Sessions1767312000000 implements MigrationInterface {
  name = 'Sessions1767312000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        token_hash text NOT NULL,
        family_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_used_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        user_agent text,
        CONSTRAINT sessions_pkey PRIMARY KEY (id),
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash),
        -- a hex SHA-256: the token itself is never stored
        CONSTRAINT sessions_token_hash_check CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT sessions_expiry_check CHECK (expires_at > created_at),
        CONSTRAINT sessions_user_agent_check CHECK (length(user_agent) <= 512),
        CONSTRAINT sessions_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_family_idx ON sessions (family_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sessions`);
  }
}
