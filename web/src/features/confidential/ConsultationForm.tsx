import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, type Locale } from '../../lib/format';
import { addMinutesToTime, instantOf, nowRoundedUp } from '../../lib/zoned';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { CoWorkerField } from './CoWorkerField';
import { DetailsFields, detailsInput, EMPTY_DETAILS, type DetailsValues } from './DetailsFields';
import { CONSULTATION_ROOMS, CREATE_CONSULTATION } from './documents';
import { confidentialProblem } from './problems';

type Field = 'spaceId' | 'date' | 'start' | 'end' | 'coWorkerId';
const API_FIELDS: Record<string, Field> = { spaceId: 'spaceId', startsAt: 'start', endsAt: 'end', coWorkerId: 'coWorkerId' };

/** Books a confidential consultation room; the client details are sealed by the API in the same step. */
export function ConsultationForm({ viewerId, onBooked }: { viewerId: string; onBooked?: () => void }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(CONSULTATION_ROOMS);
  const [create, { loading }] = useMutation(CREATE_CONSULTATION, { refetchQueries: 'active' });
  const now = nowRoundedUp(new Date(), 'Europe/Brussels');
  const [spaceId, setSpaceId] = useState<string | null>(null);
  const [when, setWhen] = useState({ date: now.date, start: now.time, end: addMinutesToTime(now.time, 60) });
  const [details, setDetails] = useState<DetailsValues>(EMPTY_DETAILS);
  const [coWorkerId, setCoWorkerId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const rooms = useMemo(() => (data?.spaces ?? []).filter((s) => s.viewerCanBook && s.confidential), [data]);
  const room = rooms.find((r) => r.id === spaceId);
  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const r of rooms)
      groups.set(r.site.name, [...(groups.get(r.site.name) ?? []), { value: r.id, label: `${r.name} — ${r.floor.name}` }]);
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [rooms]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setGeneral(null);
    const zone = room?.site.timeZone ?? 'Europe/Brussels';
    const startsAt = instantOf(when.date, when.start, zone);
    const endsAt = instantOf(when.date, when.end, zone);
    const found: Partial<Record<Field, string>> = {};
    if (!spaceId) found.spaceId = t('errors.REQUIRED');
    if (!startsAt) found.start = t('booking.invalidTime');
    if (!endsAt) found.end = t('booking.invalidTime');
    else if (startsAt && endsAt <= startsAt) found.end = t('errors.BOOKING_INVALID_RANGE');
    setErrors(found);
    if (Object.keys(found).length || !startsAt || !endsAt || !room) return;
    try {
      await create({
        variables: {
          input: {
            spaceId: room.id,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            details: detailsInput(details),
            coWorkerId,
          },
        },
      });
      notify(t('confidential.book.created', { room: room.name, when: formatRange(startsAt, endsAt, i18n.language as Locale, zone) }));
      setDetails(EMPTY_DETAILS);
      setCoWorkerId(null);
      onBooked?.();
    } catch (err) {
      const { key, values, problem } = confidentialProblem(err);
      const message = t(key, values);
      const field = problem.fieldErrors.map((f) => API_FIELDS[f.field]).find(Boolean);
      if (field) setErrors({ [field]: message });
      else setGeneral(message);
    }
  }

  if (data && rooms.length === 0) return <Notice>{t('confidential.book.noRooms')}</Notice>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md" maw={720}>
        {general && (
          <Notice tone="error" role="alert">
            {general}
          </Notice>
        )}
        <Select
          label={t('confidential.book.room')}
          placeholder={t('confidential.book.roomPlaceholder')}
          data={options}
          value={spaceId}
          onChange={setSpaceId}
          searchable
          required
          error={errors.spaceId}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput
            type="date"
            label={t('booking.date')}
            required
            value={when.date}
            onChange={(e) => setWhen({ ...when, date: e.currentTarget.value })}
            error={errors.date}
          />
          <TextInput
            type="time"
            step={900}
            label={t('booking.start')}
            required
            value={when.start}
            onChange={(e) => setWhen({ ...when, start: e.currentTarget.value })}
            error={errors.start}
          />
          <TextInput
            type="time"
            step={900}
            label={t('booking.end')}
            required
            value={when.end}
            onChange={(e) => setWhen({ ...when, end: e.currentTarget.value })}
            error={errors.end}
          />
        </SimpleGrid>
        {room && room.rules.bufferMinutes > 0 && (
          <Text size="sm" c="dimmed">
            {t('confidential.book.buffer', { minutes: room.rules.bufferMinutes })}
          </Text>
        )}
        <DetailsFields value={details} onChange={setDetails} />
        <CoWorkerField value={coWorkerId} onChange={setCoWorkerId} excludeId={viewerId} error={errors.coWorkerId} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('confidential.book.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
