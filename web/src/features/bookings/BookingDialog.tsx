import { Modal } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../../ui/Spinner';
import type { BookingDraft } from './form';

// The form (selects, recurrence, attendees) loads when a dialog first opens, not with the page.
const BookingForm = lazy(() => import('./BookingForm'));

/** The one booking form, opened from the calendar, the floor plan and the room grid. */
export function BookingDialog({ draft, onClose }: { draft: BookingDraft | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={draft !== null}
      onClose={onClose}
      title={t(draft?.bookingId ? 'booking.editTitle' : 'booking.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      {draft && (
        <Suspense fallback={<Spinner />}>
          <BookingForm key={JSON.stringify(draft)} draft={draft} onDone={onClose} />
        </Suspense>
      )}
    </Modal>
  );
}
