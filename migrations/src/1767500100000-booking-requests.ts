import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking requests: a PENDING booking holds its slot until a facility manager decides or its
 * `decide_by` passes, when it becomes EXPIRED (not a live status). Every decision is kept with who,
 * when and why in booking_decisions, including cancellations when an organisation is suspended.
 */
export class BookingRequests1767500100000 implements MigrationInterface {
  name = 'BookingRequests1767500100000';

  async up(q: QueryRunner): Promise<void> {
    // A request that is not decided by this instant expires (the job queue sweeps them).
    await q.query(`ALTER TABLE bookings ADD COLUMN decide_by timestamptz`);
    await q.query(`CREATE INDEX bookings_pending_idx ON bookings (decide_by) WHERE status = 'PENDING'`);
    // Bookings already waiting for approval become requests that expire at their start at the latest.
    await q.query(`UPDATE bookings SET decide_by = starts_at WHERE status = 'PENDING'`);
    // EXPIRED goes right after RELEASED in whatever list the constraint holds by now (other
    // features add statuses of their own), matching BOOKING_STATUSES in the code.
    const statuses = await currentStatuses(q);
    statuses.splice(statuses.indexOf('RELEASED') + 1, 0, 'EXPIRED');
    await replaceStatusCheck(q, statuses);

    await q.query(`
      CREATE TABLE booking_decisions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL,
        decision text NOT NULL,
        decided_by uuid,
        decided_at timestamptz NOT NULL,
        reason text,
        CONSTRAINT booking_decisions_pkey PRIMARY KEY (id),
        CONSTRAINT booking_decisions_decision_check CHECK (decision IN ('APPROVED','REJECTED','EXPIRED','CANCELLED')),
        -- only an approval may go without a reason; only the expiry sweep decides without a person
        CONSTRAINT booking_decisions_reason_check CHECK ((decision = 'APPROVED' OR reason IS NOT NULL) AND length(reason) BETWEEN 1 AND 1000),
        CONSTRAINT booking_decisions_actor_check CHECK (decided_by IS NOT NULL OR decision = 'EXPIRED'),
        CONSTRAINT booking_decisions_booking_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE,
        CONSTRAINT booking_decisions_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX booking_decisions_booking_idx ON booking_decisions (booking_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE booking_decisions`);
    await q.query(`UPDATE bookings SET status = 'CANCELLED', cancelled_at = coalesce(cancelled_at, now()) WHERE status = 'EXPIRED'`);
    await replaceStatusCheck(
      q,
      (await currentStatuses(q)).filter((s) => s !== 'EXPIRED'),
    );
    await q.query(`DROP INDEX bookings_pending_idx`);
    await q.query(`ALTER TABLE bookings DROP COLUMN decide_by`);
  }
}

/** The statuses bookings_status_check allows now, in their order. */
async function currentStatuses(q: QueryRunner): Promise<string[]> {
  const [row] = (await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'bookings_status_check' AND conrelid = 'bookings'::regclass`,
  )) as { def: string }[];
  return [...(row?.def ?? '').matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
}

async function replaceStatusCheck(q: QueryRunner, statuses: string[]): Promise<void> {
  await q.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_status_check`);
  await q.query(`ALTER TABLE bookings ADD CONSTRAINT bookings_status_check CHECK (status IN (${statuses.map((s) => `'${s}'`).join(',')}))`);
}
