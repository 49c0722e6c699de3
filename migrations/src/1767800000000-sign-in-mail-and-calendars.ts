import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in with the organisation's identity provider (OpenID Connect), e-mail with calendar invites
 * and calendar feeds: the provider's identities linked to users, how a session was started (for
 * signing out at the provider too), a calendar sequence per booking (so Outlook and Google update
 * an event instead of adding another), the invite and delivery state on each outbox message,
 * reminders sent, and secret calendar subscription links stored as hashes.
 */
export class SignInMailAndCalendars1767800000000 implements MigrationInterface {
  name = 'SignInMailAndCalendars1767800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_identities (
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        last_sign_in_at timestamptz NOT NULL,
        CONSTRAINT user_identities_pkey PRIMARY KEY (issuer, subject),
        CONSTRAINT user_identities_issuer_check CHECK (length(issuer) BETWEEN 1 AND 500),
        CONSTRAINT user_identities_subject_check CHECK (length(subject) BETWEEN 1 AND 255),
        CONSTRAINT user_identities_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX user_identities_user_idx ON user_identities (user_id)`);

    await q.query(`ALTER TABLE sessions ADD COLUMN sign_in_method text NOT NULL DEFAULT 'PASSWORD'`);
    await q.query(`ALTER TABLE sessions ADD CONSTRAINT sessions_sign_in_method_check CHECK (sign_in_method IN ('PASSWORD','OIDC'))`);

    await q.query(`ALTER TABLE bookings ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE bookings ADD CONSTRAINT bookings_calendar_sequence_check CHECK (calendar_sequence >= 0)`);

    await q.query(`
      ALTER TABLE outbox_messages
        ADD COLUMN booking_id uuid,
        ADD COLUMN calendar_method text,
        ADD COLUMN ics text,
        ADD COLUMN message_id text`);
    await q.query(`
      ALTER TABLE outbox_messages
        ADD CONSTRAINT outbox_messages_calendar_check CHECK ((calendar_method IS NULL) = (ics IS NULL) AND (calendar_method IS NULL OR calendar_method IN ('REQUEST','CANCEL'))),
        ADD CONSTRAINT outbox_messages_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX outbox_messages_booking_idx ON outbox_messages (booking_id) WHERE booking_id IS NOT NULL`);
    await q.query(`CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at) WHERE status IN ('PENDING','SENDING')`);
    await q.query(`CREATE INDEX outbox_messages_created_idx ON outbox_messages (created_at)`);

    await q.query(`
      CREATE TABLE booking_reminders (
        booking_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT booking_reminders_pkey PRIMARY KEY (booking_id, starts_at),
        CONSTRAINT booking_reminders_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE calendar_feeds (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL,
        space_id uuid,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz,
        CONSTRAINT calendar_feeds_pkey PRIMARY KEY (id),
        CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash),
        CONSTRAINT calendar_feeds_token_hash_check CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT calendar_feeds_owner_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT calendar_feeds_space_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE UNIQUE INDEX calendar_feeds_personal_key ON calendar_feeds (owner_id) WHERE space_id IS NULL AND revoked_at IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX calendar_feeds_space_key ON calendar_feeds (owner_id, space_id) WHERE space_id IS NOT NULL AND revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
    await q.query(`DROP TABLE booking_reminders`);
    await q.query(`DROP INDEX outbox_messages_created_idx`);
    await q.query(`DROP INDEX outbox_messages_due_idx`);
    await q.query(`DROP INDEX outbox_messages_booking_idx`);
    await q.query(`
      ALTER TABLE outbox_messages
        DROP CONSTRAINT outbox_messages_booking_fkey,
        DROP CONSTRAINT outbox_messages_calendar_check,
        DROP COLUMN message_id,
        DROP COLUMN ics,
        DROP COLUMN calendar_method,
        DROP COLUMN booking_id`);
    await q.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_calendar_sequence_check, DROP COLUMN calendar_sequence`);
    await q.query(`ALTER TABLE sessions DROP CONSTRAINT sessions_sign_in_method_check, DROP COLUMN sign_in_method`);
    await q.query(`DROP TABLE user_identities`);
  }
}
