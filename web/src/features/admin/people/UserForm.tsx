import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, NumberInput, PasswordInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminPeopleQuery } from '../../../gql/admin/graphql';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { useConfirm } from '../ConfirmDialog';
import { CREATE_USER, PREVIEW_UPDATE_USER, UPDATE_USER } from '../documents';
import { useImpactFlow } from '../ImpactDialog';
import { problemField, problemText } from '../problems';

export type AdminUser = AdminPeopleQuery['users'][number];
const ROLES = ['EMPLOYEE', 'SOCIAL_WORKER', 'RECEPTION', 'FACILITY_MANAGER', 'MANAGEMENT', 'ADMIN'] as const;

type Values = {
  email: string;
  displayName: string;
  roles: string[];
  departmentId: string | null;
  fte: number | string;
  screenWorker: boolean;
  countsInHeadcount: boolean;
  locale: string;
  active: boolean;
  password: string;
};

/** A user's role, department, FTE and screen-worker flag; deactivating one cancels their upcoming bookings when confirmed. */
export function UserForm({
  user,
  departments,
  viewerIsAdmin,
  onClose,
}: {
  user: AdminUser | null;
  departments: { id: string; name: string }[];
  viewerIsAdmin: boolean;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [general, setGeneral] = useState<string | null>(null);
  const impact = useImpactFlow();
  const { confirm, dialog } = useConfirm();
  const [createUser] = useMutation(CREATE_USER);
  const [updateUser] = useMutation(UPDATE_USER);
  const [previewUpdate] = useMutation(PREVIEW_UPDATE_USER);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      email: user?.email ?? '',
      displayName: user?.displayName ?? '',
      roles: user?.roles ?? ['EMPLOYEE'],
      departmentId: user?.department?.id ?? null,
      fte: user?.fte ?? 1,
      screenWorker: user?.screenWorker ?? true,
      countsInHeadcount: user?.countsInHeadcount ?? true,
      locale: user?.locale ?? 'nl_BE',
      active: user?.active ?? true,
      password: '',
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('admin.people.emailInvalid')),
      displayName: (v) => (v.trim() ? null : t('errors.REQUIRED')),
      roles: (v) => (v.length ? null : t('admin.people.rolesRequired')),
      fte: (v) => (Number(v) > 0 && Number(v) <= 1 ? null : t('admin.people.fteInvalid')),
      password: (v) => (v === '' || v.length >= 10 ? null : t('admin.people.passwordShort')),
    },
  });

  async function save(v: Values) {
    setGeneral(null);
    const fields = {
      displayName: v.displayName.trim(),
      roles: v.roles as never[],
      departmentId: v.departmentId,
      fte: Number(v.fte),
      screenWorker: v.screenWorker,
      countsInHeadcount: v.countsInHeadcount,
      locale: v.locale as never,
    };
    try {
      if (!user) {
        await createUser({ variables: { input: { email: v.email.trim(), ...fields, ...(v.password ? { password: v.password } : {}) } } });
        notify(t('admin.people.created', { name: fields.displayName }));
        onClose(true);
        return;
      }
      if (user.active && !v.active) {
        const ok = await confirm({
          title: t('admin.people.deactivateTitle'),
          message: t('admin.people.deactivateConfirm', { name: user.displayName }),
          confirmLabel: t('admin.people.deactivate'),
        });
        if (!ok) return;
      }
      const input = { id: user.id, ...fields, active: v.active };
      const done = await impact.run({
        what: t('admin.people.changeWhat', { name: user.displayName }),
        preview: async () => (await previewUpdate({ variables: { input } })).data?.previewUpdateUser,
        apply: (c) => updateUser({ variables: { input: { ...input, ...c } } }),
      });
      if (!done) return;
      notify(t('admin.common.saved'));
      onClose(true);
    } catch (err) {
      const field = problemField(err);
      const message = problemText(t, err);
      if (field && field in form.getValues()) form.setFieldError(field, message);
      else setGeneral(message);
    }
  }

  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      size="lg"
      title={user ? t('admin.people.editTitle', { name: user.displayName }) : t('admin.people.newTitle')}
      closeButtonProps={{ 'aria-label': t('details.close') }}
    >
      <form onSubmit={form.onSubmit((v) => void save(v))} noValidate>
        <Stack>
          {general && (
            <Notice tone="error" role="alert">
              {general}
            </Notice>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('admin.people.email')} type="email" required disabled={Boolean(user)} {...form.getInputProps('email')} />
            <TextInput label={t('admin.people.name')} required maxLength={200} {...form.getInputProps('displayName')} />
            <Select
              label={t('admin.people.department')}
              placeholder={t('admin.people.noDepartment')}
              data={departments.map((d) => ({ value: d.id, label: d.name }))}
              clearable
              searchable
              {...form.getInputProps('departmentId')}
            />
            <NumberInput
              label={t('admin.people.fte')}
              description={t('admin.people.fteHelp')}
              min={0.01}
              max={1}
              step={0.1}
              decimalScale={2}
              decimalSeparator=","
              {...form.getInputProps('fte')}
            />
            <Select
              label={t('admin.people.locale')}
              data={[
                { value: 'nl_BE', label: 'Nederlands' },
                { value: 'en', label: 'English' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('locale')}
            />
            {!user && (
              <PasswordInput
                label={t('admin.people.password')}
                description={t('admin.people.passwordHelp')}
                {...form.getInputProps('password')}
              />
            )}
          </SimpleGrid>
          <Checkbox.Group label={t('admin.people.roles')} required {...form.getInputProps('roles')}>
            <Group mt={6}>
              {ROLES.map((r) => (
                <Checkbox key={r} value={r} label={t(`roles.${r}`)} disabled={r === 'ADMIN' && !viewerIsAdmin} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Switch label={t('admin.people.screenWorker')} {...form.getInputProps('screenWorker', { type: 'checkbox' })} />
            <Switch label={t('admin.people.headcount')} {...form.getInputProps('countsInHeadcount', { type: 'checkbox' })} />
            {user && <Switch label={t('admin.people.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('admin.common.back')}
            </Button>
            <Button type="submit">{user ? t('admin.common.save') : t('admin.people.create')}</Button>
          </Group>
        </Stack>
      </form>
      {impact.dialog}
      {dialog}
    </Modal>
  );
}
