import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `('DESK','QUIET_ROOM','MEETING_ROOM','INFORMAL_AREA','PHONE_BOOTH','CONSULTATION_ROOM','FRONT_DESK')`;

/**
 * External partner organisations: their agreement, contacts, per-organisation access (sites, spaces
 * or kinds, hours) and tariffs; invites for partner accounts; and invites for partner
 * accounts (only a hash of the invite token is stored).
 *
 * `spaces.partner_access` stays: it says a space may be lent to partners at all. Which of those
 * spaces an organisation may use is now per organisation; every existing organisation gets one
 * grant covering all partner spaces, which is exactly what it could book before.
 */
export class PartnerOrganisations1767500000000 implements MigrationInterface {
  name = 'PartnerOrganisations1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisations
        ADD COLUMN address text NOT NULL DEFAULT '',
        ADD COLUMN agreement_starts_on date,
        ADD COLUMN agreement_ends_on date,
        ADD COLUMN terms_version text,
        ADD COLUMN terms_accepted_at timestamptz,
        ADD COLUMN suspended_at timestamptz,
        ADD COLUMN suspension_reason text,
        ADD CONSTRAINT organisations_address_check CHECK (length(address) <= 500),
        ADD CONSTRAINT organisations_agreement_check CHECK (agreement_starts_on <= agreement_ends_on),
        ADD CONSTRAINT organisations_terms_check CHECK ((terms_version IS NULL) = (terms_accepted_at IS NULL) AND length(terms_version) BETWEEN 1 AND 50),
        ADD CONSTRAINT organisations_suspension_check CHECK (
          (status = 'SUSPENDED') = (suspended_at IS NOT NULL AND suspension_reason IS NOT NULL) AND length(suspension_reason) BETWEEN 1 AND 1000
        )`);

    await q.query(`
      CREATE TABLE organisation_contacts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        email text,
        phone text,
        job_title text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_contacts_pkey PRIMARY KEY (id),
        CONSTRAINT organisation_contacts_name_check CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT organisation_contacts_email_check CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1),
        CONSTRAINT organisation_contacts_phone_check CHECK (length(phone) <= 50),
        CONSTRAINT organisation_contacts_job_title_check CHECK (length(job_title) <= 200),
        CONSTRAINT organisation_contacts_organisation_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX organisation_contacts_organisation_idx ON organisation_contacts (organisation_id)`);

    await q.query(`
      CREATE TABLE organisation_access (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        site_id uuid,
        space_kind text,
        space_id uuid,
        CONSTRAINT organisation_access_pkey PRIMARY KEY (id),
        CONSTRAINT organisation_access_kind_check CHECK (space_kind IN ${KINDS}),
        -- one space, or every partner space of a site and/or kind (null = any)
        CONSTRAINT organisation_access_target_check CHECK (space_id IS NULL OR (site_id IS NULL AND space_kind IS NULL)),
        CONSTRAINT organisation_access_organisation_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT organisation_access_site_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE,
        CONSTRAINT organisation_access_space_fkey FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX organisation_access_organisation_idx ON organisation_access (organisation_id)`);
    await q.query(`INSERT INTO organisation_access (organisation_id) SELECT id FROM organisations`);

    await q.query(`
      CREATE TABLE organisation_hours (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        weekday smallint NOT NULL,
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        CONSTRAINT organisation_hours_pkey PRIMARY KEY (id),
        CONSTRAINT organisation_hours_weekday_check CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT organisation_hours_range_check CHECK (opens_at < closes_at),
        CONSTRAINT organisation_hours_organisation_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX organisation_hours_organisation_idx ON organisation_hours (organisation_id, weekday)`);

    await q.query(`
      CREATE TABLE organisation_tariffs (
        organisation_id uuid NOT NULL,
        space_kind text NOT NULL,
        cents_per_hour integer NOT NULL,
        CONSTRAINT organisation_tariffs_pkey PRIMARY KEY (organisation_id, space_kind),
        CONSTRAINT organisation_tariffs_kind_check CHECK (space_kind IN ${KINDS}),
        CONSTRAINT organisation_tariffs_cents_check CHECK (cents_per_hour BETWEEN 0 AND 100000),
        CONSTRAINT organisation_tariffs_organisation_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE partner_invites (
        id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        email text NOT NULL,
        display_name text NOT NULL,
        token_hash text NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        user_id uuid,
        revoked_at timestamptz,
        CONSTRAINT partner_invites_pkey PRIMARY KEY (id),
        CONSTRAINT partner_invites_token_hash_key UNIQUE (token_hash),
        -- a hex SHA-256: the token itself is never stored
        CONSTRAINT partner_invites_token_hash_check CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT partner_invites_email_check CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254 AND position('@' in email) > 1),
        CONSTRAINT partner_invites_display_name_check CHECK (length(display_name) BETWEEN 1 AND 200),
        CONSTRAINT partner_invites_expiry_check CHECK (expires_at > created_at),
        CONSTRAINT partner_invites_accepted_check CHECK ((accepted_at IS NULL) = (user_id IS NULL)),
        CONSTRAINT partner_invites_organisation_fkey FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT partner_invites_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT partner_invites_user_fkey FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX partner_invites_organisation_idx ON partner_invites (organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_invites`);
    await q.query(`DROP TABLE organisation_tariffs`);
    await q.query(`DROP TABLE organisation_hours`);
    await q.query(`DROP TABLE organisation_access`);
    await q.query(`DROP TABLE organisation_contacts`);
    await q.query(`
      ALTER TABLE organisations
        DROP CONSTRAINT organisations_suspension_check,
        DROP CONSTRAINT organisations_terms_check,
        DROP CONSTRAINT organisations_agreement_check,
        DROP CONSTRAINT organisations_address_check,
        DROP COLUMN suspension_reason,
        DROP COLUMN suspended_at,
        DROP COLUMN terms_accepted_at,
        DROP COLUMN terms_version,
        DROP COLUMN agreement_ends_on,
        DROP COLUMN agreement_starts_on,
        DROP COLUMN address`);
  }
}
