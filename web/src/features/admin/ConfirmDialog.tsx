import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Ask = { title: string; message: string; confirmLabel: string; resolve: (ok: boolean) => void };

/**
 * Asks before a destructive action and says what it will affect. `confirm()` resolves true when
 * the person confirms; render `dialog` once in the component.
 */
export function useConfirm(): { confirm: (a: Omit<Ask, 'resolve'>) => Promise<boolean>; dialog: ReactNode } {
  const { t } = useTranslation();
  const [ask, setAsk] = useState<Ask | null>(null);
  const confirm = useCallback((a: Omit<Ask, 'resolve'>) => new Promise<boolean>((resolve) => setAsk({ ...a, resolve })), []);
  const answer = (ok: boolean) => {
    ask?.resolve(ok);
    setAsk(null);
  };
  const dialog = (
    <Modal opened={ask !== null} onClose={() => answer(false)} title={ask?.title} closeButtonProps={{ 'aria-label': t('details.close') }}>
      <Stack>
        <Text>{ask?.message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answer(false)}>
            {t('admin.common.back')}
          </Button>
          <Button color="red.9" onClick={() => answer(true)}>
            {ask?.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { confirm, dialog };
}
