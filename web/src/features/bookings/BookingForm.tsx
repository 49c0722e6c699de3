import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { browserTimeZone, formatRange, type Locale } from '../../lib/format';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import { instantOf, isoWeekday } from '../../lib/zoned';
import { AttendeesField } from './AttendeesField';
import { BOOKABLE_SPACES, CREATE_BOOKING, CREATE_SERIES, UPDATE_BOOKING } from './documents';
import { API_FIELD_TO_FORM, bookingFormSchema, type BookingDraft, type BookingFormValues } from './form';
import { RecurrenceFields, type SeriesPreview } from './RecurrenceFields';

export default function BookingForm({ draft, onDone }: { draft: BookingDraft; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data } = useQuery(BOOKABLE_SPACES);
  const [createBooking] = useMutation(CREATE_BOOKING, { refetchQueries: 'active' });
  const [updateBooking] = useMutation(UPDATE_BOOKING, { refetchQueries: 'active' });
  const [createSeries] = useMutation(CREATE_SERIES, { refetchQueries: 'active' });
  const [general, setGeneral] = useState<string | null>(null);
  const [preview, setPreview] = useState<SeriesPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const form = useForm<BookingFormValues>({
    mode: 'controlled',
    initialValues: {
      spaceId: draft.spaceId ?? '',
      date: draft.date,
      start: draft.start,
      end: draft.end,
      title: draft.title ?? '',
      attendeeIds: [],
      externalAttendees: 0,
      repeat: false,
      frequency: 'WEEKLY',
      byWeekday: [String(isoWeekday(draft.date))],
      until: draft.date,
      skipConflicts: false,
    },
    validate: zod4Resolver(bookingFormSchema),
    onValuesChange: () => setPreview(null),
  });
  const values = form.getValues();

  const spaces = useMemo(() => (data?.spaces ?? []).filter((s) => s.viewerCanBook || s.id === draft.spaceId), [data, draft.spaceId]);
  const space = spaces.find((s) => s.id === values.spaceId);
  const site = data?.sites.find((s) => s.id === space?.site.id);
  const timeZone = site?.timeZone ?? 'Europe/Brussels';
  const spaceOptions = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const s of spaces) {
      const siteName = data?.sites.find((x) => x.id === s.site.id)?.name ?? '';
      const group = `${siteName} — ${s.floor.name}`;
      groups.set(group, [...(groups.get(group) ?? []), { value: s.id, label: `${s.name} (${t(`kinds.${s.kind}`)})` }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [spaces, data, t]);

  const fieldError = (field: keyof BookingFormValues) => {
    const e = form.errors[field];
    return typeof e === 'string' ? t(e) : undefined;
  };

  /** Shows an API error next to its field, or above the form when it concerns no single field. */
  function showProblem(err: unknown) {
    const p = apiProblem(err);
    const { key, values: params } = problemMessage(p);
    const message = t(key, params);
    const field = p.fieldErrors.map((f) => API_FIELD_TO_FORM[f.field]).find(Boolean);
    if (field) form.setFieldError(field, message);
    else setGeneral(message);
  }

  function instants(v: BookingFormValues) {
    const startsAt = instantOf(v.date, v.start, timeZone);
    const endsAt = instantOf(v.date, v.end, timeZone);
    if (!startsAt) form.setFieldError('start', t('booking.invalidTime'));
    if (!endsAt) form.setFieldError('end', t('booking.invalidTime'));
    return startsAt && endsAt ? { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } : null;
  }

  function seriesInput(v: BookingFormValues, times: { startsAt: string; endsAt: string }, dryRun: boolean) {
    return {
      spaceId: v.spaceId,
      ...times,
      title: space?.confidential ? null : v.title || null,
      attendeeIds: v.attendeeIds,
      externalAttendees: v.externalAttendees,
      recurrence: {
        frequency: v.frequency,
        interval: 1,
        until: v.until,
        ...(v.frequency === 'WEEKLY' ? { byWeekday: v.byWeekday.map(Number) } : {}),
      },
      skipConflicts: v.skipConflicts,
      dryRun,
    };
  }

  async function runPreview() {
    setGeneral(null);
    if (form.validate().hasErrors) return;
    const v = form.getValues();
    const times = instants(v);
    if (!times) return;
    setPreviewing(true);
    try {
      const res = await createSeries({ variables: { input: seriesInput(v, times, true) }, refetchQueries: [] });
      setPreview(res.data?.createBookingSeries ?? null);
    } catch (err) {
      showProblem(err);
    } finally {
      setPreviewing(false);
    }
  }

  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const times = instants(v);
    if (!times) return;
    const where = space?.name ?? '';
    const when = formatRange(new Date(times.startsAt), new Date(times.endsAt), locale, timeZone);
    const title = space?.confidential ? null : v.title || null;
    try {
      if (draft.bookingId) {
        await updateBooking({ variables: { input: { id: draft.bookingId, spaceId: v.spaceId, ...times, title } } });
        notify(t('booking.saved'));
      } else if (v.repeat) {
        const res = await createSeries({ variables: { input: seriesInput(v, times, false) } });
        const r = res.data?.createBookingSeries;
        notify(t('booking.seriesCreated', { count: r?.bookings.length ?? 0, skipped: r?.skipped.length ?? 0 }));
      } else {
        const res = await createBooking({
          variables: { input: { spaceId: v.spaceId, ...times, title, attendeeIds: v.attendeeIds, externalAttendees: v.externalAttendees } },
        });
        const pending = res.data?.createBooking.status === 'PENDING';
        notify(t(pending ? 'booking.pending' : 'booking.created', { space: where, when }));
      }
      onDone();
    } catch (err) {
      showProblem(err);
    }
  });

  const multiPerson = (space?.capacity ?? 1) > 1;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {general && (
          <Notice tone="error" role="alert">
            {general}
          </Notice>
        )}
        {draft.lockSpace && space ? (
          <Text>
            <Text span fw={700}>
              {t('booking.space')}:
            </Text>{' '}
            {space.name} ({t(`kinds.${space.kind}`)}) — {site?.name}, {space.floor.name}
          </Text>
        ) : (
          <Select
            label={t('booking.space')}
            placeholder={t('booking.spacePlaceholder')}
            data={spaceOptions}
            searchable
            required
            {...form.getInputProps('spaceId')}
            error={fieldError('spaceId')}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput type="date" label={t('booking.date')} required {...form.getInputProps('date')} error={fieldError('date')} />
          <TextInput
            type="time"
            step={900}
            label={t('booking.start')}
            required
            {...form.getInputProps('start')}
            error={fieldError('start')}
          />
          <TextInput type="time" step={900} label={t('booking.end')} required {...form.getInputProps('end')} error={fieldError('end')} />
        </SimpleGrid>
        {timeZone !== browserTimeZone() && (
          <Text size="sm" c="dimmed">
            {t('booking.timeZoneNote', { zone: timeZone })}
          </Text>
        )}
        {space?.confidential ? (
          <Text size="sm" c="dimmed">
            {t('booking.confidentialHelp')}
          </Text>
        ) : (
          <TextInput
            label={t('booking.title')}
            description={t('booking.titleHelp')}
            maxLength={200}
            {...form.getInputProps('title')}
            error={fieldError('title')}
          />
        )}
        {multiPerson && !draft.bookingId && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <AttendeesField
              value={values.attendeeIds}
              onChange={(ids) => form.setFieldValue('attendeeIds', ids)}
              error={fieldError('attendeeIds')}
            />
            <TextInput
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              label={t('booking.external')}
              value={values.externalAttendees}
              onChange={(e) => form.setFieldValue('externalAttendees', Math.max(0, Math.trunc(Number(e.currentTarget.value) || 0)))}
              error={fieldError('externalAttendees')}
            />
          </SimpleGrid>
        )}
        {!draft.bookingId && (
          <>
            <Switch label={t('booking.repeat')} {...form.getInputProps('repeat', { type: 'checkbox' })} />
            {values.repeat && (
              <RecurrenceFields
                form={form}
                preview={preview}
                onPreview={() => void runPreview()}
                previewing={previewing}
                timeZone={timeZone}
              />
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('booking.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(draft.bookingId ? 'booking.save' : 'booking.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
