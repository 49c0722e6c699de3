import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconReportMoney } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BOOKING_REQUESTS, formatHours, MY_ORGANISATION, NotificationsList, RequestsTable } from '../features/partners';
import { formatDate, type Locale } from '../lib/format';
import { Notice } from '../ui/Notice';
import { Spinner } from '../ui/Spinner';
import { usePageTitle } from '../ui/usePageTitle';

const ALL_STATUSES = ['PENDING', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'REJECTED', 'RELEASED', 'EXPIRED'] as const;

/** A partner's start page: this month's hours, notifications, and every request of the organisation from today. */
export default function PartnerPortalPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  usePageTitle(t('partners.portal.title'));
  const [from] = useState(() => {
    const d = new Date();
    d.setHours(0, 0, 0, 0);
    return d.toISOString();
  });
  const { data: org } = useQuery(MY_ORGANISATION);
  const { data, loading } = useQuery(BOOKING_REQUESTS, { variables: { filter: { statuses: [...ALL_STATUSES], from, first: 500 } } });
  const o = org?.myOrganisation;
  const date = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale, 'Europe/Brussels');
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('partners.portal.title')}</Title>
        {o && (
          <Text size="lg" fw={500}>
            {o.name}
          </Text>
        )}
      </div>
      {o && (
        <Notice>
          <Text>
            {o.usage.quotaHours !== null && o.usage.quotaHours !== undefined
              ? t('partners.portal.quota', { used: formatHours(o.usage.usedMinutes, locale), quota: o.usage.quotaHours })
              : t('partners.portal.noQuota', { used: formatHours(o.usage.usedMinutes, locale) })}
          </Text>
          <Text>{t(o.trusted ? 'partners.portal.trusted' : 'partners.portal.untrusted')}</Text>
          {o.agreementStartsOn && (
            <Text>
              {o.agreementEndsOn
                ? t('partners.portal.agreement', { from: date(o.agreementStartsOn), to: date(o.agreementEndsOn) })
                : t('partners.portal.agreementOpen', { from: date(o.agreementStartsOn) })}
            </Text>
          )}
        </Notice>
      )}
      <Group gap="sm">
        <Button component={Link} href="/nieuwe-aanvraag" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
          {t('partners.portal.newRequest')}
        </Button>
        <Button component={Link} href="/gebruik" variant="default" leftSection={<IconReportMoney size={18} aria-hidden />}>
          {t('partners.portal.statements')}
        </Button>
      </Group>
      <NotificationsList />
      <Stack gap="xs" component="section" aria-labelledby="requests-title">
        <Title order={2} size="h3" id="requests-title">
          {t('partners.portal.requests')}
        </Title>
        <Text size="sm">{t('partners.portal.requestsIntro')}</Text>
        {loading && !data ? <Spinner /> : <RequestsTable requests={data?.bookingRequests ?? []} />}
      </Stack>
    </Stack>
  );
}
