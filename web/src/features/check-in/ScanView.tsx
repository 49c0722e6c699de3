import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatRange, formatTime, localDateOf, type Locale } from '../../lib/format';
import { instantOf } from '../../lib/zoned';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { CheckInActions } from './CheckInActions';
import { CREATE_WALK_UP, SPACE_SCAN } from './documents';
import { checkInProblem, checkInReason } from './problem';

/**
 * What the QR code on a space opens: the signed-in person's booking here (check in, or leave
 * early), or, when the space is free now, booking it on the spot (walk-up, checked in at once).
 */
export function ScanView({ spaceId }: { spaceId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data, loading, error } = useQuery(SPACE_SCAN, { variables: { spaceId }, fetchPolicy: 'network-only' });
  const [walkUp, walking] = useMutation(CREATE_WALK_UP, { refetchQueries: 'active' });
  const [until, setUntil] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (loading && !data) return <Spinner />;
  if (error || !data) {
    const p = checkInProblem(error);
    return (
      <Notice tone="error" role="alert">
        {t(p.key, p.values)}
      </Notice>
    );
  }
  const scan = data.spaceScan;
  const tz = scan.space.site.timeZone;
  const time = (iso: string | null | undefined) => (iso ? formatTime(new Date(iso), tz) : '');
  const when = scan.booking ? formatRange(new Date(scan.booking.startsAt), new Date(scan.booking.endsAt), locale, tz) : '';
  const latest = time(scan.walkUpUntil);

  async function book() {
    setProblem(null);
    const endsAt = until && scan.walkUpFrom ? instantOf(localDateOf(new Date(scan.walkUpFrom), tz), until, tz) : null;
    try {
      const res = await walkUp({ variables: { input: { spaceId, endsAt: endsAt?.toISOString() ?? null } } });
      setDone(t('checkIn.scan.walkedUp', { until: time(res.data?.createWalkUpBooking.endsAt) }));
    } catch (err) {
      const p = checkInProblem(err);
      setProblem(t(p.key, p.values));
    }
  }

  return (
    <Stack gap="md" maw={560}>
      <div>
        <Title order={1}>{t('checkIn.scan.title', { space: scan.space.name })}</Title>
        <Text>
          {t(`kinds.${scan.space.kind}`)} — {t('checkIn.scan.where', { site: scan.space.site.name, floor: scan.space.floor.name })}
        </Text>
      </div>
      {done ? (
        <Notice tone="ok" role="status">
          {done}
        </Notice>
      ) : (
        <Notice tone={scan.state === 'BUSY' || scan.state === 'UNAVAILABLE' || scan.state === 'TOO_LATE' ? 'warn' : 'info'}>
          {t(`checkIn.scan.${scan.state}`, { when, opens: time(scan.checkInOpensAt), until: latest })}
          {scan.state === 'BUSY' && scan.busyUntil && <> {t('checkIn.scan.busyUntil', { time: time(scan.busyUntil) })}</>}
          {scan.state === 'UNAVAILABLE' && scan.reason && <> {t(checkInReason({ reason: scan.reason, params: {} }).key)}</>}
        </Notice>
      )}
      {scan.booking && (scan.state === 'CHECK_IN' || scan.state === 'CHECKED_IN') && (
        <CheckInActions booking={scan.booking} timeZone={tz} />
      )}
      {scan.state === 'WALK_UP' && !done && (
        <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), void book())}>
          <TextInput
            type="time"
            label={t('checkIn.scan.until')}
            value={until || latest}
            max={latest}
            step={900}
            onChange={(e) => setUntil(e.currentTarget.value)}
            w={160}
          />
          <Button type="submit" loading={walking.loading} leftSection={<IconCalendarPlus size={18} aria-hidden />} w="fit-content">
            {t('checkIn.scan.walkUp', { until: until || latest })}
          </Button>
          {problem && (
            <Notice tone="error" role="alert">
              {problem}
            </Notice>
          )}
        </Stack>
      )}
      <Anchor component={Link} href="/agenda">
        {t('checkIn.scan.agenda')}
      </Anchor>
    </Stack>
  );
}
