import { useQuery } from '@apollo/client/react';
import { Chip, Group, NumberInput, Select, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/Notice';
import { BookingDialog, bookingLabel, type BookingDraft } from '../features/bookings';
import { SITES_WITH_FLOORS } from '../features/desks/documents';
import { useLiveBookings } from '../features/live';
import { minutesOf, RoomDayGrid, ROOMS_DAY, timeOf, type GridRoom } from '../features/rooms';
import type { SitesWithFloorsQuery } from '../gql/graphql';
import { formatDate, formatTime, localDateOf, type Locale } from '../lib/format';
import { addDays, dayHours } from '../lib/opening-hours';
import { instantOf, nowRoundedUp } from '../lib/zoned';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';
import { WhenFields } from '../ui/WhenFields';

const ROOM_KINDS = ['MEETING_ROOM', 'QUIET_ROOM', 'INFORMAL_AREA', 'PHONE_BOOTH', 'CONSULTATION_ROOM', 'FRONT_DESK'] as const;
const EQUIPMENT = ['VIDEO_CONFERENCING', 'SCREEN', 'WHITEBOARD', 'WHEELCHAIR_ACCESS'] as const;
type Site = SitesWithFloorsQuery['sites'][number];

export default function RoomsPage() {
  const { t } = useTranslation();
  usePageTitle(t('rooms.title'));
  const { data } = useQuery(SITES_WITH_FLOORS);
  const [siteId, setSiteId] = useState<string | null>(null);
  const sites = data?.sites ?? [];
  const site = sites.find((s) => s.id === siteId) ?? sites[0];
  if (!site) return <Spinner />;
  return <Rooms key={site.id} site={site} sites={sites} onSite={setSiteId} />;
}

function Rooms({ site, sites, onSite }: { site: Site; sites: Site[]; onSite: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const tz = site.timeZone;
  const now = nowRoundedUp(new Date(), tz);
  const [date, setDate] = useState(now.date);
  const [kind, setKind] = useState<string | null>(null);
  const [capacity, setCapacity] = useState<number | string>('');
  const [equipment, setEquipment] = useState<string[]>([]);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  useLiveBookings(site.id);

  const dayStart = instantOf(date, '00:00', tz) ?? new Date();
  const dayEnd = instantOf(addDays(date, 1), '00:00', tz) ?? new Date();
  const { data, loading } = useQuery(ROOMS_DAY, {
    variables: {
      filter: {
        siteId: site.id,
        kinds: kind ? [kind as never] : [...ROOM_KINDS],
        ...(Number(capacity) > 0 ? { minCapacity: Number(capacity) } : {}),
        ...(equipment.length ? { equipment: equipment as never } : {}),
      },
      bookings: { siteId: site.id, from: dayStart.toISOString(), to: dayEnd.toISOString() },
    },
  });

  const hours = dayHours(site.openingHours, date);
  const rooms: GridRoom[] = useMemo(
    () =>
      (data?.spaces ?? [])
        .filter((s) => s.viewerCanBook)
        .map((s) => ({
          id: s.id,
          name: s.name,
          kindLabel: t(`kinds.${s.kind}`),
          capacity: s.capacity,
          busy: (data?.bookings ?? [])
            .filter((b) => b.space.id === s.id)
            .map((b) => ({
              start: localDateOf(new Date(b.startsAt), tz) < date ? 0 : minutesOf(formatTime(new Date(b.startsAt), tz)),
              end: localDateOf(new Date(b.endsAt), tz) > date ? 1440 : minutesOf(formatTime(new Date(b.endsAt), tz)),
              label: bookingLabel(b, t),
              mine: b.isMine,
            })),
        })),
    [data, date, tz, t],
  );

  return (
    <Stack>
      <Title order={1}>{t('rooms.title')}</Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('booking.site')}
          data={sites.map((s) => ({ value: s.id, label: s.name }))}
          value={site.id}
          onChange={(v) => v && onSite(v)}
          allowDeselect={false}
        />
        <Select
          label={t('rooms.kind')}
          placeholder={t('rooms.allKinds')}
          clearable
          data={ROOM_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={setKind}
        />
        <NumberInput label={t('rooms.capacity')} min={1} max={1000} value={capacity} onChange={setCapacity} w={160} />
        <WhenFields value={{ date, start: '', end: '' }} onChange={(v) => setDate(v.date)} withTimes={false} />
      </Group>
      <Chip.Group multiple value={equipment} onChange={setEquipment}>
        <Group gap={6} role="group" aria-label={t('desks.equipment')}>
          {EQUIPMENT.map((e) => (
            <Chip key={e} value={e} size="sm">
              {t(`equipment.${e}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Title order={2} size="h4">
        {t('rooms.columns', { date: formatDate(dayStart, i18n.language as Locale, tz) })}
      </Title>
      {!hours && <Notice>{t('rooms.closed')}</Notice>}
      {hours && rooms.length === 0 && !loading && <Notice>{t('rooms.none')}</Notice>}
      {hours && rooms.length > 0 && (
        <RoomDayGrid
          rooms={rooms}
          open={{ start: minutesOf(hours.opens), end: minutesOf(hours.closes) }}
          notBefore={date === now.date ? minutesOf(now.time) : date < now.date ? 24 * 60 : 0}
          onPick={(roomId, gap) =>
            setDraft({ spaceId: roomId, lockSpace: true, date, start: timeOf(gap.start), end: timeOf(Math.min(gap.end, gap.start + 60)) })
          }
        />
      )}
      <BookingDialog draft={draft} onClose={() => setDraft(null)} />
    </Stack>
  );
}
