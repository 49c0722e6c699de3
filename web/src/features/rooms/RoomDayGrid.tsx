import { Box, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { freeGaps, type Interval, timeOf } from './day-slots';
import classes from './rooms.module.css';

export type GridRoom = {
  id: string;
  name: string;
  kindLabel: string;
  capacity: number;
  busy: (Interval & { label: string; mine: boolean })[];
};

const PX_PER_MINUTE = 1.1;

/** Rooms side by side for one day: a column per room, bookings as blocks, free stretches as buttons. */
export function RoomDayGrid({
  rooms,
  open,
  notBefore,
  onPick,
}: {
  rooms: GridRoom[];
  open: Interval;
  notBefore: number;
  onPick: (roomId: string, gap: Interval) => void;
}) {
  const { t } = useTranslation();
  const height = (open.end - open.start) * PX_PER_MINUTE;
  const y = (m: number) => (m - open.start) * PX_PER_MINUTE;
  const hours: number[] = [];
  for (let m = Math.ceil(open.start / 60) * 60; m < open.end; m += 60) hours.push(m);

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <div className={classes.grid} style={{ gridTemplateColumns: `56px repeat(${rooms.length}, minmax(150px, 1fr))` }}>
        <div />
        {rooms.map((r) => (
          <div key={r.id} className={classes.head}>
            <Text fw={700} size="sm">
              {r.name}
            </Text>
            <Text size="xs" c="dimmed">
              {r.kindLabel} · {t('rooms.persons', { count: r.capacity })}
            </Text>
          </div>
        ))}
        <div className={classes.times} style={{ height }} aria-hidden>
          {hours.map((m) => (
            <span key={m} style={{ top: y(m) }}>
              {timeOf(m)}
            </span>
          ))}
        </div>
        {rooms.map((r) => (
          <div key={r.id} className={classes.column} style={{ height }} role="list" aria-label={r.name}>
            {hours.map((m) => (
              <div key={m} className={classes.hourLine} style={{ top: y(m) }} aria-hidden />
            ))}
            {r.busy.map((b, i) => (
              <Box
                key={`b${i}`}
                role="listitem"
                className={b.mine ? classes.mine : classes.busy}
                style={{
                  top: y(Math.max(b.start, open.start)),
                  height: (Math.min(b.end, open.end) - Math.max(b.start, open.start)) * PX_PER_MINUTE,
                }}
              >
                <span className="visually-hidden">{t('rooms.busySlot', { room: r.name, from: timeOf(b.start), to: timeOf(b.end) })}</span>
                <span aria-hidden>
                  {timeOf(b.start)}–{timeOf(b.end)} {b.label}
                </span>
              </Box>
            ))}
            {freeGaps(open, r.busy, notBefore).map((g) => (
              <div
                key={`f${g.start}`}
                role="listitem"
                className={classes.freeWrap}
                style={{ top: y(g.start), height: (g.end - g.start) * PX_PER_MINUTE }}
              >
                <UnstyledButton className={classes.free} onClick={() => onPick(r.id, g)}>
                  {/* the visible text is part of the accessible name (WCAG 2.5.3) */}
                  <span className="visually-hidden">{r.name}: </span>
                  {t('rooms.free', { from: timeOf(g.start), to: timeOf(g.end) })}
                  <span className="visually-hidden"> – {t('rooms.bookIt')}</span>
                </UnstyledButton>
              </div>
            ))}
          </div>
        ))}
      </div>
    </ScrollArea>
  );
}
