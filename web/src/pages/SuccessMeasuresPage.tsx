import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/auth/session';
import { MeasuresTable, SUCCESS_MEASURES, SUCCESS_MEASURES_CSV } from '../features/reports';
import { downloadText } from '../lib/download';
import { apiProblem, problemMessage } from '../lib/graphql-errors';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';

/** The seed-002 success measures: definition, value now, target (facility managers change it) and met or not. */
export default function SuccessMeasuresPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('reports.measures.title'));
  const viewer = useViewer();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(SUCCESS_MEASURES);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  async function download() {
    setDownloadError(null);
    try {
      const res = await client.query({
        query: SUCCESS_MEASURES_CSV,
        variables: { locale: i18n.language === 'en' ? 'en' : 'nl_BE' },
        fetchPolicy: 'network-only',
      });
      downloadText(res.data?.successMeasuresCsv ?? '', 'succesmeting.csv');
    } catch (err) {
      const m = problemMessage(apiProblem(err));
      setDownloadError(t(m.key, m.values));
    }
  }

  const problem = error ? problemMessage(apiProblem(error)) : null;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('reports.measures.title')}</Title>
          <Text maw={820}>{t('reports.measures.intro')}</Text>
        </div>
        <Button leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void download()}>
          {t('reports.download')}
        </Button>
      </Group>
      {(problem || downloadError) && (
        <Notice tone="error" role="alert">
          {downloadError ?? t(problem!.key, problem!.values)}
        </Notice>
      )}
      {loading && !data && <Spinner />}
      {data && <MeasuresTable measures={data.successMeasures} canEdit={viewer.roles.includes('FACILITY_MANAGER')} />}
    </Stack>
  );
}
