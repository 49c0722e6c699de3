import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminHeader, ADMIN_SITES, ClosuresPanel, FloorsPanel, SiteForm } from '../features/admin';
import { localDateOf } from '../lib/format';
import { Spinner } from '../ui/Spinner';

/** Beheer › Gebouwen: a site's details and opening hours, its closure days and its floors. */
export default function AdminSitesPage() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(ADMIN_SITES);
  const [chosen, setChosen] = useState<string | null>(null);
  const sites = data?.sites ?? [];
  const creating = chosen === 'new' || (!loading && sites.length === 0);
  const site = creating ? null : (sites.find((s) => s.id === chosen) ?? sites[0] ?? null);

  return (
    <Stack>
      <AdminHeader title={t('admin.sites.title')} />
      {loading && !data ? (
        <Spinner />
      ) : (
        <>
          <Group align="flex-end">
            {sites.length > 0 && (
              <Select
                label={t('admin.sites.site')}
                data={sites.map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (${t('admin.common.inactive')})` }))}
                value={site?.id ?? null}
                placeholder={t('admin.sites.newSite')}
                onChange={(v) => v && setChosen(v)}
                allowDeselect={false}
              />
            )}
            <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setChosen('new')}>
              {t('admin.sites.newSite')}
            </Button>
          </Group>
          {site ? (
            <Tabs key={site.id} defaultValue="details" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="details">{t('admin.sites.details')}</Tabs.Tab>
                <Tabs.Tab value="closures">{t('admin.sites.closures')}</Tabs.Tab>
                <Tabs.Tab value="floors">{t('admin.sites.floors')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="details" pt="md">
                <SiteForm site={site} onSaved={setChosen} />
              </Tabs.Panel>
              <Tabs.Panel value="closures" pt="md">
                <ClosuresPanel site={site} thisYear={Number(localDateOf(new Date(), site.timeZone).slice(0, 4))} />
              </Tabs.Panel>
              <Tabs.Panel value="floors" pt="md">
                <FloorsPanel site={site} />
              </Tabs.Panel>
            </Tabs>
          ) : (
            <SiteForm key="new" site={null} onSaved={setChosen} />
          )}
        </>
      )}
    </Stack>
  );
}
