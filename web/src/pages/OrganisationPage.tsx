import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { AccessForm, AccountsPanel, ORGANISATION, OrganisationForm, SuspendPanel, TariffsForm } from '../features/organisations';
import { partnerProblem } from '../features/partners';
import { formatDate, type Locale } from '../lib/format';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';

/** One organisation: its details, what it may use and when, its rates, its accounts, and suspension. */
export default function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const { data, loading, error } = useQuery(ORGANISATION, { variables: { id } });
  const o = data?.organisation;
  usePageTitle(o?.name ?? t('orgAdmin.list.title'));
  if (loading && !o) return <Spinner />;
  if (error || !o) {
    const p = partnerProblem(error);
    return (
      <Notice tone="error" role="alert">
        {t(p.key, p.values)}
      </Notice>
    );
  }
  return (
    <Stack>
      <Anchor component={Link} href="/organisaties">
        {t('orgAdmin.list.title')}
      </Anchor>
      <div>
        <Title order={1}>{o.name}</Title>
        <Text>
          {t(`orgAdmin.status.${o.status}`)}
          {o.enterpriseNumber ? ` · ${o.enterpriseNumber}` : ''}
        </Text>
        <Text size="sm">
          {o.termsVersion && o.termsAcceptedAt
            ? t('orgAdmin.form.terms', {
                version: o.termsVersion,
                date: formatDate(new Date(o.termsAcceptedAt), i18n.language as Locale, 'Europe/Brussels'),
              })
            : t('orgAdmin.form.noTerms')}
        </Text>
      </div>
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('orgAdmin.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="access">{t('orgAdmin.tabs.access')}</Tabs.Tab>
          <Tabs.Tab value="tariffs">{t('orgAdmin.tabs.tariffs')}</Tabs.Tab>
          <Tabs.Tab value="accounts">{t('orgAdmin.tabs.accounts')}</Tabs.Tab>
          <Tabs.Tab value="status">{t('orgAdmin.tabs.status')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <OrganisationForm
            key={o.id}
            id={o.id}
            onDone={() => undefined}
            initial={{
              name: o.name,
              enterpriseNumber: o.enterpriseNumber ?? '',
              address: o.address,
              trusted: o.trusted,
              monthlyHourQuota: o.monthlyHourQuota === null || o.monthlyHourQuota === undefined ? '' : String(o.monthlyHourQuota),
              agreementStartsOn: o.agreementStartsOn ?? '',
              agreementEndsOn: o.agreementEndsOn ?? '',
              contacts: o.contacts.map((c) => ({ name: c.name, email: c.email ?? '', phone: c.phone ?? '', jobTitle: c.jobTitle ?? '' })),
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="access" pt="md">
          <AccessForm organisation={o} />
        </Tabs.Panel>
        <Tabs.Panel value="tariffs" pt="md">
          <TariffsForm organisation={o} />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="md">
          <AccountsPanel organisation={o} />
        </Tabs.Panel>
        <Tabs.Panel value="status" pt="md">
          <SuspendPanel organisation={o} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
