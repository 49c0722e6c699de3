import { Paper, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

const TONES = {
  info: { border: '#5c636a', icon: IconInfoCircle },
  ok: { border: '#2b7a3d', icon: IconCircleCheck },
  warn: { border: '#8a5a00', icon: IconAlertTriangle },
  error: { border: '#b3261e', icon: IconAlertTriangle },
} as const;

/**
 * A message box with dark text on white, a coloured edge and an icon: the tone never depends on
 * colour alone and every text keeps 4.5:1 contrast (Mantine's tinted alerts do not).
 */
export function Notice({
  tone = 'info',
  title,
  children,
  role,
}: {
  tone?: keyof typeof TONES;
  title?: string;
  children?: ReactNode;
  role?: 'alert' | 'status';
}) {
  const { border, icon: Icon } = TONES[tone];
  return (
    <Paper withBorder p="sm" role={role} style={{ borderLeft: `5px solid ${border}`, display: 'flex', gap: 10 }}>
      <Icon size={20} color={border} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <div>
        {title && (
          <Text fw={700} mb={children ? 4 : 0}>
            {title}
          </Text>
        )}
        {children}
      </div>
    </Paper>
  );
}
