import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useViewer } from '../features/auth/session';
import { downloadText } from '../lib/download';
import {
  partnerProblem,
  STATEMENT_ORGANISATIONS,
  statementFileName,
  StatementView,
  USAGE_STATEMENT,
  USAGE_STATEMENT_CSV,
} from '../features/partners';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** Usage per month: a partner sees its own organisation, managers choose one. */
export default function StatementsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('partners.statements.title'));
  const viewer = useViewer();
  const client = useApolloClient();
  const manager = viewer.roles.some((r) => r === 'FACILITY_MANAGER' || r === 'ADMIN');
  const [month, setMonth] = useState(thisMonth);
  const [organisationId, setOrganisationId] = useState<string | null>(() => new URLSearchParams(location.search).get('organisatie'));
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const orgs = useQuery(STATEMENT_ORGANISATIONS, { skip: !manager });
  const ready = /^\d{4}-\d{2}$/.test(month) && (!manager || organisationId);
  const { data, loading, error } = useQuery(USAGE_STATEMENT, {
    variables: { month, organisationId: manager ? organisationId : null },
    skip: !ready,
  });
  const statement = data?.usageStatement;

  async function download() {
    if (!statement) return;
    setDownloadError(null);
    try {
      const res = await client.query({
        query: USAGE_STATEMENT_CSV,
        variables: { month, organisationId: statement.organisationId, locale: i18n.language === 'en' ? 'en' : 'nl_BE' },
        fetchPolicy: 'network-only',
      });
      downloadText(res.data?.usageStatement.csv ?? '', statementFileName(statement.organisationName, month));
    } catch (err) {
      const p = partnerProblem(err);
      setDownloadError(t(p.key, p.values));
    }
  }

  const problem = error ? partnerProblem(error) : null;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('partners.statements.title')}</Title>
      <Text maw={760}>{t('partners.statements.intro')}</Text>
      <Group align="flex-end" gap="sm">
        {manager && (
          <Select
            label={t('partners.statements.organisation')}
            placeholder={t('partners.statements.organisationPlaceholder')}
            data={(orgs.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            w={320}
          />
        )}
        <TextInput type="month" label={t('partners.statements.month')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} />
      </Group>
      {manager && !organisationId && <Notice>{t('partners.statements.choose')}</Notice>}
      {problem && (
        <Notice tone="error" role="alert">
          {t(problem.key, problem.values)}
        </Notice>
      )}
      {loading && !data && <Spinner />}
      {statement && (
        <Stack gap="md" component="section" aria-label={statement.organisationName}>
          <Title order={2} size="h3">
            {statement.organisationName} — {statement.month}
          </Title>
          <Group gap="sm">
            <Button leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void download()}>
              {t('partners.statements.download')}
            </Button>
            <Button
              component={Link}
              href={`/gebruik/${statement.organisationId}/${statement.month}`}
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden />}
            >
              {t('partners.statements.print')}
            </Button>
          </Group>
          {downloadError && (
            <Notice tone="error" role="alert">
              {downloadError}
            </Notice>
          )}
          <StatementView statement={statement} />
        </Stack>
      )}
    </Stack>
  );
}
