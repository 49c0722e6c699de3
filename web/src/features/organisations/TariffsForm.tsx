import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationQuery } from '../../gql/partners/graphql';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { ORGANISATION, SET_ORGANISATION_TARIFFS } from './documents';
import { organisationProblem } from './problem';

type Organisation = OrganisationQuery['organisation'];

/** The price per hour of every kind of space for this organisation, typed in euro and kept in cents. */
export function TariffsForm({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const dutch = i18n.language !== 'en';
  const [values, setValues] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(organisation.tariffs.map((x) => [x.spaceKind, x.centsPerHour / 100])),
  );
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_ORGANISATION_TARIFFS, { refetchQueries: [ORGANISATION] });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const tariffs = organisation.tariffs.map((x) => ({
      spaceKind: x.spaceKind,
      centsPerHour: Math.round(Math.max(0, Number(values[x.spaceKind] ?? 0) || 0) * 100),
    }));
    try {
      await save({ variables: { input: { organisationId: organisation.id, tariffs } } });
      notify(t('orgAdmin.form.saved'));
    } catch (err) {
      const p = organisationProblem(err);
      setError(t(p.key, p.values));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('orgAdmin.tariffs.intro')}</Text>
        {error && (
          <Notice tone="error" role="alert">
            {error}
          </Notice>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {organisation.tariffs.map((x) => (
            <NumberInput
              key={x.spaceKind}
              label={t('orgAdmin.tariffs.perHour', { kind: t(`kinds.${x.spaceKind}`) })}
              min={0}
              max={1000}
              decimalScale={2}
              fixedDecimalScale
              decimalSeparator={dutch ? ',' : '.'}
              thousandSeparator={dutch ? '.' : ','}
              prefix="€ "
              value={values[x.spaceKind] ?? 0}
              onChange={(value) => setValues((prev) => ({ ...prev, [x.spaceKind]: value }))}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('orgAdmin.tariffs.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
