import { Text } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconClockHour4, IconHourglassOff, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const LOOK: Record<string, { icon: Icon; colour: string }> = {
  PENDING: { icon: IconClockHour4, colour: '#8a5a00' },
  CONFIRMED: { icon: IconCircleCheck, colour: '#2b7a3d' },
  CHECKED_IN: { icon: IconCircleCheck, colour: '#2b7a3d' },
  COMPLETED: { icon: IconCircleCheck, colour: '#5c636a' },
  EXPIRED: { icon: IconHourglassOff, colour: '#b3261e' },
};

/** A booking's status as words with an icon and a coloured edge: never colour alone, always 4.5:1. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const { icon: Icon, colour } = LOOK[status] ?? { icon: IconCircleX, colour: '#b3261e' };
  return (
    <Text
      span
      size="sm"
      fw={600}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 4,
        border: `1px solid ${colour}`,
        borderLeftWidth: 4,
        borderRadius: 4,
        padding: '1px 6px',
        whiteSpace: 'nowrap',
      }}
      data-status={status}
    >
      <Icon size={14} color={colour} aria-hidden />
      {t(`status.${status}`)}
    </Text>
  );
}
