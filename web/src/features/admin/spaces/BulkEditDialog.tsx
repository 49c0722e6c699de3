import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { useConfirm } from '../ConfirmDialog';
import { PREVIEW_UPDATE_SPACES, UPDATE_SPACES } from '../documents';
import { useImpactFlow } from '../ImpactDialog';
import { problemText } from '../problems';
import { EQUIPMENT } from './options';

const KEEP = 'keep';

/** One change for all selected spaces, e.g. "all desks in zone B get a second screen". */
export function BulkEditDialog({
  ids,
  zones,
  opened,
  onClose,
}: {
  ids: string[];
  zones: { id: string; name: string }[];
  opened: boolean;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [zone, setZone] = useState<string>(KEEP);
  const [active, setActive] = useState<string>(KEEP);
  const [approval, setApproval] = useState<string>(KEEP);
  const [problem, setProblem] = useState<string | null>(null);
  const impact = useImpactFlow();
  const { confirm, dialog } = useConfirm();
  const [updateSpaces, { loading }] = useMutation(UPDATE_SPACES);
  const [previewUpdate] = useMutation(PREVIEW_UPDATE_SPACES);
  const keepOrBoolean = [
    { value: KEEP, label: t('admin.bulk.keep') },
    { value: 'true', label: t('admin.bulk.yes') },
    { value: 'false', label: t('admin.bulk.no') },
  ];

  async function apply() {
    setProblem(null);
    const input = {
      ids,
      ...(add.length ? { addEquipment: add as never[] } : {}),
      ...(remove.length ? { removeEquipment: remove as never[] } : {}),
      ...(zone !== KEEP ? { zoneId: zone === 'none' ? null : zone } : {}),
      ...(active !== KEEP ? { active: active === 'true' } : {}),
      ...(approval !== KEEP ? { requiresApproval: approval === 'true' } : {}),
    };
    if (Object.keys(input).length === 1) {
      setProblem(t('admin.bulk.nothing'));
      return;
    }
    if (active === 'false') {
      const ok = await confirm({
        title: t('admin.bulk.deactivateTitle'),
        message: t('admin.bulk.deactivateConfirm', { count: ids.length }),
        confirmLabel: t('admin.bulk.deactivate', { count: ids.length }),
      });
      if (!ok) return;
    }
    try {
      const done = await impact.run({
        what: t('admin.bulk.what', { count: ids.length }),
        preview: async () => (await previewUpdate({ variables: { input } })).data?.previewUpdateSpaces,
        apply: (c) => updateSpaces({ variables: { input: { ...input, ...c } } }),
      });
      if (!done) return;
      notify(t('admin.bulk.done', { count: ids.length }));
      onClose(true);
    } catch (err) {
      setProblem(problemText(t, err));
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={() => onClose(false)}
      size="lg"
      title={t('admin.bulk.title', { count: ids.length })}
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      <Stack>
        <Text>{t('admin.bulk.intro', { count: ids.length })}</Text>
        {problem && (
          <Notice tone="error" role="alert">
            {problem}
          </Notice>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('admin.bulk.addEquipment')}
            data={EQUIPMENT.map((e) => ({ value: e, label: t(`equipment.${e}`) }))}
            value={add}
            onChange={setAdd}
          />
          <MultiSelect
            label={t('admin.bulk.removeEquipment')}
            data={EQUIPMENT.map((e) => ({ value: e, label: t(`equipment.${e}`) }))}
            value={remove}
            onChange={setRemove}
          />
          <Select
            label={t('admin.bulk.zone')}
            data={[
              { value: KEEP, label: t('admin.bulk.keep') },
              { value: 'none', label: t('admin.spaces.noZone') },
              ...zones.map((z) => ({ value: z.id, label: z.name })),
            ]}
            value={zone}
            onChange={(v) => setZone(v ?? KEEP)}
            allowDeselect={false}
          />
          <Select
            label={t('admin.bulk.active')}
            data={keepOrBoolean}
            value={active}
            onChange={(v) => setActive(v ?? KEEP)}
            allowDeselect={false}
          />
          <Select
            label={t('admin.bulk.approval')}
            data={keepOrBoolean}
            value={approval}
            onChange={(v) => setApproval(v ?? KEEP)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('admin.common.back')}
          </Button>
          <Button loading={loading} onClick={() => void apply()}>
            {t('admin.bulk.apply', { count: ids.length })}
          </Button>
        </Group>
      </Stack>
      {impact.dialog}
      {dialog}
    </Modal>
  );
}
