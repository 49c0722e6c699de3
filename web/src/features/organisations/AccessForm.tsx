import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationQuery } from '../../gql/partners/graphql';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { ORGANISATION, PARTNER_CATALOGUE, SET_ORGANISATION_ACCESS } from './documents';
import { organisationProblem } from './problem';

const ANY = 'ANY';
const KINDS = ['MEETING_ROOM', 'FRONT_DESK', 'QUIET_ROOM', 'INFORMAL_AREA', 'PHONE_BOOTH', 'DESK', 'CONSULTATION_ROOM'] as const;
type Organisation = OrganisationQuery['organisation'];
type Values = {
  grants: { siteId: string; spaceKind: string; spaceId: string }[];
  hours: { weekday: string; opensAt: string; closesAt: string }[];
};

/** Which spaces open to partners the organisation may use (per building, kind or one space), and when. */
export function AccessForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { data } = useQuery(PARTNER_CATALOGUE);
  const [save] = useMutation(SET_ORGANISATION_ACCESS, { refetchQueries: [ORGANISATION] });
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      grants: organisation.access.map((g) =>
        g.space
          ? { siteId: ANY, spaceKind: ANY, spaceId: g.space.id }
          : { siteId: g.site?.id ?? ANY, spaceKind: g.spaceKind ?? ANY, spaceId: ANY },
      ),
      hours: organisation.hours.map((h) => ({ weekday: String(h.weekday), opensAt: h.opensAt, closesAt: h.closesAt })),
    },
  });
  const v = form.getValues();
  const sites = [{ value: ANY, label: t('orgAdmin.access.anySite') }, ...(data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))];
  const kinds = [{ value: ANY, label: t('orgAdmin.access.anyKind') }, ...KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))];
  const spaces = [
    { value: ANY, label: t('orgAdmin.access.noSpace') },
    ...(data?.spaces ?? []).filter((s) => s.partnerAccess).map((s) => ({ value: s.id, label: `${s.name} (${s.site.name})` })),
  ];
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`weekdaysShort.${d}`) }));

  const submit = form.onSubmit(async (values) => {
    setGeneral(null);
    const grants = values.grants.map((g) =>
      g.spaceId !== ANY
        ? { spaceId: g.spaceId }
        : { siteId: g.siteId === ANY ? null : g.siteId, spaceKind: g.spaceKind === ANY ? null : (g.spaceKind as (typeof KINDS)[number]) },
    );
    const hours = values.hours.map((h) => ({ weekday: Number(h.weekday), opensAt: h.opensAt, closesAt: h.closesAt }));
    try {
      await save({ variables: { input: { organisationId: organisation.id, grants, hours } } });
      notify(t('orgAdmin.form.saved'));
    } catch (err) {
      const p = organisationProblem(err);
      setGeneral(t(p.key, p.values));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {general && (
          <Notice tone="error" role="alert">
            {general}
          </Notice>
        )}
        <Title order={2} size="h4">
          {t('orgAdmin.access.grants')}
        </Title>
        <Text size="sm">{t('orgAdmin.access.intro')}</Text>
        {v.grants.length === 0 && <Notice tone="warn">{t('orgAdmin.access.none')}</Notice>}
        {v.grants.map((g, i) => (
          <Fieldset key={i} legend={t('orgAdmin.access.grantLegend', { n: i + 1 })}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('orgAdmin.access.site')}
                data={sites}
                allowDeselect={false}
                disabled={g.spaceId !== ANY}
                {...form.getInputProps(`grants.${i}.siteId`)}
              />
              <Select
                label={t('orgAdmin.access.kind')}
                data={kinds}
                allowDeselect={false}
                disabled={g.spaceId !== ANY}
                {...form.getInputProps(`grants.${i}.spaceKind`)}
              />
              <Select
                label={t('orgAdmin.access.space')}
                data={spaces}
                allowDeselect={false}
                searchable
                {...form.getInputProps(`grants.${i}.spaceId`)}
              />
            </SimpleGrid>
            <Button
              mt="xs"
              size="xs"
              variant="default"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => form.removeListItem('grants', i)}
            >
              {t('orgAdmin.access.remove', { n: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        <Button
          variant="default"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('grants', { siteId: ANY, spaceKind: ANY, spaceId: ANY })}
        >
          {t('orgAdmin.access.add')}
        </Button>
        <Title order={2} size="h4">
          {t('orgAdmin.access.hours')}
        </Title>
        <Text size="sm">{t('orgAdmin.access.hoursIntro')}</Text>
        {v.hours.map((_, i) => (
          <Fieldset key={i} legend={t('orgAdmin.access.hoursLegend', { n: i + 1 })}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('orgAdmin.access.weekday')}
                data={weekdays}
                allowDeselect={false}
                {...form.getInputProps(`hours.${i}.weekday`)}
              />
              <TextInput type="time" step={900} label={t('orgAdmin.access.from')} {...form.getInputProps(`hours.${i}.opensAt`)} />
              <TextInput type="time" step={900} label={t('orgAdmin.access.to')} {...form.getInputProps(`hours.${i}.closesAt`)} />
            </SimpleGrid>
            <Button
              mt="xs"
              size="xs"
              variant="default"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => form.removeListItem('hours', i)}
            >
              {t('orgAdmin.access.removeHours', { n: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        <Button
          variant="default"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('hours', { weekday: '1', opensAt: '17:00', closesAt: '22:00' })}
        >
          {t('orgAdmin.access.addHours')}
        </Button>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('orgAdmin.access.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
