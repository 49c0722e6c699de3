import { ActionIcon, Group, Paper, Popover, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FigureFragment } from '../../gql/reports/graphql';
import type { Locale } from '../../lib/format';
import { decimal, percent } from './format';
import { STATUS_STYLE, StatusBadge } from './StatusBadge';

export type FigureName =
  'deskRatio' | 'bookedOccupancy' | 'utilisation' | 'peakOccupancy' | 'p80DayOccupancy' | 'averageDayPeak' | 'noShowRate';

/** One figure: its value, where it lies against its band (icon, words, colour), the band, and its definition a click away. */
export function FigureCard({ name, figure, note }: { name: FigureName; figure: FigureFragment; note?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const show = (v: number | null | undefined) => (name === 'deskRatio' ? decimal(v, locale) : percent(v, locale));
  const title = t(`reports.figures.${name}`);
  const band =
    figure.low !== null && figure.high !== null
      ? `${show(figure.low)}–${show(figure.high)}`
      : figure.low !== null
        ? t('reports.bandFrom', { low: show(figure.low) })
        : figure.high !== null
          ? t('reports.bandTo', { high: show(figure.high) })
          : null;
  return (
    <Paper
      withBorder
      p="md"
      style={{ borderLeft: `6px solid ${STATUS_STYLE[figure.status].color}` }}
      component="article"
      aria-label={title}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600}>{title}</Text>
          <Popover width={320} position="bottom-end" withArrow shadow="md">
            <Popover.Target>
              <ActionIcon variant="subtle" color="gray.8" aria-label={t('reports.definition', { figure: title })}>
                <IconInfoCircle size={20} aria-hidden />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <Text size="sm" fw={700}>
                {title}
              </Text>
              <Text size="sm">{t(`reports.definitions.${name}`)}</Text>
            </Popover.Dropdown>
          </Popover>
        </Group>
        <Text fz={32} fw={700} lh={1.1}>
          {figure.status === 'SUPPRESSED' ? '—' : show(figure.value)}
        </Text>
        <StatusBadge status={figure.status} />
        {band && <Text size="sm">{t('reports.band', { band })}</Text>}
        {note && <Text size="sm">{note}</Text>}
      </Stack>
    </Paper>
  );
}
