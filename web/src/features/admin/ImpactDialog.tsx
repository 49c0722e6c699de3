import { Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactFieldsFragment } from '../../gql/admin/graphql';
import { formatRange, type Locale } from '../../lib/format';

export type Confirmation = { cancelAffected: boolean; cancellationMessage?: string };

type Pending = { impact: ImpactFieldsFragment; what: string; resolve: (message: string | null) => void };

/**
 * Nothing an administrator changes silently leaves bookings invalid. `run` first asks the API
 * which upcoming bookings the change would break (a preview that writes nothing); when there are
 * none it applies the change, otherwise it lists them and applies it — cancelling those bookings
 * with the administrator's message — only after confirmation. Resolves null when abandoned.
 */
export function useImpactFlow(): {
  run: <T>(opts: {
    what: string;
    preview: () => Promise<ImpactFieldsFragment | undefined>;
    apply: (c: Confirmation) => Promise<T>;
  }) => Promise<T | null>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const run = useCallback(
    async <T,>(opts: {
      what: string;
      preview: () => Promise<ImpactFieldsFragment | undefined>;
      apply: (c: Confirmation) => Promise<T>;
    }) => {
      const impact = await opts.preview();
      if (!impact || impact.count === 0) return opts.apply({ cancelAffected: false });
      const message = await new Promise<string | null>((resolve) => setPending({ impact, what: opts.what, resolve }));
      setPending(null);
      if (message === null) return null;
      return opts.apply({ cancelAffected: true, cancellationMessage: message });
    },
    [],
  );
  return { run, dialog: <ImpactDialog pending={pending} /> };
}

function ImpactDialog({ pending }: { pending: Pending | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const impact = pending?.impact;
  const close = (value: string | null) => {
    pending?.resolve(value);
    setMessage('');
    setError(null);
  };
  const confirm = () => {
    if (!message.trim()) setError(t('admin.impact.messageRequired'));
    else close(message.trim());
  };
  return (
    <Modal
      opened={pending !== null}
      onClose={() => close(null)}
      title={t('admin.impact.title', { count: impact?.count ?? 0 })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      {impact && (
        <Stack>
          <Text>{t('admin.impact.intro', { what: pending.what, count: impact.count })}</Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped captionSide="top">
              <Table.Caption>{t('admin.impact.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.impact.when')}</Table.Th>
                  <Table.Th scope="col">{t('admin.impact.space')}</Table.Th>
                  <Table.Th scope="col">{t('admin.impact.booker')}</Table.Th>
                  <Table.Th scope="col">{t('admin.impact.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {impact.bookings.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>{formatRange(new Date(b.startsAt), new Date(b.endsAt), locale, b.space.timeZone)}</Table.Td>
                    <Table.Td>
                      {b.space.name} ({b.space.siteName}, {b.space.floorName})
                    </Table.Td>
                    <Table.Td>{b.booker.displayName}</Table.Td>
                    <Table.Td>{t(`admin.impact.reasons.${b.reason}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {impact.count > impact.bookings.length && <Text>{t('admin.impact.more', { count: impact.count - impact.bookings.length })}</Text>}
          <Textarea
            label={t('admin.impact.message')}
            description={t('admin.impact.messageHelp')}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={error}
            maxLength={1000}
            autosize
            minRows={2}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(null)}>
              {t('admin.impact.back')}
            </Button>
            <Button color="red.9" onClick={confirm}>
              {t('admin.impact.confirm', { count: impact.count })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
