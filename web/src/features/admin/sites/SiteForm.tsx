import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSitesQuery } from '../../../gql/admin/graphql';
import { Notice } from '../../../ui/Notice';
import { notify } from '../../../ui/notify';
import { useConfirm } from '../ConfirmDialog';
import { ADMIN_SITES, CREATE_SITE, PREVIEW_UPDATE_SITE, UPDATE_SITE } from '../documents';
import { useImpactFlow } from '../ImpactDialog';
import { problemField, problemText } from '../problems';
import { HoursEditor, hoursInput, type HoursBlock } from './HoursEditor';

export type AdminSite = AdminSitesQuery['sites'][number];

const TIME_ZONES = ['Europe/Brussels', 'Europe/Amsterdam', 'Europe/Luxembourg', 'Europe/Paris', 'Europe/Berlin', 'Europe/London', 'UTC'];

type Values = { name: string; address: string; timeZone: string; isSatellite: boolean; active: boolean; openingHours: HoursBlock[] };

const WEEKDAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '08:00', closesAt: '17:00' }));

/** A site's details and opening hours; saving new hours that break bookings goes through the impact dialog. */
export function SiteForm({ site, onSaved }: { site: AdminSite | null; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const impact = useImpactFlow();
  const { confirm, dialog } = useConfirm();
  const refetch = { refetchQueries: [ADMIN_SITES] };
  const [createSite] = useMutation(CREATE_SITE, refetch);
  const [updateSite] = useMutation(UPDATE_SITE, refetch);
  const [previewUpdate] = useMutation(PREVIEW_UPDATE_SITE);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: site?.name ?? '',
      address: site?.address ?? '',
      timeZone: site?.timeZone ?? 'Europe/Brussels',
      isSatellite: site?.isSatellite ?? false,
      active: site?.active ?? true,
      openingHours: site ? site.openingHours.map((h) => ({ ...h })) : WEEKDAYS,
    },
    validate: { name: (v) => (v.trim() ? null : t('errors.REQUIRED')) },
  });

  async function save(v: Values) {
    setGeneral(null);
    const hours = hoursInput(v.openingHours);
    try {
      if (!site) {
        const { data } = await createSite({
          variables: { input: { name: v.name, address: v.address, timeZone: v.timeZone, isSatellite: v.isSatellite, openingHours: hours } },
        });
        notify(t('admin.sites.created', { name: v.name }));
        if (data) onSaved(data.createSite.id);
        return;
      }
      if (site.active && !v.active) {
        const ok = await confirm({
          title: t('admin.sites.deactivateTitle'),
          message: t('admin.sites.deactivateConfirm', { name: site.name }),
          confirmLabel: t('admin.sites.deactivate'),
        });
        if (!ok) return;
      }
      const hoursChanged = JSON.stringify(hours) !== JSON.stringify(hoursInput(site.openingHours));
      const input = {
        id: site.id,
        name: v.name,
        address: v.address,
        isSatellite: v.isSatellite,
        active: v.active,
        ...(v.timeZone !== site.timeZone ? { timeZone: v.timeZone } : {}),
        ...(hoursChanged ? { openingHours: hours } : {}),
      };
      const done = await impact.run({
        what: t('admin.sites.changeWhat', { name: site.name }),
        preview: async () => (await previewUpdate({ variables: { input } })).data?.previewUpdateSite,
        apply: (c) => updateSite({ variables: { input: { ...input, ...c } } }),
      });
      if (done) notify(t('admin.common.saved'));
    } catch (err) {
      const field = problemField(err);
      const message = problemText(t, err);
      if (field === 'name') form.setFieldError('name', message);
      else if (field?.startsWith('openingHours')) form.setFieldError('openingHours', message);
      else setGeneral(message);
    }
  }

  return (
    <form
      onSubmit={form.onSubmit((v) => {
        setSaving(true);
        void save(v).finally(() => setSaving(false));
      })}
      noValidate
    >
      <Stack>
        {general && (
          <Notice tone="error" role="alert">
            {general}
          </Notice>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t('admin.sites.name')} required maxLength={200} {...form.getInputProps('name')} />
          <Select
            label={t('admin.sites.timeZone')}
            description={t('admin.sites.timeZoneHelp')}
            data={[...new Set([...TIME_ZONES, form.getValues().timeZone])]}
            allowDeselect={false}
            {...form.getInputProps('timeZone')}
          />
        </Group>
        <Textarea label={t('admin.sites.address')} maxLength={500} autosize minRows={2} {...form.getInputProps('address')} />
        <Group>
          <Switch label={t('admin.sites.satellite')} {...form.getInputProps('isSatellite', { type: 'checkbox' })} />
          {site && <Switch label={t('admin.sites.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
        </Group>
        <HoursEditor
          value={form.getValues().openingHours}
          onChange={(v) => form.setFieldValue('openingHours', v)}
          error={typeof form.errors.openingHours === 'string' ? form.errors.openingHours : undefined}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {site ? t('admin.common.save') : t('admin.sites.create')}
          </Button>
        </Group>
      </Stack>
      {impact.dialog}
      {dialog}
    </form>
  );
}
