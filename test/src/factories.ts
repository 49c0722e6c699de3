import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { PasswordService } from '@plekwijzer/api';

type Kind = 'DESK' | 'QUIET_ROOM' | 'MEETING_ROOM' | 'INFORMAL_AREA' | 'PHONE_BOOTH' | 'CONSULTATION_ROOM' | 'FRONT_DESK';
type Role = 'EMPLOYEE' | 'SOCIAL_WORKER' | 'RECEPTION' | 'FACILITY_MANAGER' | 'MANAGEMENT' | 'PARTNER' | 'ADMIN';

export type MadeUser = { id: string; email: string; displayName: string; roles: Role[] };
export type MadeSite = { id: string; name: string; floorId: string; timeZone: string };
export type MadeSpace = { id: string; name: string; kind: Kind; floorId: string };

const unique = () => randomUUID().slice(0, 8);

/** Every test makes its own data; these write it straight to the test file's database. */
export class Factories {
  private passwordHash: Promise<string> | undefined;

  constructor(
    private readonly db: pg.Pool,
    private readonly passwords: PasswordService,
  ) {}

  static readonly PASSWORD = 'correct horse battery';

  async user(
    opts: {
      roles?: Role[];
      departmentId?: string;
      organisationId?: string;
      displayName?: string;
      active?: boolean;
      email?: string;
      fte?: number;
      screenWorker?: boolean;
    } = {},
  ): Promise<MadeUser> {
    const roles = opts.roles ?? ['EMPLOYEE'];
    const email = opts.email ?? `user-${unique()}@test.kleinbeek.be`;
    const displayName = opts.displayName ?? `Test ${roles[0]!.toLowerCase()} ${unique()}`;
    this.passwordHash ??= this.passwords.hash(Factories.PASSWORD);
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO users (email, display_name, password_hash, roles, department_id, organisation_id, active, fte, screen_worker)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        email,
        displayName,
        await this.passwordHash,
        roles,
        opts.departmentId ?? null,
        opts.organisationId ?? null,
        opts.active ?? true,
        opts.fte ?? 1,
        opts.screenWorker ?? true,
      ],
    );
    return { id: rows[0]!.id, email, displayName, roles };
  }

  /**
   * A partner organisation, trusted unless said otherwise. By default it may use every space open to
   * partners (`access: 'ALL'`), as before organisations had their own access; `access: []` grants
   * nothing, or list the grants. `hours` replace the sites' opening hours for its people.
   */
  async organisation(
    opts: {
      name?: string;
      trusted?: boolean;
      monthlyHourQuota?: number | null;
      enterpriseNumber?: string | null;
      agreement?: { startsOn?: string; endsOn?: string };
      access?: 'ALL' | { siteId?: string; spaceKind?: Kind; spaceId?: string }[];
      hours?: [number, string, string][];
      tariffs?: Partial<Record<Kind, number>>;
    } = {},
  ): Promise<{ id: string; name: string }> {
    const name = opts.name ?? `Partner ${unique()}`;
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO organisations (name, trusted, monthly_hour_quota, enterprise_number, agreement_starts_on, agreement_ends_on)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        name,
        opts.trusted ?? true,
        opts.monthlyHourQuota ?? null,
        opts.enterpriseNumber ?? null,
        opts.agreement?.startsOn ?? null,
        opts.agreement?.endsOn ?? null,
      ],
    );
    const id = rows[0]!.id;
    const grants = opts.access === undefined || opts.access === 'ALL' ? [{}] : opts.access;
    for (const g of grants as { siteId?: string; spaceKind?: Kind; spaceId?: string }[]) {
      await this.db.query(`INSERT INTO organisation_access (organisation_id, site_id, space_kind, space_id) VALUES ($1, $2, $3, $4)`, [
        id,
        g.siteId ?? null,
        g.spaceKind ?? null,
        g.spaceId ?? null,
      ]);
    }
    for (const [weekday, opens, closes] of opts.hours ?? []) {
      await this.db.query(`INSERT INTO organisation_hours (organisation_id, weekday, opens_at, closes_at) VALUES ($1, $2, $3, $4)`, [
        id,
        weekday,
        opens,
        closes,
      ]);
    }
    for (const [kind, cents] of Object.entries(opts.tariffs ?? {})) {
      await this.db.query(`INSERT INTO organisation_tariffs (organisation_id, space_kind, cents_per_hour) VALUES ($1, $2, $3)`, [
        id,
        kind,
        cents,
      ]);
    }
    return { id, name };
  }

  async department(opts: { name?: string } = {}): Promise<{ id: string; name: string }> {
    const { rows: c } = await this.db.query<{ id: string }>(`INSERT INTO clusters (name) VALUES ($1) RETURNING id`, [
      `Cluster ${unique()}`,
    ]);
    const name = opts.name ?? `Dienst ${unique()}`;
    const { rows } = await this.db.query<{ id: string }>(`INSERT INTO departments (cluster_id, name) VALUES ($1, $2) RETURNING id`, [
      c[0]!.id,
      name,
    ]);
    return { id: rows[0]!.id, name };
  }

  /**
   * A site with one floor. Opening hours default to every day 07:00–19:00 so tests are not
   * bound to weekdays; pass `hours` as [weekday, 'HH:MM', 'HH:MM'] to be specific.
   */
  async site(
    opts: { timeZone?: string; hours?: [number, string, string][]; isSatellite?: boolean; closures?: string[] } = {},
  ): Promise<MadeSite> {
    const name = `Site ${unique()}`;
    const timeZone = opts.timeZone ?? 'Europe/Brussels';
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO sites (name, time_zone, is_satellite) VALUES ($1, $2, $3) RETURNING id`,
      [name, timeZone, opts.isSatellite ?? false],
    );
    const id = rows[0]!.id;
    const hours = opts.hours ?? [1, 2, 3, 4, 5, 6, 7].map((d) => [d, '07:00', '19:00'] as [number, string, string]);
    for (const [weekday, opens, closes] of hours) {
      await this.db.query(`INSERT INTO site_opening_hours (site_id, weekday, opens_at, closes_at) VALUES ($1, $2, $3, $4)`, [
        id,
        weekday,
        opens,
        closes,
      ]);
    }
    for (const date of opts.closures ?? []) {
      await this.db.query(`INSERT INTO closure_days (site_id, date, reason, kind) VALUES ($1, $2, 'Sluitingsdag', 'CLOSURE')`, [id, date]);
    }
    const floor = await this.db.query<{ id: string }>(`INSERT INTO floors (site_id, name) VALUES ($1, 'Gelijkvloers') RETURNING id`, [id]);
    return { id, name, floorId: floor.rows[0]!.id, timeZone };
  }

  async space(
    floorId: string,
    opts: {
      kind?: Kind;
      capacity?: number;
      equipment?: string[];
      bookableByRoles?: Role[];
      partnerAccess?: boolean;
      confidential?: boolean;
      requiresApproval?: boolean;
      active?: boolean;
      name?: string;
      zoneId?: string;
      position?: { x: number; y: number; width: number; height: number };
    } = {},
  ): Promise<MadeSpace> {
    const kind = opts.kind ?? 'DESK';
    const name = opts.name ?? `${kind.toLowerCase()} ${unique()}`;
    const consultation = kind === 'CONSULTATION_ROOM';
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO spaces (floor_id, zone_id, name, kind, capacity, equipment, confidential, bookable_by_roles, partner_access, requires_approval, active,
                           pos_x, pos_y, width, height)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [
        floorId,
        opts.zoneId ?? null,
        name,
        kind,
        opts.capacity ?? (kind === 'DESK' || kind === 'PHONE_BOOTH' ? 1 : 8),
        opts.equipment ?? [],
        opts.confidential ?? consultation,
        opts.bookableByRoles ?? (consultation ? ['SOCIAL_WORKER'] : ['EMPLOYEE', 'SOCIAL_WORKER']),
        opts.partnerAccess ?? false,
        opts.requiresApproval ?? false,
        opts.active ?? true,
        opts.position?.x ?? null,
        opts.position?.y ?? null,
        opts.position?.width ?? null,
        opts.position?.height ?? null,
      ],
    );
    return { id: rows[0]!.id, name, kind, floorId };
  }

  /**
   * A booking written straight to the table, in the past or future, in any status (for reports and
   * jobs); the API's rules are not applied. `checkedInAt` defaults to the start for CHECKED_IN and
   * COMPLETED, `createdAt` to a week before the start.
   */
  async booking(
    spaceId: string,
    bookerId: string,
    opts: {
      startsAt: string | Date;
      endsAt: string | Date;
      status?: 'PENDING' | 'CONFIRMED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'REJECTED' | 'RELEASED';
      checkedInAt?: string | Date | null;
      createdAt?: string | Date;
      organisationId?: string;
      title?: string;
      attendeeIds?: string[];
    },
  ): Promise<{ id: string }> {
    const status = opts.status ?? 'CONFIRMED';
    const startsAt = new Date(opts.startsAt);
    const checkedIn =
      opts.checkedInAt !== undefined ? opts.checkedInAt : status === 'CHECKED_IN' || status === 'COMPLETED' ? startsAt : null;
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO bookings (space_id, space_kind, booker_id, organisation_id, starts_at, ends_at, blocked_until, title, status,
                             checked_in_at, created_by, updated_by, created_at)
       SELECT s.id, s.kind, $2, $3, $4, $5, $5, $6, $7, $8, $2, $2, $9 FROM spaces s WHERE s.id = $1 RETURNING id`,
      [
        spaceId,
        bookerId,
        opts.organisationId ?? null,
        startsAt,
        new Date(opts.endsAt),
        opts.title ?? null,
        status,
        checkedIn === null ? null : new Date(checkedIn),
        new Date(opts.createdAt ?? startsAt.getTime() - 7 * 86_400_000),
      ],
    );
    const id = rows[0]!.id;
    if (opts.attendeeIds?.length) {
      await this.db.query(`INSERT INTO booking_attendees (booking_id, user_id) SELECT $1, unnest($2::uuid[])`, [id, opts.attendeeIds]);
    }
    return { id };
  }

  /** Overrides rules for one space (null fields inherit the kind's defaults). */
  async rules(
    spaceId: string,
    rules: Partial<
      Record<
        | 'slot_minutes'
        | 'min_duration_minutes'
        | 'max_duration_minutes'
        | 'max_days_ahead'
        | 'min_notice_minutes'
        | 'buffer_minutes'
        | 'max_bookings_per_day'
        | 'check_in_grace_minutes'
        | 'check_in_opens_minutes'
        | 'release_warning_minutes',
        number
      >
    >,
  ): Promise<void> {
    const cols = Object.keys(rules);
    await this.db.query(
      `INSERT INTO booking_rules (space_id, ${cols.join(', ')}) VALUES ($1, ${cols.map((_, i) => `$${i + 2}`).join(', ')})
       ON CONFLICT (space_id) DO UPDATE SET ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`,
      [spaceId, ...Object.values(rules)],
    );
  }
}
