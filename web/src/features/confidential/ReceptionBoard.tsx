import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionArrivalsQuery } from '../../gql/confidential/graphql';
import { formatDate, formatTime, localDateOf, type Locale } from '../../lib/format';
import { instantOf } from '../../lib/zoned';
import { useLiveBookings } from '../live';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { RECEPTION_ARRIVALS } from './documents';

type Site = ReceptionArrivalsQuery['receptionArrivals'][number];

/** Expected visitors per site for a day: time, room and staff member, refreshed live; nothing about the visit. */
export function ReceptionBoard() {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => localDateOf(new Date(), 'Europe/Brussels'));
  const { data, loading } = useQuery(RECEPTION_ARRIVALS, { variables: { date } });
  return (
    <Stack gap="lg">
      <TextInput
        type="date"
        label={t('confidential.reception.date')}
        value={date}
        onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
        w={200}
      />
      {loading && !data && <Spinner />}
      {(data?.receptionArrivals ?? []).map((site) => (
        <SiteArrivals key={site.siteId} site={site} />
      ))}
    </Stack>
  );
}

function SiteArrivals({ site }: { site: Site }) {
  const { t, i18n } = useTranslation();
  useLiveBookings(site.siteId);
  const day = instantOf(site.date, '12:00', site.timeZone) ?? new Date();
  return (
    <section aria-labelledby={`site-${site.siteId}`}>
      <Title order={2} size="h4" id={`site-${site.siteId}`} mb={4}>
        {site.siteName}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {formatDate(day, i18n.language as Locale, site.timeZone)} · {t('confidential.reception.count', { count: site.arrivals.length })}
      </Text>
      {site.arrivals.length === 0 ? (
        <Notice>{t('confidential.reception.none')}</Notice>
      ) : (
        <>
          <Table striped visibleFrom="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('confidential.reception.time')}</Table.Th>
                <Table.Th scope="col">{t('confidential.reception.room')}</Table.Th>
                <Table.Th scope="col">{t('confidential.reception.host')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {site.arrivals.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>
                    <Time arrival={a} timeZone={site.timeZone} />
                  </Table.Th>
                  <Table.Td>
                    <Room arrival={a} />
                  </Table.Td>
                  <Table.Td>
                    <Host arrival={a} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {/* the same, as cards, on narrow screens */}
          <Stack gap="xs" hiddenFrom="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {site.arrivals.map((a) => (
              <Paper key={a.id} component="li" withBorder p="sm">
                <Text fw={700} component="div">
                  <Time arrival={a} timeZone={site.timeZone} />
                </Text>
                <Room arrival={a} />
                <Host arrival={a} />
              </Paper>
            ))}
          </Stack>
        </>
      )}
    </section>
  );
}

type Arrival = Site['arrivals'][number];

function Time({ arrival: a, timeZone }: { arrival: Arrival; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <>
      {formatTime(new Date(a.startsAt), timeZone)}–{formatTime(new Date(a.endsAt), timeZone)}
      <Text size="sm" fw={400} style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
        {a.checkedIn ? <IconCircleCheck size={16} aria-hidden /> : <IconClock size={16} aria-hidden />}
        {t(a.checkedIn ? 'confidential.reception.arrived' : 'confidential.reception.expected')}
      </Text>
    </>
  );
}

function Room({ arrival: a }: { arrival: Arrival }) {
  const { t } = useTranslation();
  return (
    <>
      <Text>{a.room.name}</Text>
      <Text size="sm" c="dimmed">
        {t(`kinds.${a.room.kind}`)}, {a.room.floorName}
      </Text>
    </>
  );
}

function Host({ arrival: a }: { arrival: Arrival }) {
  return (
    <>
      <Text>{a.hostName}</Text>
      {(a.organisationName ?? a.departmentName) && (
        <Text size="sm" c="dimmed">
          {a.organisationName ?? a.departmentName}
        </Text>
      )}
    </>
  );
}
