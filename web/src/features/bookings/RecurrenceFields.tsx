import { Button, Checkbox, Chip, Group, List, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { formatDate } from '../../lib/format';
import type { Locale } from '../../lib/format';
import type { BookingFormValues } from './form';

export type SeriesPreview = {
  planned: { date: string; startsAt: string }[];
  skipped: { date: string; reason: string }[];
};

/** How a booking repeats, and a preview of the dates with the conflicts the API found. */
export function RecurrenceFields({
  form,
  preview,
  onPreview,
  previewing,
  timeZone,
}: {
  form: UseFormReturnType<BookingFormValues>;
  preview: SeriesPreview | null;
  onPreview: () => void;
  previewing: boolean;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const v = form.getValues();
  const dateLabel = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale, timeZone);
  return (
    <Stack gap="sm">
      <Radio.Group label={t('booking.frequency')} {...form.getInputProps('frequency')}>
        <Group mt={4}>
          <Radio value="WEEKLY" label={t('booking.weekly')} />
          <Radio value="DAILY" label={t('booking.daily')} />
        </Group>
      </Radio.Group>
      {v.frequency === 'WEEKLY' && (
        <Chip.Group multiple {...form.getInputProps('byWeekday')}>
          <Group gap={6} role="group" aria-label={t('booking.weekdays')}>
            {['1', '2', '3', '4', '5', '6', '7'].map((d) => (
              <Chip key={d} value={d} size="sm">
                {t(`weekdaysShort.${d}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
      <TextInput type="date" label={t('booking.until')} {...form.getInputProps('until')} error={tr(t, form.errors.until)} />
      <Checkbox label={t('booking.skipConflicts')} {...form.getInputProps('skipConflicts', { type: 'checkbox' })} />
      <Group>
        <Button variant="outline" onClick={onPreview} loading={previewing}>
          {t('booking.preview')}
        </Button>
      </Group>
      {preview && (
        <Notice
          tone={preview.skipped.length ? 'warn' : 'ok'}
          role="status"
          title={t('booking.previewTitle', { count: preview.planned.length, skipped: preview.skipped.length })}
        >
          <List size="sm" spacing={2} aria-label={t('booking.preview')}>
            {[
              ...preview.planned.map((p) => ({ date: p.date, ok: true, reason: '' })),
              ...preview.skipped.map((s) => ({ date: s.date, ok: false, reason: s.reason })),
            ]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((row) => (
                <List.Item key={row.date}>
                  <Text span fw={row.ok ? 400 : 700}>
                    {dateLabel(row.date)}
                  </Text>{' '}
                  —{' '}
                  {row.ok
                    ? t('booking.willBook')
                    : t('booking.skippedBecause', { reason: t(`skipReasons.${row.reason}`, { defaultValue: t('skipReasons.OTHER') }) })}
                </List.Item>
              ))}
          </List>
        </Notice>
      )}
    </Stack>
  );
}

function tr(t: (k: string) => string, e: unknown): string | undefined {
  return typeof e === 'string' ? t(e) : undefined;
}
