import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BookingEntity } from '../bookings/booking.entity.js';
import { UserEntity } from '../people/user.entity.js';

/** Client details of one consultation, sealed with AES-256-GCM in the application; the database only sees ciphertext. */
@Entity('booking_confidential_details')
@Check(
  'booking_confidential_details_sealed_check',
  `(key_id IS NULL) = (ciphertext IS NULL) AND (iv IS NULL) = (ciphertext IS NULL)
   AND (iv IS NULL OR octet_length(iv) = 12) AND (ciphertext IS NULL OR octet_length(ciphertext) BETWEEN 16 AND 8192)`,
)
@Check('booking_confidential_details_erased_check', 'erased_at IS NULL OR ciphertext IS NULL')
export class ConfidentialDetailsEntity {
  @ForeignKey(() => BookingEntity, { name: 'booking_confidential_details_booking_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'booking_id', primaryKeyConstraintName: 'booking_confidential_details_pkey' })
  bookingId!: string;

  @Column('text', { name: 'key_id', nullable: true })
  keyId!: string | null;

  @Column('bytea', { nullable: true })
  iv!: Buffer | null;

  @Column('bytea', { nullable: true })
  ciphertext!: Buffer | null;

  /** A colleague the booker named, who may read the details too. */
  @Index('booking_confidential_details_co_worker_idx')
  @ForeignKey(() => UserEntity, { name: 'booking_confidential_details_co_worker_fkey' })
  @Column('uuid', { name: 'co_worker_id', nullable: true })
  coWorkerId!: string | null;

  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
