import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration by facility managers: a record of every administrative change (who, what,
 * before/after; append-only), the message sent with bookings an administrative change cancelled,
 * floor-plan images (bytes in the database, so every API process and every backup has them) and
 * zone outlines on the plan.
 */
export class Administration1767700000000 implements MigrationInterface {
  name = 'Administration1767700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE admin_changes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL,
        actor_id uuid NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        target_label text NOT NULL,
        before jsonb,
        after jsonb,
        note text,
        CONSTRAINT admin_changes_pkey PRIMARY KEY (id),
        CONSTRAINT admin_changes_action_check CHECK (action ~ '^[a-z_]+(\\.[a-z_]+)+$' AND length(action) <= 100),
        CONSTRAINT admin_changes_target_type_check CHECK (target_type IN ('SITE','CLOSURE_DAY','FLOOR','FLOOR_PLAN','ZONE','SPACE','BOOKING_RULES','USER','DEPARTMENT','CLUSTER','BOOKING','ORGANISATION','PARTNER_INVITE')),
        CONSTRAINT admin_changes_target_label_check CHECK (length(target_label) BETWEEN 1 AND 300),
        CONSTRAINT admin_changes_note_check CHECK (length(note) <= 2000),
        CONSTRAINT admin_changes_actor_fkey FOREIGN KEY (actor_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX admin_changes_occurred_idx ON admin_changes (occurred_at)`);
    await q.query(`CREATE INDEX admin_changes_target_idx ON admin_changes (target_type, target_id)`);
    // The record is evidence: rows are only ever added.
    await q.query(`
      CREATE FUNCTION admin_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'admin_changes is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER admin_changes_append_only BEFORE UPDATE OR DELETE ON admin_changes
        FOR EACH ROW EXECUTE FUNCTION admin_changes_append_only()`);

    await q.query(`
      CREATE TABLE booking_cancellations (
        booking_id uuid NOT NULL,
        admin_change_id uuid NOT NULL,
        message text NOT NULL,
        CONSTRAINT booking_cancellations_pkey PRIMARY KEY (booking_id),
        CONSTRAINT booking_cancellations_message_check CHECK (length(message) BETWEEN 1 AND 1000),
        CONSTRAINT booking_cancellations_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        CONSTRAINT booking_cancellations_change_fkey FOREIGN KEY (admin_change_id) REFERENCES admin_changes (id)
      )`);
    await q.query(`CREATE INDEX booking_cancellations_change_idx ON booking_cancellations (admin_change_id)`);

    await q.query(`
      CREATE TABLE floor_plans (
        floor_id uuid NOT NULL,
        content_type text NOT NULL,
        content bytea NOT NULL,
        byte_size integer NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        sha256 text NOT NULL,
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL,
        CONSTRAINT floor_plans_pkey PRIMARY KEY (floor_id),
        CONSTRAINT floor_plans_content_type_check CHECK (content_type IN ('image/svg+xml', 'image/png', 'image/jpeg')),
        CONSTRAINT floor_plans_size_check CHECK (byte_size = octet_length(content) AND byte_size BETWEEN 1 AND 52428800),
        CONSTRAINT floor_plans_dimensions_check CHECK (width BETWEEN 1 AND 100000 AND height BETWEEN 1 AND 100000),
        CONSTRAINT floor_plans_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT floor_plans_floor_fkey FOREIGN KEY (floor_id) REFERENCES floors (id) ON DELETE CASCADE,
        CONSTRAINT floor_plans_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES users (id)
      )`);

    // A zone drawn on the plan: a polygon as x1,y1,x2,y2,… in the floor's plan units (a rectangle has four corners).
    await q.query(`ALTER TABLE zones ADD COLUMN outline real[]`);
    await q.query(`
      ALTER TABLE zones ADD CONSTRAINT zones_outline_check
        CHECK (outline IS NULL OR (cardinality(outline) % 2 = 0 AND cardinality(outline) BETWEEN 6 AND 400))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE zones DROP CONSTRAINT zones_outline_check`);
    await q.query(`ALTER TABLE zones DROP COLUMN outline`);
    await q.query(`DROP TABLE floor_plans`);
    await q.query(`DROP TABLE booking_cancellations`);
    await q.query(`DROP TABLE admin_changes`);
    await q.query(`DROP FUNCTION admin_changes_append_only()`);
  }
}
