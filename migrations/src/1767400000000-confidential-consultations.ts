import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confidential consultations: client details encrypted in the application (only ciphertext here),
 * held proposal slots that block rooms until chosen or expired, and an append-only, hash-chained
 * audit log of everything that touches client details.
 */
export class ConfidentialConsultations1767400000000 implements MigrationInterface {
  name = 'ConfidentialConsultations1767400000000';

  async up(q: QueryRunner): Promise<void> {
    // A proposal slot held for a citizen is a PENDING booking with hold_expires_at: it blocks the room
    // through the existing no-overlap constraint and stops counting the moment it expires.
    await q.query(`ALTER TABLE bookings ADD COLUMN hold_expires_at timestamptz`);
    await q.query(
      `ALTER TABLE bookings ADD CONSTRAINT bookings_hold_check CHECK (hold_expires_at IS NULL OR space_kind = 'CONSULTATION_ROOM')`,
    );
    await q.query(`CREATE INDEX bookings_hold_expiry_idx ON bookings (hold_expires_at) WHERE hold_expires_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE booking_confidential_details (
        booking_id uuid NOT NULL,
        key_id text,
        iv bytea,
        ciphertext bytea,
        co_worker_id uuid,
        erased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booking_confidential_details_pkey PRIMARY KEY (booking_id),
        CONSTRAINT booking_confidential_details_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        CONSTRAINT booking_confidential_details_co_worker_fkey FOREIGN KEY (co_worker_id) REFERENCES users (id),
        -- AES-256-GCM: key id, 12-byte IV and ciphertext (with tag) come together or not at all
        CONSTRAINT booking_confidential_details_sealed_check CHECK (
          (key_id IS NULL) = (ciphertext IS NULL) AND (iv IS NULL) = (ciphertext IS NULL)
          AND (iv IS NULL OR octet_length(iv) = 12) AND (ciphertext IS NULL OR octet_length(ciphertext) BETWEEN 16 AND 8192)
        ),
        CONSTRAINT booking_confidential_details_erased_check CHECK (erased_at IS NULL OR ciphertext IS NULL)
      )`);
    await q.query(`CREATE INDEX booking_confidential_details_co_worker_idx ON booking_confidential_details (co_worker_id)`);

    await q.query(`
      CREATE TABLE consultation_holds (
        booking_id uuid NOT NULL,
        proposal_set_id uuid NOT NULL,
        outcome text,
        decided_at timestamptz,
        CONSTRAINT consultation_holds_pkey PRIMARY KEY (booking_id),
        CONSTRAINT consultation_holds_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        -- null while held; CHOSEN is confirmed, the others were released (their booking is CANCELLED)
        CONSTRAINT consultation_holds_outcome_check CHECK (outcome IN ('CHOSEN','NOT_CHOSEN','RELEASED','EXPIRED')),
        CONSTRAINT consultation_holds_decided_check CHECK ((outcome IS NULL) = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX consultation_holds_set_idx ON consultation_holds (proposal_set_id)`);

    // No foreign keys: the log outlives whatever it mentions and must never block a change elsewhere.
    await q.query(`
      CREATE TABLE confidential_audit_log (
        seq bigint NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        booking_id uuid,
        subject_id uuid,
        action text NOT NULL,
        result text NOT NULL,
        request_id text,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT confidential_audit_log_pkey PRIMARY KEY (seq),
        -- one successor per entry: concurrent appends cannot fork the chain
        CONSTRAINT confidential_audit_log_prev_hash_key UNIQUE (prev_hash),
        CONSTRAINT confidential_audit_log_seq_check CHECK (seq >= 1),
        CONSTRAINT confidential_audit_log_action_check CHECK (action IN (
          'READ_DETAILS','WRITE_DETAILS','ERASE_DETAILS','REENCRYPT_DETAILS','GRANT_ACCESS','REVOKE_ACCESS','EXPORT'
        )),
        CONSTRAINT confidential_audit_log_result_check CHECK (result IN ('ALLOWED','DENIED')),
        CONSTRAINT confidential_audit_log_request_id_check CHECK (length(request_id) <= 128),
        CONSTRAINT confidential_audit_log_hash_check CHECK (prev_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$')
      )`);
    await q.query(`CREATE INDEX confidential_audit_log_booking_idx ON confidential_audit_log (booking_id, seq)`);
    await q.query(`
      CREATE FUNCTION confidential_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'confidential_audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER confidential_audit_log_no_change BEFORE UPDATE OR DELETE ON confidential_audit_log
        FOR EACH ROW EXECUTE FUNCTION confidential_audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER confidential_audit_log_no_truncate BEFORE TRUNCATE ON confidential_audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION confidential_audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE confidential_audit_log`);
    await q.query(`DROP FUNCTION confidential_audit_log_append_only()`);
    await q.query(`DROP TABLE consultation_holds`);
    await q.query(`DROP TABLE booking_confidential_details`);
    await q.query(`DROP INDEX bookings_hold_expiry_idx`);
    await q.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_hold_check`);
    await q.query(`ALTER TABLE bookings DROP COLUMN hold_expires_at`);
  }
}
