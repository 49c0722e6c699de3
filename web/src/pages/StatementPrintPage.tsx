import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { partnerProblem, StatementView, USAGE_STATEMENT } from '../features/partners';
import '../features/partners/print.css';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';

/** The statement on its own, for paper: the menu and buttons disappear when printed. */
export default function StatementPrintPage() {
  const { t } = useTranslation();
  const { organisationId, month } = useParams<{ organisationId: string; month: string }>();
  usePageTitle(t('partners.statements.printTitle', { month }));
  const { data, loading, error } = useQuery(USAGE_STATEMENT, { variables: { month, organisationId } });
  if (loading && !data) return <Spinner />;
  if (error || !data) {
    const p = partnerProblem(error);
    return (
      <Notice tone="error" role="alert">
        {t(p.key, p.values)}
      </Notice>
    );
  }
  const s = data.usageStatement;
  return (
    <Stack gap="md" className="pw-statement">
      <Group justify="space-between" className="pw-no-print">
        <Anchor component={Link} href="/gebruik">
          {t('partners.statements.back')}
        </Anchor>
        <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
          {t('partners.statements.printNow')}
        </Button>
      </Group>
      <div>
        <Title order={1}>{t('partners.statements.printTitle', { month: s.month })}</Title>
        <Text size="lg" fw={600}>
          {s.organisationName}
        </Text>
        {s.enterpriseNumber && <Text>{t('partners.statements.enterpriseNumber', { number: s.enterpriseNumber })}</Text>}
      </div>
      <StatementView statement={s} />
    </Stack>
  );
}
