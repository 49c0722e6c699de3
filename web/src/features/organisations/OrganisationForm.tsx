import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { CREATE_ORGANISATION, ORGANISATION, ORGANISATIONS, UPDATE_ORGANISATION } from './documents';
import { organisationProblem } from './problem';

type Contact = { name: string; email: string; phone: string; jobTitle: string };
export type OrganisationValues = {
  name: string;
  enterpriseNumber: string;
  address: string;
  trusted: boolean;
  monthlyHourQuota: string;
  agreementStartsOn: string;
  agreementEndsOn: string;
  contacts: Contact[];
};

export const EMPTY_ORGANISATION: OrganisationValues = {
  name: '',
  enterpriseNumber: '',
  address: '',
  trusted: false,
  monthlyHourQuota: '',
  agreementStartsOn: '',
  agreementEndsOn: '',
  contacts: [],
};

/** Name, enterprise number, agreement, quota and contact persons: to create an organisation or change one. */
export function OrganisationForm({ id, initial, onDone }: { id?: string; initial: OrganisationValues; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const [general, setGeneral] = useState<string | null>(null);
  const refetchQueries = [ORGANISATIONS, ORGANISATION];
  const [create] = useMutation(CREATE_ORGANISATION, { refetchQueries });
  const [update] = useMutation(UPDATE_ORGANISATION, { refetchQueries });
  const form = useForm<OrganisationValues>({ mode: 'controlled', initialValues: initial });
  const v = form.getValues();

  const submit = form.onSubmit(async (values) => {
    setGeneral(null);
    if (!values.name.trim()) return form.setFieldError('name', t('errors.REQUIRED'));
    const input = {
      name: values.name,
      enterpriseNumber: values.enterpriseNumber.trim() || null,
      address: values.address,
      trusted: values.trusted,
      monthlyHourQuota: values.monthlyHourQuota.trim() === '' ? null : Math.max(0, Math.trunc(Number(values.monthlyHourQuota))),
      agreementStartsOn: values.agreementStartsOn || null,
      agreementEndsOn: values.agreementEndsOn || null,
      contacts: values.contacts.map((c) => ({
        name: c.name,
        email: c.email || null,
        phone: c.phone || null,
        jobTitle: c.jobTitle || null,
      })),
    };
    try {
      if (id) {
        await update({ variables: { input: { id, ...input } } });
        notify(t('orgAdmin.form.saved'));
        onDone(id);
      } else {
        const res = await create({ variables: { input } });
        notify(t('orgAdmin.list.created'));
        onDone(res.data!.createOrganisation.id);
      }
    } catch (err) {
      const { key, values: params, problem } = organisationProblem(err);
      const field = problem.fieldErrors[0]?.field;
      if (field && field in values) form.setFieldError(field, t(key, params));
      else if (field?.startsWith('contacts.')) form.setFieldError(field, t(key, params));
      else setGeneral(t(key, params));
    }
  });
  const err = (path: string) => (typeof form.errors[path] === 'string' ? form.errors[path] : undefined);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {general && (
          <Notice tone="error" role="alert">
            {general}
          </Notice>
        )}
        <TextInput label={t('orgAdmin.form.name')} required maxLength={200} {...form.getInputProps('name')} error={err('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('orgAdmin.form.enterpriseNumber')}
            description={t('orgAdmin.form.enterpriseNumberHelp')}
            maxLength={40}
            {...form.getInputProps('enterpriseNumber')}
            error={err('enterpriseNumber')}
          />
          <TextInput
            type="number"
            min={0}
            max={10000}
            label={t('orgAdmin.form.quota')}
            description={t('orgAdmin.form.quotaHelp')}
            {...form.getInputProps('monthlyHourQuota')}
            error={err('monthlyHourQuota')}
          />
        </SimpleGrid>
        <TextInput label={t('orgAdmin.form.address')} maxLength={500} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('orgAdmin.form.agreementFrom')} {...form.getInputProps('agreementStartsOn')} />
          <TextInput
            type="date"
            label={t('orgAdmin.form.agreementTo')}
            {...form.getInputProps('agreementEndsOn')}
            error={err('agreementEndsOn')}
          />
        </SimpleGrid>
        <Checkbox label={t('orgAdmin.form.trusted')} {...form.getInputProps('trusted', { type: 'checkbox' })} />
        <Stack gap="xs" component="section" aria-labelledby="contacts-title">
          <Text fw={700} id="contacts-title">
            {t('orgAdmin.form.contacts')}
          </Text>
          {v.contacts.map((_, i) => (
            <Fieldset key={i} legend={t('orgAdmin.form.contactLegend', { n: i + 1 })}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('orgAdmin.form.contactName')}
                  required
                  {...form.getInputProps(`contacts.${i}.name`)}
                  error={err(`contacts.${i}.name`)}
                />
                <TextInput label={t('orgAdmin.form.contactRole')} {...form.getInputProps(`contacts.${i}.jobTitle`)} />
                <TextInput
                  type="email"
                  label={t('orgAdmin.form.contactEmail')}
                  {...form.getInputProps(`contacts.${i}.email`)}
                  error={err(`contacts.${i}.email`)}
                />
                <TextInput type="tel" label={t('orgAdmin.form.contactPhone')} {...form.getInputProps(`contacts.${i}.phone`)} />
              </SimpleGrid>
              <Button
                mt="xs"
                size="xs"
                variant="default"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => form.removeListItem('contacts', i)}
              >
                {t('orgAdmin.form.removeContact', { n: i + 1 })}
              </Button>
            </Fieldset>
          ))}
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem('contacts', { name: '', email: '', phone: '', jobTitle: '' })}
          >
            {t('orgAdmin.form.addContact')}
          </Button>
        </Stack>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('orgAdmin.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
