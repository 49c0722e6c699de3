import { Check, Column, CreateDateColumn, Entity, Exclusion, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../people/user.entity.js';
import { SPACE_KINDS, type SpaceKind } from '../spaces/space-kind.js';
import { SpaceEntity } from '../spaces/space.entity.js';
import { BOOKING_STATUSES, LIVE_STATUSES_SQL, type BookingStatus } from './booking-status.js';

@Entity('bookings')
@Check('bookings_range_check', 'starts_at < ends_at')
@Check('bookings_blocked_until_check', 'blocked_until >= ends_at')
@Check('bookings_status_check', `status IN (${BOOKING_STATUSES.map((s) => `'${s}'`).join(',')})`)
@Check('bookings_space_kind_check', `space_kind IN (${SPACE_KINDS.map((k) => `'${k}'`).join(',')})`)
@Check('bookings_title_check', 'length(title) <= 200')
@Check('bookings_external_attendees_check', 'external_attendees BETWEEN 0 AND 1000')
@Exclusion(
  'bookings_space_no_overlap',
  `USING gist (space_id WITH =, tstzrange(starts_at, blocked_until, '[)') WITH &&) WHERE (status IN ${LIVE_STATUSES_SQL})`,
)
@Exclusion(
  'bookings_one_desk_per_person',
  `USING gist (booker_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (space_kind = 'DESK' AND status IN ${LIVE_STATUSES_SQL})`,
)
@Index('bookings_booker_starts_idx', ['bookerId', 'startsAt'])
@Index('bookings_organisation_idx', ['organisationId', 'startsAt'], { where: 'organisation_id IS NOT NULL' })
@Check('bookings_hold_check', `hold_expires_at IS NULL OR space_kind = 'CONSULTATION_ROOM'`)
@Check('bookings_calendar_sequence_check', 'calendar_sequence >= 0')
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'bookings_pkey' })
  id!: string;

  @ForeignKey(() => SpaceEntity, { name: 'bookings_space_fkey' })
  @Column('uuid', { name: 'space_id' })
  spaceId!: string;

  /** Copy of the space's kind: the one-desk-per-person constraint needs it on the row. */
  @Column('text', { name: 'space_kind' })
  spaceKind!: SpaceKind;

  @ForeignKey(() => UserEntity, { name: 'bookings_booker_fkey' })
  @Column('uuid', { name: 'booker_id' })
  bookerId!: string;

  @ForeignKey(() => OrganisationEntity, { name: 'bookings_organisation_fkey' })
  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  @Index('bookings_series_idx', { where: 'series_id IS NOT NULL' })
  @Column('uuid', { name: 'series_id', nullable: true })
  seriesId!: string | null;

  @Index('bookings_starts_idx')
  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  /** ends_at plus the space's buffer at booking time: the no-overlap constraint uses this end. */
  @Column('timestamptz', { name: 'blocked_until' })
  blockedUntil!: Date;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('integer', { name: 'external_attendees', default: 0 })
  externalAttendees!: number;

  @Column('text')
  status!: BookingStatus;

  @Column('timestamptz', { name: 'checked_in_at', nullable: true })
  checkedInAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  /** Set while a PENDING booking is a proposal slot held for a citizen; it stops blocking at this instant. */
  @Index('bookings_hold_expiry_idx', { where: 'hold_expires_at IS NOT NULL' })
  @Column('timestamptz', { name: 'hold_expires_at', nullable: true })
  holdExpiresAt!: Date | null;

  /** A request (PENDING) not decided by this instant expires; null for everything that is not a request. */
  @Index('bookings_pending_idx', { where: `status = 'PENDING'` })
  @Column('timestamptz', { name: 'decide_by', nullable: true })
  decideBy!: Date | null;

  @ForeignKey(() => UserEntity, { name: 'bookings_created_by_fkey' })
  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @ForeignKey(() => UserEntity, { name: 'bookings_updated_by_fkey' })
  @Column('uuid', { name: 'updated_by' })
  updatedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** iCalendar SEQUENCE of the booking's event: raised with every change mailed, so calendars update it. */
  @Column('integer', { name: 'calendar_sequence', default: 0 })
  calendarSequence!: number;
}
