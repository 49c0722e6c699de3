import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (a kind and its parameters; the web app words them in the reader's
 * language) and a generic e-mail outbox that a sender drains later: recipient, template key and
 * parameters, the rendered subject and body, status and attempts.
 */
export class Notifications1767500200000 implements MigrationInterface {
  name = 'Notifications1767500200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        CONSTRAINT notifications_pkey PRIMARY KEY (id),
        CONSTRAINT notifications_kind_check CHECK (kind ~ '^[A-Z][A-Z0-9_]{0,99}$'),
        CONSTRAINT notifications_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at)`);

    await q.query(`
      CREATE TABLE outbox_messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        recipient_user_id uuid,
        locale text NOT NULL DEFAULT 'nl-BE',
        template_key text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        sent_at timestamptz,
        CONSTRAINT outbox_messages_pkey PRIMARY KEY (id),
        CONSTRAINT outbox_messages_recipient_check CHECK (length(recipient) BETWEEN 3 AND 254 AND position('@' in recipient) > 1),
        CONSTRAINT outbox_messages_locale_check CHECK (locale IN ('nl-BE', 'en')),
        CONSTRAINT outbox_messages_template_key_check CHECK (template_key ~ '^[a-z][a-z0-9.-]{0,99}$'),
        CONSTRAINT outbox_messages_subject_check CHECK (length(subject) BETWEEN 1 AND 300),
        CONSTRAINT outbox_messages_status_check CHECK (status IN ('PENDING','SENDING','SENT','FAILED')),
        CONSTRAINT outbox_messages_attempts_check CHECK (attempts >= 0),
        CONSTRAINT outbox_messages_sent_check CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
        CONSTRAINT outbox_messages_recipient_user_fkey FOREIGN KEY (recipient_user_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX outbox_messages_pending_idx ON outbox_messages (created_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_messages`);
    await q.query(`DROP TABLE notifications`);
  }
}
