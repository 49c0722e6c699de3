import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type HoursBlock = { weekday: number; opensAt: string; closesAt: string };

const MAX_BLOCKS = 4;
const DAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * Opening hours per weekday: closed, or one or more blocks (a second block for e.g. a late opening
 * on Thursday). Native time inputs: keyboard and screen-reader friendly, 24-hour in a Belgian browser.
 */
export function HoursEditor({ value, onChange, error }: { value: HoursBlock[]; onChange: (v: HoursBlock[]) => void; error?: string }) {
  const { t } = useTranslation();
  const blocksOf = (day: number) => value.filter((b) => b.weekday === day);
  const setDay = (day: number, blocks: Omit<HoursBlock, 'weekday'>[]) =>
    onChange(
      [...value.filter((b) => b.weekday !== day), ...blocks.map((b) => ({ ...b, weekday: day }))].sort((a, b) => a.weekday - b.weekday),
    );

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Text fw={600}>{t('admin.sites.hours')}</Text>
      </legend>
      <Stack gap="xs">
        {DAYS.map((day) => {
          const blocks = blocksOf(day);
          const dayName = t(`admin.weekdays.${day}`);
          return (
            <Group key={day} align="flex-end" gap="xs" wrap="wrap">
              <Checkbox
                w={130}
                mb={8}
                label={dayName}
                checked={blocks.length > 0}
                onChange={(e) => setDay(day, e.currentTarget.checked ? [{ opensAt: '08:00', closesAt: '17:00' }] : [])}
                aria-label={t('admin.sites.openOn', { day: dayName })}
              />
              {blocks.length === 0 && (
                <Text c="dimmed" mb={8}>
                  {t('admin.sites.closed')}
                </Text>
              )}
              {blocks.map((b, i) => (
                <Group key={i} gap={4} align="flex-end" wrap="nowrap">
                  <TextInput
                    type="time"
                    step={900}
                    w={110}
                    label={t('admin.sites.opens')}
                    aria-label={t('admin.sites.blockOpens', { day: dayName, n: i + 1 })}
                    value={b.opensAt}
                    onChange={(e) =>
                      setDay(
                        day,
                        blocks.map((x, j) => (j === i ? { ...x, opensAt: e.currentTarget.value } : x)),
                      )
                    }
                  />
                  <TextInput
                    type="time"
                    step={900}
                    w={110}
                    label={t('admin.sites.closes')}
                    aria-label={t('admin.sites.blockCloses', { day: dayName, n: i + 1 })}
                    value={b.closesAt}
                    onChange={(e) =>
                      setDay(
                        day,
                        blocks.map((x, j) => (j === i ? { ...x, closesAt: e.currentTarget.value } : x)),
                      )
                    }
                  />
                  {i > 0 && (
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('admin.sites.removeBlock', { day: dayName, n: i + 1 })}
                      onClick={() =>
                        setDay(
                          day,
                          blocks.filter((_, j) => j !== i),
                        )
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {blocks.length > 0 && blocks.length < MAX_BLOCKS && (
                <Button
                  variant="subtle"
                  size="xs"
                  mb={6}
                  leftSection={<IconPlus size={14} aria-hidden />}
                  aria-label={t('admin.sites.addBlockFor', { day: dayName })}
                  onClick={() => {
                    const last = blocks[blocks.length - 1]!;
                    setDay(day, [...blocks, { opensAt: last.closesAt, closesAt: last.closesAt < '20:00' ? '20:00' : '23:00' }]);
                  }}
                >
                  {t('admin.sites.addBlock')}
                </Button>
              )}
            </Group>
          );
        })}
        {error && (
          <Text c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </fieldset>
  );
}

/** Blocks as the API takes them: times as HH:MM, sorted. */
export function hoursInput(blocks: HoursBlock[]): HoursBlock[] {
  return [...blocks]
    .map((b) => ({ weekday: b.weekday, opensAt: b.opensAt.slice(0, 5), closesAt: b.closesAt.slice(0, 5) }))
    .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt));
}
