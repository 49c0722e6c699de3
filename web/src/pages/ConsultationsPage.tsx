import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/auth/session';
import { ConsultationForm, ProposalsFlow, TalksList } from '../features/confidential';
import { usePageTitle } from '../ui/usePageTitle';

/** The social worker's page: upcoming talks with their details on request, booking a room, and proposals for a citizen. */
export default function ConsultationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('confidential.title'));
  const viewer = useViewer();
  const [tab, setTab] = useState<string | null>('talks');
  return (
    <Stack>
      <Title order={1}>{t('confidential.title')}</Title>
      <Text maw={760}>{t('confidential.intro')}</Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="talks">{t('confidential.tabs.talks')}</Tabs.Tab>
          <Tabs.Tab value="book">{t('confidential.tabs.book')}</Tabs.Tab>
          <Tabs.Tab value="proposals">{t('confidential.tabs.proposals')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="talks" pt="md">
          <TalksList />
        </Tabs.Panel>
        <Tabs.Panel value="book" pt="md">
          <ConsultationForm viewerId={viewer.id} onBooked={() => setTab('talks')} />
        </Tabs.Panel>
        <Tabs.Panel value="proposals" pt="md">
          <ProposalsFlow viewerId={viewer.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
