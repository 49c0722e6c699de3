import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Grid, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import * as z from 'zod/mini';
import { formatRange, type Locale } from '../../lib/format';
import { instantOf, isoWeekday, nowRoundedUp } from '../../lib/zoned';
import { Notice } from '../../ui/Notice';
import { BOOKING_REQUESTS, MY_ORGANISATION, PARTNER_SPACES, REQUEST_ROOM, REQUEST_ROOM_SERIES } from './documents';
import { hoursText } from './money';
import { partnerProblem } from './problem';
import { SpaceDay } from './SpaceDay';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const schema = z
  .object({
    spaceId: z.string().check(z.minLength(1, 'errors.REQUIRED')),
    date: z.string().check(z.regex(DATE, 'errors.REQUIRED')),
    start: z.string().check(z.regex(TIME, 'errors.REQUIRED')),
    end: z.string().check(z.regex(TIME, 'errors.REQUIRED')),
    title: z.string().check(z.maxLength(200)),
    external: z.int().check(z.gte(0), z.lte(1000)),
    repeat: z.boolean(),
    until: z.string(),
  })
  .check(
    z.refine((v) => v.end > v.start, { path: ['end'], message: 'errors.BOOKING_INVALID_RANGE' }),
    z.refine((v) => !v.repeat || (DATE.test(v.until) && v.until >= v.date), { path: ['until'], message: 'errors.REQUIRED' }),
  );
type Values = z.infer<typeof schema>;
const API_FIELD: Record<string, keyof Values> = {
  spaceId: 'spaceId',
  startsAt: 'start',
  endsAt: 'end',
  title: 'title',
  externalAttendees: 'external',
  'recurrence.until': 'until',
  recurrence: 'until',
};

/** A partner asks for a room: one date or every week, next to what is already booked that day. */
export function PartnerRequestForm() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data } = useQuery(PARTNER_SPACES);
  const refetchQueries = [BOOKING_REQUESTS, MY_ORGANISATION];
  const [requestOne] = useMutation(REQUEST_ROOM, { refetchQueries });
  const [requestSeries] = useMutation(REQUEST_ROOM_SERIES, { refetchQueries });
  const [general, setGeneral] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const start = nowRoundedUp(new Date(), 'Europe/Brussels');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      spaceId: '',
      date: start.date,
      start: '09:00',
      end: '10:00',
      title: '',
      external: 0,
      repeat: false,
      until: start.date,
    },
    validate: zod4Resolver(schema),
    onValuesChange: () => setSent(null),
  });
  const v = form.getValues();
  const spaces = useMemo(() => (data?.spaces ?? []).filter((s) => s.viewerCanBook), [data]);
  const space = spaces.find((s) => s.id === v.spaceId);
  const site = data?.sites.find((s) => s.id === space?.site.id);
  const timeZone = site?.timeZone ?? 'Europe/Brussels';
  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const s of spaces) {
      const group = data?.sites.find((x) => x.id === s.site.id)?.name ?? '';
      groups.set(group, [...(groups.get(group) ?? []), { value: s.id, label: `${s.name} (${t(`kinds.${s.kind}`)})` }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [spaces, data, t]);
  const dayName = (d: number) => t(`weekdaysShort.${d}`);
  const ownHours = data?.myOrganisation.hours ?? [];
  const error = (field: keyof Values) => {
    const e = form.errors[field];
    return typeof e === 'string' ? t(e) : undefined;
  };

  const submit = form.onSubmit(async (values) => {
    setGeneral(null);
    const startsAt = instantOf(values.date, values.start, timeZone);
    const endsAt = instantOf(values.date, values.end, timeZone);
    if (!startsAt || !endsAt) return form.setFieldError('start', t('booking.invalidTime'));
    const input = {
      spaceId: values.spaceId,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      title: values.title.trim() || null,
      externalAttendees: values.external,
    };
    const name = space?.name ?? '';
    try {
      if (values.repeat) {
        const res = await requestSeries({
          variables: {
            input: { ...input, recurrence: { frequency: 'WEEKLY', until: values.until, byWeekday: [isoWeekday(values.date)] } },
          },
        });
        setSent(t('partners.request.sentSeries', { count: res.data?.createBookingSeries.bookings.length ?? 0, space: name }));
      } else {
        const res = await requestOne({ variables: { input } });
        const when = formatRange(startsAt, endsAt, locale, timeZone);
        const key = res.data?.createBooking.status === 'PENDING' ? 'partners.request.sentPending' : 'partners.request.sentConfirmed';
        setSent(t(key, { space: name, when }));
      }
    } catch (err) {
      const { key, values: params, problem } = partnerProblem(err);
      const field = problem.fieldErrors.map((f) => API_FIELD[f.field]).find(Boolean);
      if (field) form.setFieldError(field, t(key, params));
      else setGeneral(t(key, params));
    }
  });

  if (data && spaces.length === 0) return <Notice>{t('partners.request.noSpaces')}</Notice>;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <form onSubmit={submit} noValidate aria-label={t('partners.request.title')}>
          <Stack gap="md">
            {general && (
              <Notice tone="error" role="alert">
                {general}
              </Notice>
            )}
            {sent && (
              <Notice tone="ok" role="status">
                {sent}{' '}
                <Anchor component={Link} href="/portaal">
                  {t('partners.request.toPortal')}
                </Anchor>
              </Notice>
            )}
            <Select
              label={t('partners.request.space')}
              placeholder={t('partners.request.spacePlaceholder')}
              data={options}
              searchable
              required
              {...form.getInputProps('spaceId')}
              error={error('spaceId')}
            />
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <TextInput type="date" label={t('booking.date')} required {...form.getInputProps('date')} error={error('date')} />
              <TextInput
                type="time"
                step={900}
                label={t('booking.start')}
                required
                {...form.getInputProps('start')}
                error={error('start')}
              />
              <TextInput type="time" step={900} label={t('booking.end')} required {...form.getInputProps('end')} error={error('end')} />
            </SimpleGrid>
            <TextInput
              label={t('partners.request.subject')}
              description={t('partners.request.subjectHelp')}
              maxLength={200}
              {...form.getInputProps('title')}
              error={error('title')}
            />
            <TextInput
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              label={t('partners.request.external')}
              description={space ? t('partners.request.externalHelp', { capacity: space.capacity }) : undefined}
              value={v.external}
              onChange={(e) => form.setFieldValue('external', Math.max(0, Math.trunc(Number(e.currentTarget.value) || 0)))}
              error={error('external')}
            />
            <Checkbox label={t('partners.request.repeat')} {...form.getInputProps('repeat', { type: 'checkbox' })} />
            {v.repeat && (
              <TextInput type="date" label={t('partners.request.until')} required {...form.getInputProps('until')} error={error('until')} />
            )}
            <Button type="submit" loading={form.submitting} style={{ alignSelf: 'flex-start' }}>
              {t('partners.request.submit')}
            </Button>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Text size="sm">{t(data?.myOrganisation.trusted ? 'partners.request.trustedIntro' : 'partners.portal.untrusted')}</Text>
          {ownHours.length > 0 ? (
            <Text size="sm">{t('partners.request.hours', { hours: hoursText(ownHours, dayName) })}</Text>
          ) : (
            site && <Text size="sm">{t('partners.request.siteHours', { hours: hoursText(site.openingHours, dayName) })}</Text>
          )}
          {space && DATE.test(v.date) && <SpaceDay spaceId={space.id} date={v.date} timeZone={timeZone} />}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
