import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initial model: catalogue (sites, floors, zones, spaces, rules), people (clusters,
 * departments, users, organisations) and bookings with their invariants held by the database.
 */
export class InitialSchema1767225600000 implements MigrationInterface {
  name = 'InitialSchema1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE clusters (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT clusters_pkey PRIMARY KEY (id),
        CONSTRAINT clusters_name_key UNIQUE (name),
        CONSTRAINT clusters_name_check CHECK (length(name) BETWEEN 1 AND 200)
      )`);

    await q.query(`
      CREATE TABLE departments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT departments_pkey PRIMARY KEY (id),
        CONSTRAINT departments_name_key UNIQUE (name),
        CONSTRAINT departments_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT departments_cluster_fkey FOREIGN KEY (cluster_id) REFERENCES clusters (id)
      )`);
    await q.query(`CREATE INDEX departments_cluster_idx ON departments (cluster_id)`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        enterprise_number text,
        status text NOT NULL DEFAULT 'ACTIVE',
        trusted boolean NOT NULL DEFAULT false,
        monthly_hour_quota integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_pkey PRIMARY KEY (id),
        CONSTRAINT organisations_name_key UNIQUE (name),
        CONSTRAINT organisations_enterprise_number_key UNIQUE (enterprise_number),
        CONSTRAINT organisations_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT organisations_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED')),
        CONSTRAINT organisations_quota_check CHECK (monthly_hour_quota IS NULL OR monthly_hour_quota BETWEEN 0 AND 10000),
        -- Belgian enterprise number: 10 digits, first 0 or 1, last two = 97 - (first eight mod 97)
        CONSTRAINT organisations_enterprise_number_check CHECK (
          enterprise_number IS NULL OR (
            enterprise_number ~ '^[01][0-9]{9}$'
            AND 97 - (substr(enterprise_number, 1, 8)::bigint % 97) = substr(enterprise_number, 9, 2)::int
          )
        )
      )`);

    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text,
        roles text[] NOT NULL,
        department_id uuid,
        organisation_id uuid,
        fte numeric(3,2) NOT NULL DEFAULT 1,
        counts_in_headcount boolean NOT NULL DEFAULT true,
        screen_worker boolean NOT NULL DEFAULT true,
        locale text NOT NULL DEFAULT 'nl-BE',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_pkey PRIMARY KEY (id),
        CONSTRAINT users_email_key UNIQUE (email),
        CONSTRAINT users_email_check CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1),
        CONSTRAINT users_display_name_check CHECK (length(display_name) BETWEEN 1 AND 200),
        CONSTRAINT users_roles_check CHECK (
          cardinality(roles) >= 1
          AND roles <@ ARRAY['EMPLOYEE','SOCIAL_WORKER','RECEPTION','FACILITY_MANAGER','MANAGEMENT','PARTNER','ADMIN']::text[]
        ),
        -- a partner account belongs to exactly one organisation and holds no staff role
        CONSTRAINT users_partner_check CHECK (
          (('PARTNER' = ANY (roles)) = (organisation_id IS NOT NULL))
          AND (NOT ('PARTNER' = ANY (roles)) OR cardinality(roles) = 1)
        ),
        CONSTRAINT users_fte_check CHECK (fte > 0 AND fte <= 1),
        CONSTRAINT users_locale_check CHECK (locale IN ('nl-BE', 'en')),
        CONSTRAINT users_department_fkey FOREIGN KEY (department_id) REFERENCES departments (id),
        CONSTRAINT users_organisation_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id)
      )`);
    await q.query(`CREATE INDEX users_department_idx ON users (department_id)`);
    await q.query(`CREATE INDEX users_organisation_idx ON users (organisation_id)`);

    await q.query(`
      CREATE TABLE sites (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        address text NOT NULL DEFAULT '',
        time_zone text NOT NULL DEFAULT 'Europe/Brussels',
        is_satellite boolean NOT NULL DEFAULT false,
        holiday_region text NOT NULL DEFAULT 'BE-VLG',
        holidays_loaded_through integer,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sites_pkey PRIMARY KEY (id),
        CONSTRAINT sites_name_key UNIQUE (name),
        CONSTRAINT sites_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT sites_address_check CHECK (length(address) <= 500),
        CONSTRAINT sites_holiday_region_check CHECK (holiday_region ~ '^[A-Z]{2}(-[A-Z]{2,3})?$')
      )`);

    await q.query(`
      CREATE TABLE site_opening_hours (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        weekday smallint NOT NULL,
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        CONSTRAINT site_opening_hours_pkey PRIMARY KEY (id),
        CONSTRAINT site_opening_hours_weekday_check CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT site_opening_hours_range_check CHECK (opens_at < closes_at),
        CONSTRAINT site_opening_hours_site_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX site_opening_hours_site_idx ON site_opening_hours (site_id, weekday)`);

    await q.query(`
      CREATE TABLE closure_days (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        date date NOT NULL,
        reason text NOT NULL,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT closure_days_pkey PRIMARY KEY (id),
        CONSTRAINT closure_days_site_date_key UNIQUE (site_id, date),
        CONSTRAINT closure_days_kind_check CHECK (kind IN ('PUBLIC_HOLIDAY', 'CLOSURE')),
        CONSTRAINT closure_days_reason_check CHECK (length(reason) BETWEEN 1 AND 200),
        CONSTRAINT closure_days_site_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE floors (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        name text NOT NULL,
        level integer NOT NULL DEFAULT 0,
        plan_width integer NOT NULL DEFAULT 1000,
        plan_height integer NOT NULL DEFAULT 600,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT floors_pkey PRIMARY KEY (id),
        CONSTRAINT floors_site_name_key UNIQUE (site_id, name),
        CONSTRAINT floors_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT floors_level_check CHECK (level BETWEEN -20 AND 200),
        CONSTRAINT floors_plan_size_check CHECK (plan_width BETWEEN 10 AND 100000 AND plan_height BETWEEN 10 AND 100000),
        CONSTRAINT floors_site_fkey FOREIGN KEY (site_id) REFERENCES sites (id)
      )`);

    await q.query(`
      CREATE TABLE zones (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        floor_id uuid NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT zones_pkey PRIMARY KEY (id),
        CONSTRAINT zones_floor_name_key UNIQUE (floor_id, name),
        CONSTRAINT zones_id_floor_key UNIQUE (id, floor_id),
        CONSTRAINT zones_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT zones_floor_fkey FOREIGN KEY (floor_id) REFERENCES floors (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE spaces (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        floor_id uuid NOT NULL,
        zone_id uuid,
        name text NOT NULL,
        kind text NOT NULL,
        capacity integer NOT NULL DEFAULT 1,
        equipment text[] NOT NULL DEFAULT '{}',
        confidential boolean NOT NULL DEFAULT false,
        bookable_by_roles text[] NOT NULL DEFAULT '{EMPLOYEE,SOCIAL_WORKER}',
        partner_access boolean NOT NULL DEFAULT false,
        requires_approval boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        pos_x real,
        pos_y real,
        width real,
        height real,
        rotation real NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT spaces_pkey PRIMARY KEY (id),
        CONSTRAINT spaces_floor_name_key UNIQUE (floor_id, name),
        CONSTRAINT spaces_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT spaces_kind_check CHECK (kind IN ('DESK','QUIET_ROOM','MEETING_ROOM','INFORMAL_AREA','PHONE_BOOTH','CONSULTATION_ROOM','FRONT_DESK')),
        CONSTRAINT spaces_capacity_check CHECK (capacity BETWEEN 1 AND 1000),
        CONSTRAINT spaces_equipment_check CHECK (equipment <@ ARRAY['SCREEN','DUAL_SCREEN','DOCKING_STATION','VIDEO_CONFERENCING','WHITEBOARD','HEIGHT_ADJUSTABLE_DESK','WHEELCHAIR_ACCESS']::text[]),
        CONSTRAINT spaces_bookable_by_roles_check CHECK (bookable_by_roles <@ ARRAY['EMPLOYEE','SOCIAL_WORKER','RECEPTION','FACILITY_MANAGER','MANAGEMENT','ADMIN']::text[]),
        CONSTRAINT spaces_position_check CHECK (
          (pos_x IS NULL AND pos_y IS NULL AND width IS NULL AND height IS NULL)
          OR (pos_x IS NOT NULL AND pos_y IS NOT NULL AND width > 0 AND height > 0)
        ),
        CONSTRAINT spaces_rotation_check CHECK (rotation >= 0 AND rotation < 360),
        CONSTRAINT spaces_floor_fkey FOREIGN KEY (floor_id) REFERENCES floors (id),
        -- the zone must lie on the space's own floor
        CONSTRAINT spaces_zone_fkey FOREIGN KEY (zone_id, floor_id) REFERENCES zones (id, floor_id)
      )`);
    await q.query(`CREATE INDEX spaces_zone_idx ON spaces (zone_id)`);

    await q.query(`
      CREATE TABLE booking_rules (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        space_kind text,
        space_id uuid,
        slot_minutes integer,
        min_duration_minutes integer,
        max_duration_minutes integer,
        max_days_ahead integer,
        min_notice_minutes integer,
        buffer_minutes integer,
        max_bookings_per_day integer,
        check_in_required boolean,
        check_in_grace_minutes integer,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booking_rules_pkey PRIMARY KEY (id),
        CONSTRAINT booking_rules_space_kind_key UNIQUE (space_kind),
        CONSTRAINT booking_rules_space_key UNIQUE (space_id),
        -- a row is either the default for a kind or an override for one space
        CONSTRAINT booking_rules_target_check CHECK ((space_kind IS NULL) <> (space_id IS NULL)),
        CONSTRAINT booking_rules_kind_check CHECK (space_kind IN ('DESK','QUIET_ROOM','MEETING_ROOM','INFORMAL_AREA','PHONE_BOOTH','CONSULTATION_ROOM','FRONT_DESK')),
        -- kind defaults are complete; only max_bookings_per_day may be absent (no daily limit)
        CONSTRAINT booking_rules_kind_complete_check CHECK (
          space_kind IS NULL OR (
            slot_minutes IS NOT NULL AND min_duration_minutes IS NOT NULL AND max_duration_minutes IS NOT NULL
            AND max_days_ahead IS NOT NULL AND min_notice_minutes IS NOT NULL AND buffer_minutes IS NOT NULL
            AND check_in_required IS NOT NULL AND check_in_grace_minutes IS NOT NULL
          )
        ),
        CONSTRAINT booking_rules_slot_check CHECK (slot_minutes IN (5, 10, 15, 20, 30, 60)),
        CONSTRAINT booking_rules_duration_check CHECK (
          min_duration_minutes > 0 AND max_duration_minutes <= 1440
          AND (min_duration_minutes IS NULL OR max_duration_minutes IS NULL OR min_duration_minutes <= max_duration_minutes)
        ),
        CONSTRAINT booking_rules_ahead_check CHECK (max_days_ahead BETWEEN 0 AND 730),
        CONSTRAINT booking_rules_notice_check CHECK (min_notice_minutes BETWEEN 0 AND 20160),
        CONSTRAINT booking_rules_buffer_check CHECK (buffer_minutes BETWEEN 0 AND 240),
        CONSTRAINT booking_rules_per_day_check CHECK (max_bookings_per_day BETWEEN 1 AND 48),
        CONSTRAINT booking_rules_grace_check CHECK (check_in_grace_minutes BETWEEN 0 AND 240),
        CONSTRAINT booking_rules_space_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE
      )`);
    await q.query(`
      INSERT INTO booking_rules (space_kind, slot_minutes, min_duration_minutes, max_duration_minutes, max_days_ahead,
                                 min_notice_minutes, buffer_minutes, max_bookings_per_day, check_in_required, check_in_grace_minutes)
      VALUES ('DESK',              15, 30, 600,  14, 0,  0, 2,    true,  15),
             ('QUIET_ROOM',        15, 15, 240,  14, 0,  0, NULL, true,  15),
             ('MEETING_ROOM',      15, 15, 480,  90, 0,  0, NULL, true,  15),
             ('INFORMAL_AREA',     15, 15, 240,  30, 0,  0, NULL, false, 15),
             ('PHONE_BOOTH',       15, 15, 120,   7, 0,  0, NULL, false, 15),
             ('CONSULTATION_ROOM', 15, 15, 240,  90, 0, 15, NULL, false, 15),
             ('FRONT_DESK',        15, 30, 600, 365, 0,  0, NULL, false, 15)`);

    await q.query(`
      CREATE TABLE bookings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL,
        space_kind text NOT NULL,
        booker_id uuid NOT NULL,
        organisation_id uuid,
        series_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        blocked_until timestamptz NOT NULL,
        title text,
        external_attendees integer NOT NULL DEFAULT 0,
        status text NOT NULL,
        checked_in_at timestamptz,
        cancelled_at timestamptz,
        created_by uuid NOT NULL,
        updated_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bookings_pkey PRIMARY KEY (id),
        CONSTRAINT bookings_range_check CHECK (starts_at < ends_at),
        -- blocked_until = ends_at + the space's buffer; the no-overlap constraint works on it
        CONSTRAINT bookings_blocked_until_check CHECK (blocked_until >= ends_at),
        CONSTRAINT bookings_status_check CHECK (status IN ('PENDING','CONFIRMED','CHECKED_IN','COMPLETED','CANCELLED','REJECTED','RELEASED')),
        CONSTRAINT bookings_space_kind_check CHECK (space_kind IN ('DESK','QUIET_ROOM','MEETING_ROOM','INFORMAL_AREA','PHONE_BOOTH','CONSULTATION_ROOM','FRONT_DESK')),
        CONSTRAINT bookings_title_check CHECK (length(title) <= 200),
        CONSTRAINT bookings_external_attendees_check CHECK (external_attendees BETWEEN 0 AND 1000),
        CONSTRAINT bookings_space_fkey FOREIGN KEY (space_id) REFERENCES spaces (id),
        CONSTRAINT bookings_booker_fkey FOREIGN KEY (booker_id) REFERENCES users (id),
        CONSTRAINT bookings_organisation_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id),
        CONSTRAINT bookings_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT bookings_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users (id),
        -- Rule 1: no two live bookings of one space overlap (half-open, so back-to-back is fine)
        CONSTRAINT bookings_space_no_overlap EXCLUDE USING gist (
          space_id WITH =, tstzrange(starts_at, blocked_until, '[)') WITH &&
        ) WHERE (status IN ('PENDING','CONFIRMED','CHECKED_IN','COMPLETED')),
        -- Rule 2: one person holds at most one desk at a time
        CONSTRAINT bookings_one_desk_per_person EXCLUDE USING gist (
          booker_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (space_kind = 'DESK' AND status IN ('PENDING','CONFIRMED','CHECKED_IN','COMPLETED'))
      )`);
    await q.query(`CREATE INDEX bookings_booker_starts_idx ON bookings (booker_id, starts_at)`);
    await q.query(`CREATE INDEX bookings_starts_idx ON bookings (starts_at)`);
    await q.query(`CREATE INDEX bookings_series_idx ON bookings (series_id) WHERE series_id IS NOT NULL`);
    await q.query(`CREATE INDEX bookings_organisation_idx ON bookings (organisation_id, starts_at) WHERE organisation_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE booking_attendees (
        booking_id uuid NOT NULL,
        user_id uuid NOT NULL,
        CONSTRAINT booking_attendees_pkey PRIMARY KEY (booking_id, user_id),
        CONSTRAINT booking_attendees_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        CONSTRAINT booking_attendees_user_fkey FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX booking_attendees_user_idx ON booking_attendees (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'booking_attendees',
      'bookings',
      'booking_rules',
      'spaces',
      'zones',
      'floors',
      'closure_days',
      'site_opening_hours',
      'sites',
      'users',
      'organisations',
      'departments',
      'clusters',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
