import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import type { BookingFieldsFragment } from '../../gql/graphql';
import { formatRange, type Locale } from '../../lib/format';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import { CANCEL_BOOKING } from './documents';
import { bookingLabel } from './labels';

/** A booking's details, with "move" and "cancel" (the latter asks first and says what it affects). */
export function BookingDetails({
  booking,
  onClose,
  onEdit,
  children,
}: {
  booking: BookingFieldsFragment | null;
  onClose: () => void;
  onEdit: (b: BookingFieldsFragment) => void;
  /** More about the booking from other features (check-in, rating) */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [confirming, setConfirming] = useState(false);
  const [cancel, { loading }] = useMutation(CANCEL_BOOKING, { refetchQueries: 'active' });
  if (!booking) return null;
  const tz = booking.space.site.timeZone;
  const when = formatRange(new Date(booking.startsAt), new Date(booking.endsAt), locale, tz);

  async function doCancel() {
    try {
      await cancel({ variables: { input: { id: booking!.id } } });
      notify(t('details.cancelled'));
      setConfirming(false);
      onClose();
    } catch (err) {
      const { key, values } = problemMessage(apiProblem(err));
      notify(t(key, values), 'error');
    }
  }

  return (
    <>
      <Modal
        opened={!confirming}
        onClose={onClose}
        title={bookingLabel(booking, t)}
        closeButtonProps={{ 'aria-label': t('details.close') }}
      >
        <Stack gap="xs">
          <Text>
            <Text span fw={700}>
              {t('details.where')}:
            </Text>{' '}
            {booking.space.name} ({t(`kinds.${booking.space.kind}`)}) — {booking.space.site.name}, {booking.space.floor.name}
          </Text>
          <Text>
            <Text span fw={700}>
              {t('details.when')}:
            </Text>{' '}
            {when}
          </Text>
          <Group gap="xs">
            <Text span fw={700}>
              {t('details.status')}:
            </Text>
            <Badge variant="light" color={booking.status === 'PENDING' ? 'yellow' : 'blue'}>
              {booking.holdExpiresAt ? t('confidential.held') : t(`status.${booking.status}`)}
            </Badge>
            {booking.seriesId && <Badge variant="outline">{t('details.series')}</Badge>}
          </Group>
          {booking.attendees.length > 0 && (
            <Text>
              <Text span fw={700}>
                {t('details.attendees')}:
              </Text>{' '}
              {booking.attendees.map((a) => a.displayName).join(', ')}
            </Text>
          )}
          {children}
          <Group justify="flex-end" mt="md">
            {booking.viewerCanUpdate && (
              <Button variant="default" onClick={() => onEdit(booking)}>
                {t('details.move')}
              </Button>
            )}
            {booking.viewerCanCancel && (
              <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                {t('details.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('details.cancelConfirmTitle')}
        closeButtonProps={{ 'aria-label': t('details.close') }}
      >
        <Stack>
          <Text>{t('details.cancelConfirm', { space: booking.space.name, when })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('details.cancelKeep')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void doCancel()}>
              {t('details.cancelYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
