import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type When = { date: string; start: string; end: string };

/** Date and from/until with the browser's native inputs (keyboard and screen-reader friendly). */
export function WhenFields({
  value,
  onChange,
  withTimes = true,
  error,
}: {
  value: When;
  onChange: (v: When) => void;
  withTimes?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: withTimes ? 3 : 1 }} spacing="xs">
      <TextInput
        type="date"
        label={t('booking.date')}
        value={value.date}
        onChange={(e) => onChange({ ...value, date: e.currentTarget.value })}
      />
      {withTimes && (
        <>
          <TextInput
            type="time"
            step={900}
            label={t('booking.start')}
            value={value.start}
            onChange={(e) => onChange({ ...value, start: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            step={900}
            label={t('booking.end')}
            value={value.end}
            onChange={(e) => onChange({ ...value, end: e.currentTarget.value })}
            error={error}
          />
        </>
      )}
    </SimpleGrid>
  );
}
