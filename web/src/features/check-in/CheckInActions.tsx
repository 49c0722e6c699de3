import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDoorExit, IconLogin2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInFieldsFragment } from '../../gql/check-in/graphql';
import { formatTime } from '../../lib/format';
import { notify } from '../../ui/notify';
import { CHECK_IN_BOOKING, CHECK_OUT_BOOKING } from './documents';
import { checkInProblem } from './problem';

/** Check in while the window is open, check out early once checked in; says when the window opens and closes. */
export function CheckInActions({ booking, timeZone }: { booking: CheckInFieldsFragment; timeZone: string }) {
  const { t } = useTranslation();
  const [checkIn, checkingIn] = useMutation(CHECK_IN_BOOKING, { refetchQueries: 'active' });
  const [checkOut, checkingOut] = useMutation(CHECK_OUT_BOOKING, { refetchQueries: 'active' });
  const [openedAt] = useState(() => Date.now());
  const state = booking.checkIn;
  if (!state) return null;
  const time = (iso: string) => formatTime(new Date(iso), timeZone);

  async function run(action: 'in' | 'out') {
    try {
      if (action === 'in') await checkIn({ variables: { input: { id: booking.id } } });
      else await checkOut({ variables: { input: { id: booking.id } } });
      notify(t(action === 'in' ? 'checkIn.checkedIn' : 'checkIn.checkedOut'));
    } catch (err) {
      const { key, values } = checkInProblem(err);
      notify(t(key, values), 'error');
    }
  }

  const upcoming = booking.status === 'CONFIRMED' && new Date(booking.endsAt).getTime() > openedAt;
  return (
    <Stack gap={6}>
      {booking.status === 'CHECKED_IN' && <Text size="sm">{t('checkIn.isCheckedIn')}</Text>}
      {upcoming && state.releaseWarningAt && (
        <Text size="sm" fw={600}>
          {t('checkIn.warning', { time: time(state.releaseWarningAt) })}
        </Text>
      )}
      {upcoming && !state.releaseWarningAt && (
        <Text size="sm">
          {/* the closing time once: in the requirement when there is one */}
          {state.required
            ? `${t('checkIn.required', { closes: time(state.closesAt) })}${state.viewerCanCheckIn ? '' : ` ${t('checkIn.opensAt', { opens: time(state.opensAt) })}`}`
            : `${t('checkIn.notRequired')} ${
                state.viewerCanCheckIn
                  ? t('checkIn.windowOpen', { closes: time(state.closesAt) })
                  : t('checkIn.windowLater', { opens: time(state.opensAt), closes: time(state.closesAt) })
              }`}
        </Text>
      )}
      <Group gap="xs">
        {state.viewerCanCheckIn && (
          <Button leftSection={<IconLogin2 size={18} aria-hidden />} loading={checkingIn.loading} onClick={() => void run('in')}>
            {t('checkIn.checkIn')}
          </Button>
        )}
        {state.viewerCanCheckOut && (
          <Button
            variant="default"
            leftSection={<IconDoorExit size={18} aria-hidden />}
            loading={checkingOut.loading}
            onClick={() => void run('out')}
          >
            {t('checkIn.checkOut')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
