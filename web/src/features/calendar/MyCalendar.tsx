import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import { useMutation, useQuery } from '@apollo/client/react';
import FullCalendar, { type CalendarRef } from '@fullcalendar/react';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import enLocale from '@fullcalendar/react/locales/en-gb';
import nlLocale from '@fullcalendar/react/locales/nl';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { Button, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { graphql } from '../../gql';
import type { BookingFieldsFragment } from '../../gql/graphql';
import { formatTime, localDateOf } from '../../lib/format';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import { addMinutesToTime, nowRoundedUp } from '../../lib/zoned';
import { BookingDetails, BookingDialog, bookingLabel, type BookingDraft } from '../bookings';
import { UPDATE_BOOKING } from '../bookings/documents';
import { BookingCheckIn } from '../check-in';

const MY_BOOKINGS = graphql(`
  query MyBookings($from: DateTime!, $to: DateTime!) {
    myBookings(from: $from, to: $to) {
      ...BookingFields
    }
  }
`);

type View = 'timeGridWeek' | 'timeGridDay' | 'listWeek';
const TIME_ZONE = 'Europe/Brussels';

/** The viewer's own bookings: week, day and list views; select to book, drag or use the form to move. */
export function MyCalendar({ onNewBooking }: { onNewBooking: (draft: BookingDraft) => void }) {
  const { t, i18n } = useTranslation();
  const small = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [view, setView] = useState<View>(small ? 'listWeek' : 'timeGridWeek');
  const [range, setRange] = useState<{ from: string; to: string; title: string } | null>(null);
  const [selected, setSelected] = useState<BookingFieldsFragment | null>(null);
  const [editing, setEditing] = useState<BookingDraft | null>(null);
  const calendar = useRef<CalendarRef>(null);
  const { data } = useQuery(MY_BOOKINGS, { variables: { from: range?.from ?? '', to: range?.to ?? '' }, skip: !range });
  const [updateBooking] = useMutation(UPDATE_BOOKING, { refetchQueries: 'active' });
  const api = () => calendar.current?.getApi();

  const events = (data?.myBookings ?? []).map((b) => ({
    id: b.id,
    title:
      eventTitle(bookingLabel(b, t), b.space.name) +
      (b.status === 'PENDING' ? ` (${t(b.holdExpiresAt ? 'confidential.held' : 'status.PENDING')})` : ''),
    start: b.startsAt,
    end: b.endsAt,
    editable: b.viewerCanUpdate,
    classNames: b.status === 'PENDING' ? ['pw-pending'] : [],
    extendedProps: { booking: b },
  }));

  async function move(info: { event: { id: string; startStr: string; endStr: string }; revert: () => void }) {
    try {
      await updateBooking({ variables: { input: { id: info.event.id, startsAt: info.event.startStr, endsAt: info.event.endStr } } });
      notify(t('agenda.moved'));
    } catch (err) {
      info.revert();
      const { key, values } = problemMessage(apiProblem(err));
      notify(t(key, values), 'error');
    }
  }

  function changeView(v: View) {
    setView(v);
    api()?.changeView(v);
  }

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Button variant="default" size="sm" onClick={() => api()?.prev()} aria-label={t('agenda.previous')}>
            <IconChevronLeft size={18} aria-hidden />
          </Button>
          <Button variant="default" size="sm" onClick={() => api()?.today()}>
            {t('agenda.today')}
          </Button>
          <Button variant="default" size="sm" onClick={() => api()?.next()} aria-label={t('agenda.next')}>
            <IconChevronRight size={18} aria-hidden />
          </Button>
          <Title order={2} size="h4" aria-live="polite">
            {range?.title}
          </Title>
        </Group>
        <Group gap="xs">
          <SegmentedControl
            aria-label={t('agenda.views')}
            value={view}
            onChange={changeView}
            data={[
              { value: 'timeGridWeek', label: t('agenda.week') },
              { value: 'timeGridDay', label: t('agenda.day') },
              { value: 'listWeek', label: t('agenda.list') },
            ]}
          />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onNewBooking(defaultDraft())}>
            {t('agenda.newBooking')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('agenda.hint')}
      </Text>
      <FullCalendar
        ref={calendar}
        plugins={[timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin]}
        initialView={view}
        headerToolbar={false}
        locale={i18n.language === 'en' ? enLocale : nlLocale}
        firstDay={1}
        timeZone={TIME_ZONE}
        height="auto"
        slotMinTime="07:00:00"
        slotMaxTime="20:00:00"
        allDaySlot={false}
        nowIndicator
        slotDuration="00:30:00"
        snapDuration="00:15:00"
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotHeaderFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        selectable
        selectMirror
        eventInteractive
        eventColor="var(--pw-event)"
        events={events}
        noEventsContent={t('agenda.empty')}
        datesSet={(info) => setRange({ from: info.startStr, to: info.endStr, title: info.view.title })}
        select={(info) => {
          onNewBooking({ date: info.startStr.slice(0, 10), start: info.startStr.slice(11, 16), end: info.endStr.slice(11, 16) });
          api()?.unselect();
        }}
        eventClick={(info) => setSelected(info.event.extendedProps.booking as BookingFieldsFragment)}
        eventDrop={(info) => void move(info)}
        eventResize={(info) => void move(info)}
      />
      <BookingDetails
        booking={selected}
        onClose={() => setSelected(null)}
        onEdit={(b) => {
          setSelected(null);
          setEditing({
            bookingId: b.id,
            spaceId: b.space.id,
            date: localDateOf(new Date(b.startsAt), b.space.site.timeZone),
            start: formatTime(new Date(b.startsAt), b.space.site.timeZone),
            end: formatTime(new Date(b.endsAt), b.space.site.timeZone),
            title: b.title,
          });
        }}
      >
        {selected?.isMine && (
          <BookingCheckIn bookingId={selected.id} timeZone={selected.space.site.timeZone} label={bookingLabel(selected, t)} />
        )}
      </BookingDetails>
      <BookingDialog draft={editing} onClose={() => setEditing(null)} />
    </>
  );
}

/** "Teamoverleg · De Beek"; "Flexplek G.05" already names the space. */
function eventTitle(label: string, spaceName: string): string {
  return label.includes(spaceName) ? label : `${label} · ${spaceName}`;
}

/** Now rounded up to the next quarter, for an hour. */
function defaultDraft(): BookingDraft {
  const { date, time } = nowRoundedUp(new Date(), TIME_ZONE);
  return { date, start: time, end: addMinutesToTime(time, 60) };
}
