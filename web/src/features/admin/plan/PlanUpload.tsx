import { useMutation } from '@apollo/client/react';
import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../../ui/notify';
import { Notice } from '../../../ui/Notice';
import { authorizedFetch } from '../../desks';
import { useConfirm } from '../ConfirmDialog';
import { REMOVE_PLAN } from '../documents';
import { describe, problemText } from '../problems';

type Floor = { id: string; name: string; plan: { contentType: string; width: number; height: number } | null };

/** Uploads a floor's plan (SVG, PNG or JPEG) as the request body of PUT /api/floors/:id/plan, or removes it. */
export function PlanUpload({ floor, onChanged }: { floor: Floor; onChanged: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [removePlan] = useMutation(REMOVE_PLAN);
  const { confirm, dialog } = useConfirm();

  async function upload() {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const res = await authorizedFetch(`/api/floors/${floor.id}/plan`, {
        method: 'PUT',
        headers: { 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      const body = (await res.json().catch(() => ({}))) as {
        errors?: { extensions?: { reason?: string; params?: Record<string, string | number | boolean | null> } }[];
      };
      if (!res.ok) {
        const ext = body.errors?.[0]?.extensions;
        setProblem(describe(t, { reason: ext?.reason ?? 'UNKNOWN', params: ext?.params ?? {} }));
        return;
      }
      notify(t('admin.plan.uploaded', { name: floor.name }));
      setFile(null);
      onChanged();
    } catch {
      setProblem(t('errors.NETWORK'));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    const ok = await confirm({
      title: t('admin.plan.removeTitle'),
      message: t('admin.plan.removeConfirm', { name: floor.name }),
      confirmLabel: t('admin.plan.remove'),
    });
    if (!ok) return;
    try {
      await removePlan({ variables: { floorId: floor.id } });
      notify(t('admin.plan.removed', { name: floor.name }));
      onChanged();
    } catch (err) {
      setProblem(problemText(t, err));
    }
  }

  return (
    <Stack gap="xs">
      <Text>
        {floor.plan
          ? t('admin.plan.current', {
              type: floor.plan.contentType.replace('image/', '').replace('+xml', ''),
              width: floor.plan.width,
              height: floor.plan.height,
            })
          : t('admin.plan.noPlan')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <FileInput
          label={t('admin.plan.file')}
          description={t('admin.plan.fileHelp')}
          accept="image/svg+xml,image/png,image/jpeg,.svg,.png,.jpg,.jpeg"
          value={file}
          onChange={setFile}
          clearable
          w={320}
          clearButtonProps={{ 'aria-label': t('admin.plan.clearFile') }}
        />
        <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => void upload()} disabled={!file} loading={busy}>
          {t('admin.plan.upload')}
        </Button>
        {floor.plan && (
          <Button variant="default" onClick={() => void remove()}>
            {t('admin.plan.remove')}
          </Button>
        )}
      </Group>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {dialog}
    </Stack>
  );
}
