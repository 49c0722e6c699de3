import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSpacesQuery } from '../../../gql/admin/graphql';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { useConfirm } from '../ConfirmDialog';
import { CREATE_SPACE, PREVIEW_UPDATE_SPACE, RULE_DEFAULTS, SET_RULES, UPDATE_SPACE } from '../documents';
import { useImpactFlow } from '../ImpactDialog';
import { problemField, problemText } from '../problems';
import { RuleField } from '../rules/RuleField';
import { RULES, ruleInWords, type RuleKey, type RuleValue } from '../rules/rule-info';
import { EQUIPMENT, SPACE_KINDS, STAFF_ROLES } from './options';

export type AdminSpace = AdminSpacesQuery['spaces'][number];
type Zone = { id: string; name: string };
type Values = {
  name: string;
  kind: string;
  zoneId: string | null;
  capacity: number | string;
  equipment: string[];
  confidential: boolean;
  bookableByRoles: string[];
  partnerAccess: boolean;
  requiresApproval: boolean;
  active: boolean;
};

/**
 * Creates or edits a space, with its own rules where they differ from its kind's. Deactivating a
 * space or changing its kind is confirmed, and its upcoming bookings go through the impact dialog.
 */
export function SpaceForm({
  floorId,
  zones,
  space,
  opened,
  onClose,
}: {
  floorId: string;
  zones: Zone[];
  space: AdminSpace | null;
  opened: boolean;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const defaults = useQuery(RULE_DEFAULTS).data?.bookingRuleDefaults;
  const [general, setGeneral] = useState<string | null>(null);
  const impact = useImpactFlow();
  const { confirm, dialog } = useConfirm();
  const [createSpace] = useMutation(CREATE_SPACE);
  const [updateSpace] = useMutation(UPDATE_SPACE);
  const [previewUpdate] = useMutation(PREVIEW_UPDATE_SPACE);
  const [setRules] = useMutation(SET_RULES);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: space?.name ?? '',
      kind: space?.kind ?? 'DESK',
      zoneId: space?.zone?.id ?? null,
      capacity: space?.capacity ?? 1,
      equipment: space?.equipment ?? [],
      confidential: space?.confidential ?? false,
      bookableByRoles: space?.bookableByRoles ?? ['EMPLOYEE', 'SOCIAL_WORKER'],
      partnerAccess: space?.partnerAccess ?? false,
      requiresApproval: space?.requiresApproval ?? false,
      active: space?.active ?? true,
    },
    validate: { name: (v) => (v.trim() ? null : t('errors.REQUIRED')), capacity: (v) => (Number(v) >= 1 ? null : t('errors.REQUIRED')) },
  });
  const [rules, setRuleValues] = useState<Record<RuleKey, RuleValue> | null>(() =>
    space ? (Object.fromEntries(RULES.map((r) => [r.key, space.rules[r.key]])) as Record<RuleKey, RuleValue>) : null,
  );
  const v = form.getValues();
  const kindDefaults = defaults?.find((d) => d.kind === (space?.kind ?? v.kind))?.rules;

  async function save(values: Values) {
    setGeneral(null);
    const fields = {
      name: values.name.trim(),
      kind: values.kind as never,
      zoneId: values.zoneId,
      capacity: Number(values.capacity),
      equipment: values.equipment as never[],
      confidential: values.confidential,
      bookableByRoles: values.bookableByRoles as never[],
      partnerAccess: values.partnerAccess,
      requiresApproval: values.requiresApproval,
    };
    try {
      if (!space) {
        await createSpace({ variables: { input: { floorId, ...fields } } });
        notify(t('admin.spaces.created', { name: fields.name }));
        onClose(true);
        return;
      }
      const deactivating = space.active && !values.active;
      if (deactivating || space.kind !== values.kind) {
        const ok = await confirm({
          title: t(deactivating ? 'admin.spaces.deactivateTitle' : 'admin.spaces.kindTitle'),
          message: t(deactivating ? 'admin.spaces.deactivateConfirm' : 'admin.spaces.kindConfirm', { name: space.name }),
          confirmLabel: t(deactivating ? 'admin.spaces.deactivate' : 'admin.spaces.changeKind'),
        });
        if (!ok) return;
      }
      const input = { id: space.id, ...fields, active: values.active };
      const done = await impact.run({
        what: t('admin.spaces.changeWhat', { name: space.name }),
        preview: async () => (await previewUpdate({ variables: { input } })).data?.previewUpdateSpace,
        apply: (c) => updateSpace({ variables: { input: { ...input, ...c } } }),
      });
      if (!done) return;
      if (rules && kindDefaults && space.kind === values.kind) {
        // an override is a value that differs from the kind's default; the same value means "follow the kind"
        const overrides = Object.fromEntries(RULES.map((r) => [r.key, rules[r.key] === kindDefaults[r.key] ? null : rules[r.key]]));
        await setRules({ variables: { input: { spaceId: space.id, ...overrides } } });
      }
      notify(t('admin.common.saved'));
      onClose(true);
    } catch (err) {
      const field = problemField(err);
      const message = problemText(t, err);
      if (field === 'name' || field === 'zoneId' || field === 'capacity') form.setFieldError(field, message);
      else setGeneral(message);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={() => onClose(false)}
      size="xl"
      title={space ? t('admin.spaces.editTitle', { name: space.name }) : t('admin.spaces.newTitle')}
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Stack>
          {general && (
            <Notice tone="error" role="alert">
              {general}
            </Notice>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('admin.spaces.name')} required maxLength={200} {...form.getInputProps('name')} />
            <Select
              label={t('admin.spaces.kind')}
              data={SPACE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('admin.spaces.zone')}
              placeholder={t('admin.spaces.noZone')}
              data={zones.map((z) => ({ value: z.id, label: z.name }))}
              clearable
              {...form.getInputProps('zoneId')}
            />
            <NumberInput label={t('admin.spaces.capacity')} min={1} max={1000} allowDecimal={false} {...form.getInputProps('capacity')} />
          </SimpleGrid>
          <MultiSelect
            label={t('admin.spaces.equipment')}
            data={EQUIPMENT.map((e) => ({ value: e, label: t(`equipment.${e}`) }))}
            {...form.getInputProps('equipment')}
          />
          <Checkbox.Group
            label={t('admin.spaces.roles')}
            description={t('admin.spaces.rolesHelp')}
            {...form.getInputProps('bookableByRoles')}
          >
            <Group mt={6}>
              {STAFF_ROLES.map((r) => (
                <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Switch label={t('admin.spaces.confidential')} {...form.getInputProps('confidential', { type: 'checkbox' })} />
            <Switch label={t('admin.spaces.partnerAccess')} {...form.getInputProps('partnerAccess', { type: 'checkbox' })} />
            <Switch label={t('admin.spaces.requiresApproval')} {...form.getInputProps('requiresApproval', { type: 'checkbox' })} />
            {space && <Switch label={t('admin.spaces.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
          </Group>
          {space && rules && kindDefaults && (
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('admin.spaces.ownRules')}
              </Title>
              <Text size="sm">{t('admin.spaces.ownRulesHelp', { kind: t(`kinds.${space.kind}`) })}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {RULES.map((r) => (
                  <RuleField
                    key={r.key}
                    rule={r}
                    value={rules[r.key]}
                    description={t('admin.spaces.kindDefault', { value: ruleInWords(t, r, kindDefaults[r.key]) })}
                    onChange={(value) => setRuleValues((old) => old && { ...old, [r.key]: value })}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('admin.common.back')}
            </Button>
            <Button type="submit">{space ? t('admin.common.save') : t('admin.spaces.create')}</Button>
          </Group>
        </Stack>
      </form>
      {impact.dialog}
      {dialog}
    </Modal>
  );
}
