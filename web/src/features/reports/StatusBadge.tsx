import { Group, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCheck, IconEyeOff, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BandStatus } from '../../gql/reports/graphql';

/** Colours with 4.5:1 on white; each status also has its own icon and words, so colour is never alone. */
export const STATUS_STYLE: Record<BandStatus, { color: string; icon: typeof IconCheck }> = {
  WITHIN: { color: '#2b7a3d', icon: IconCheck },
  ABOVE: { color: '#b3261e', icon: IconArrowUp },
  BELOW: { color: '#8a5a00', icon: IconArrowDown },
  NO_TARGET: { color: '#5c636a', icon: IconMinus },
  NO_DATA: { color: '#5c636a', icon: IconMinus },
  SUPPRESSED: { color: '#5c636a', icon: IconEyeOff },
};

/** Where a figure lies against its band: icon, words and colour. */
export function StatusBadge({ status, size = 'sm' }: { status: BandStatus; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = STATUS_STYLE[status];
  return (
    <Group gap={4} wrap="nowrap" data-status={status}>
      <Icon size={size === 'xs' ? 14 : 16} color={color} aria-hidden stroke={2.5} />
      <Text size={size} fw={600} c={color}>
        {t(`reports.status.${status}`)}
      </Text>
    </Group>
  );
}
