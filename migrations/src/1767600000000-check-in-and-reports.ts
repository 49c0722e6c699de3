import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-in windows and no-show warnings on the booking rules, a record of each no-show warning,
 * workplace ratings after a booking, and the targets reports and success measures compare with.
 */
export class CheckInAndReports1767600000000 implements MigrationInterface {
  name = 'CheckInAndReports1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_rules ADD COLUMN check_in_opens_minutes integer`);
    await q.query(`ALTER TABLE booking_rules ADD COLUMN release_warning_minutes integer`);
    await q.query(`UPDATE booking_rules SET check_in_opens_minutes = 15 WHERE space_kind IS NOT NULL`);
    await q.query(`UPDATE booking_rules SET release_warning_minutes = 15 WHERE space_kind = 'CONSULTATION_ROOM'`);
    await q.query(
      `ALTER TABLE booking_rules ADD CONSTRAINT booking_rules_check_in_opens_check CHECK (check_in_opens_minutes BETWEEN 0 AND 240)`,
    );
    await q.query(
      `ALTER TABLE booking_rules ADD CONSTRAINT booking_rules_check_in_opens_kind_check CHECK (space_kind IS NULL OR check_in_opens_minutes IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE booking_rules ADD CONSTRAINT booking_rules_release_warning_check CHECK (release_warning_minutes BETWEEN 1 AND 240)`,
    );
    // a social worker's consultation is never released without a warning first
    await q.query(
      `ALTER TABLE booking_rules ADD CONSTRAINT booking_rules_consultation_warning_check
         CHECK (space_kind IS DISTINCT FROM 'CONSULTATION_ROOM' OR release_warning_minutes IS NOT NULL)`,
    );

    await q.query(`
      CREATE TABLE no_show_warnings (
        booking_id uuid NOT NULL,
        user_id uuid NOT NULL,
        warned_at timestamptz NOT NULL,
        release_at timestamptz NOT NULL,
        CONSTRAINT no_show_warnings_pkey PRIMARY KEY (booking_id),
        CONSTRAINT no_show_warnings_release_check CHECK (release_at > warned_at),
        CONSTRAINT no_show_warnings_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        CONSTRAINT no_show_warnings_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX no_show_warnings_user_idx ON no_show_warnings (user_id)`);

    await q.query(`
      CREATE TABLE booking_ratings (
        booking_id uuid NOT NULL,
        user_id uuid NOT NULL,
        score smallint NOT NULL,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booking_ratings_pkey PRIMARY KEY (booking_id),
        CONSTRAINT booking_ratings_score_check CHECK (score BETWEEN 1 AND 5),
        CONSTRAINT booking_ratings_comment_check CHECK (length(comment) BETWEEN 1 AND 1000),
        CONSTRAINT booking_ratings_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        CONSTRAINT booking_ratings_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX booking_ratings_created_idx ON booking_ratings (created_at)`);
    await q.query(`CREATE INDEX booking_ratings_user_idx ON booking_ratings (user_id)`);

    await q.query(`
      CREATE TABLE occupancy_targets (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid,
        department_id uuid,
        ratio_basis text NOT NULL DEFAULT 'SCREEN_WORKERS',
        ratio_min numeric(5,3),
        ratio_max numeric(5,3),
        ratio_max_desks integer,
        occupancy_min numeric(4,3) NOT NULL,
        occupancy_max numeric(4,3) NOT NULL,
        peak_min numeric(4,3) NOT NULL,
        peak_max numeric(4,3) NOT NULL,
        no_show_max numeric(4,3) NOT NULL,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT occupancy_targets_pkey PRIMARY KEY (id),
        CONSTRAINT occupancy_targets_ratio_basis_check CHECK (ratio_basis IN ('SCREEN_WORKERS', 'FTE')),
        CONSTRAINT occupancy_targets_ratio_check CHECK (
          (ratio_min IS NULL OR ratio_min >= 0) AND (ratio_max IS NULL OR ratio_max > 0)
          AND (ratio_min IS NULL OR ratio_max IS NULL OR ratio_min <= ratio_max)
        ),
        CONSTRAINT occupancy_targets_max_desks_check CHECK (ratio_max_desks BETWEEN 1 AND 100000),
        CONSTRAINT occupancy_targets_occupancy_check CHECK (occupancy_min >= 0 AND occupancy_min <= occupancy_max AND occupancy_max <= 1),
        CONSTRAINT occupancy_targets_peak_check CHECK (peak_min >= 0 AND peak_min <= peak_max AND peak_max <= 1),
        CONSTRAINT occupancy_targets_no_show_check CHECK (no_show_max BETWEEN 0 AND 1),
        CONSTRAINT occupancy_targets_site_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE,
        CONSTRAINT occupancy_targets_department_fkey FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,
        CONSTRAINT occupancy_targets_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    // one target per scope; a missing site or department means "all of them"
    await q.query(`
      CREATE UNIQUE INDEX occupancy_targets_scope_key ON occupancy_targets (
        coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid),
        coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid)
      )`);
    await q.query(`CREATE INDEX occupancy_targets_department_idx ON occupancy_targets (department_id)`);

    await q.query(`
      CREATE TABLE success_measure_targets (
        measure text NOT NULL,
        target numeric(10,3) NOT NULL,
        cap numeric(10,3),
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT success_measure_targets_pkey PRIMARY KEY (measure),
        CONSTRAINT success_measure_targets_measure_check CHECK (measure ~ '^[A-Z][A-Z_]{1,60}$'),
        CONSTRAINT success_measure_targets_cap_check CHECK (cap IS NULL OR cap > 0),
        CONSTRAINT success_measure_targets_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE success_measure_targets`);
    await q.query(`DROP TABLE occupancy_targets`);
    await q.query(`DROP TABLE booking_ratings`);
    await q.query(`DROP TABLE no_show_warnings`);
    for (const c of [
      'booking_rules_consultation_warning_check',
      'booking_rules_release_warning_check',
      'booking_rules_check_in_opens_kind_check',
      'booking_rules_check_in_opens_check',
    ]) {
      await q.query(`ALTER TABLE booking_rules DROP CONSTRAINT ${c}`);
    }
    await q.query(`ALTER TABLE booking_rules DROP COLUMN release_warning_minutes`);
    await q.query(`ALTER TABLE booking_rules DROP COLUMN check_in_opens_minutes`);
  }
}
