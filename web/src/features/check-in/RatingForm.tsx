import { useMutation } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInFieldsFragment } from '../../gql/check-in/graphql';
import { notify } from '../../ui/notify';
import { RATE_BOOKING } from './documents';
import { checkInProblem } from './problem';

const SCORES = ['1', '2', '3', '4', '5'];

/** A 1–5 score for the workplace of a booking that took place, with an optional comment; rating again replaces it. */
export function RatingForm({ booking, label, onDone }: { booking: CheckInFieldsFragment; label: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState(booking.myRating ? String(booking.myRating.score) : '');
  const [comment, setComment] = useState(booking.myRating?.comment ?? '');
  const [rate, { loading }] = useMutation(RATE_BOOKING, { refetchQueries: 'active' });

  async function submit() {
    try {
      await rate({ variables: { input: { bookingId: booking.id, score: Number(score), comment: comment.trim() || null } } });
      notify(t('checkIn.rate.thanks'));
      onDone?.();
    } catch (err) {
      const { key, values } = checkInProblem(err);
      notify(t(key, values), 'error');
    }
  }

  return (
    <Stack gap={6} component="form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Text size="sm" fw={600} id={`rate-${booking.id}`}>
        {t('checkIn.rate.score', { subject: label })}
      </Text>
      {booking.myRating && (
        <Text size="sm">
          <IconStar size={14} aria-hidden /> {t('checkIn.rate.yours', { score: booking.myRating.score })}
        </Text>
      )}
      <SegmentedControl aria-labelledby={`rate-${booking.id}`} value={score} onChange={setScore} data={SCORES} w="fit-content" />
      <Textarea
        label={t('checkIn.rate.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={1}
      />
      <Group gap="xs">
        <Button type="submit" size="sm" disabled={!score} loading={loading}>
          {t('checkIn.rate.submit')}
        </Button>
        {onDone && (
          <Button variant="subtle" size="sm" onClick={onDone}>
            {t('checkIn.rate.later')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
