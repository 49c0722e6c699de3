import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UsageStatementQuery } from '../../gql/partners/graphql';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { formatEuros, formatHours } from './money';

type Statement = UsageStatementQuery['usageStatement'];

/** The statement's lines per kind with their total, then every booking it counts. */
export function StatementView({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (statement.lines.length === 0) return <Notice>{t('partners.statements.none')}</Notice>;
  const count = statement.lines.reduce((n, l) => n + l.bookings, 0);
  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder aria-label={t('partners.statements.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partners.statements.kind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('partners.statements.bookings')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('partners.statements.hours')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('partners.statements.tariff')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('partners.statements.amount')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.lines.map((l) => (
              <Table.Tr key={l.spaceKind}>
                <Table.Th scope="row" fw={500}>
                  {t(`kinds.${l.spaceKind}`)}
                </Table.Th>
                <Table.Td ta="right">{l.bookings}</Table.Td>
                <Table.Td ta="right">{formatHours(l.minutes, locale)}</Table.Td>
                <Table.Td ta="right">{formatEuros(l.centsPerHour, locale)}</Table.Td>
                <Table.Td ta="right">{formatEuros(l.amountCents, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('partners.statements.total')}</Table.Th>
              <Table.Td ta="right" fw={700}>
                {count}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {formatHours(statement.totalMinutes, locale)}
              </Table.Td>
              <Table.Td />
              <Table.Td ta="right" fw={700} data-testid="statement-total">
                {formatEuros(statement.totalCents, locale)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">{t('partners.statements.rounding')}</Text>
      <Title order={2} size="h4">
        {t('partners.statements.details')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('partners.statements.details')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partners.statements.date')}</Table.Th>
              <Table.Th scope="col">{t('partners.statements.time')}</Table.Th>
              <Table.Th scope="col">{t('partners.statements.space')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('partners.statements.hours')}
              </Table.Th>
              <Table.Th scope="col">{t('partners.portal.status')}</Table.Th>
              <Table.Th scope="col">{t('partners.statements.booker')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.bookings.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{formatDate(new Date(b.startsAt), locale, b.timeZone)}</Table.Td>
                <Table.Td>
                  {formatTime(new Date(b.startsAt), b.timeZone)}–{formatTime(new Date(b.endsAt), b.timeZone)}
                </Table.Td>
                <Table.Td>
                  {b.spaceName}, {b.siteName}
                </Table.Td>
                <Table.Td ta="right">{formatHours(b.minutes, locale)}</Table.Td>
                <Table.Td>{t(`status.${b.status}`)}</Table.Td>
                <Table.Td>{b.bookerName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
