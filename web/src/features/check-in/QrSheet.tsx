import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { FLOOR_QR_CODES, QR_SITES } from './documents';
import { checkInProblem } from './problem';
import './print.css';

/** Choose a floor, print its spaces' QR codes: each opens the space's check-in page. */
export function QrSheet() {
  const { t } = useTranslation();
  const sites = useQuery(QR_SITES);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [floorId, setFloorId] = useState<string | null>(null);
  const site = sites.data?.sites.find((s) => s.id === siteId);
  const floor = site?.floors.find((f) => f.id === floorId);
  const codes = useQuery(FLOOR_QR_CODES, { variables: { floorId: floorId ?? '', baseUrl: location.origin }, skip: !floorId });
  const problem = codes.error ? checkInProblem(codes.error) : null;
  return (
    <Stack gap="md">
      <div className="pw-no-print">
        <Title order={1}>{t('checkIn.qr.title')}</Title>
        <Text maw={760}>{t('checkIn.qr.intro')}</Text>
      </div>
      <Group align="flex-end" gap="sm" className="pw-no-print">
        <Select
          label={t('checkIn.qr.site')}
          data={(sites.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={siteId}
          onChange={(v) => (setSiteId(v), setFloorId(null))}
          w={260}
        />
        <Select
          label={t('checkIn.qr.floor')}
          data={(site?.floors ?? []).map((f) => ({ value: f.id, label: f.name }))}
          value={floorId}
          onChange={setFloorId}
          disabled={!site}
          w={220}
        />
        <Button
          leftSection={<IconPrinter size={18} aria-hidden />}
          disabled={!codes.data?.floorQrCodes.length}
          onClick={() => window.print()}
        >
          {t('checkIn.qr.print')}
        </Button>
      </Group>
      {!floorId && <Notice>{t('checkIn.qr.choose')}</Notice>}
      {problem && (
        <Notice tone="error" role="alert">
          {t(problem.key, problem.values)}
        </Notice>
      )}
      {codes.loading && <Spinner />}
      {floor && site && codes.data && (
        <section aria-label={`${site.name}, ${floor.name}`}>
          <Title order={2} size="h3" mb="sm">
            {site.name}, {floor.name}
          </Title>
          {codes.data.floorQrCodes.length === 0 && <Notice>{t('checkIn.qr.empty')}</Notice>}
          <ul className="pw-qr-grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {codes.data.floorQrCodes.map((c) => (
              <li key={c.spaceId} className="pw-qr-card">
                {/* the SVG comes from our own API (the qrcode library), never from user input */}
                <div role="img" aria-label={t('checkIn.qr.codeOf', { space: c.space.name })} dangerouslySetInnerHTML={{ __html: c.svg }} />
                <Text fw={700} size="lg">
                  {c.space.name}
                </Text>
                <Text size="sm">
                  {t(`kinds.${c.space.kind}`)}
                  {c.space.zone ? ` · ${c.space.zone.name}` : ''}
                </Text>
                <Text size="xs">{t('checkIn.qr.scanHint')}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
