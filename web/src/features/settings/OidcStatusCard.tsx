import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { CHECK_OIDC, OIDC_STATUS } from './documents';
import { notifyProblem } from './problems';

const TZ = 'Europe/Brussels';

/** Administrators: whether sign-in at the organisation's identity provider works, why not, and the settings in use. */
export function OidcStatusCard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const status = useQuery(OIDC_STATUS, { fetchPolicy: 'network-only' });
  const [check, checking] = useMutation(CHECK_OIDC);
  const s = checking.data?.checkOidcProvider ?? status.data?.oidcStatus;
  const at = (iso: string) => `${formatDate(new Date(iso), locale, TZ)} ${formatTime(new Date(iso), TZ)}`;
  const roles = (list: readonly string[]) => list.map((r) => t(`roles.${r}`)).join(', ');

  const rows: [string, string][] = s
    ? [
        [t('settings.oidc.issuer'), s.issuer ?? '—'],
        [t('settings.oidc.clientId'), s.clientId ?? '—'],
        [t('settings.oidc.redirectUri'), s.redirectUri ?? t('settings.oidc.redirectDefault')],
        [t('settings.oidc.scopes'), s.scopes ?? '—'],
        [t('settings.oidc.roleClaim'), s.roleClaim ?? '—'],
        [
          t('settings.oidc.mappings'),
          s.roleMappings.length
            ? s.roleMappings.map((m) => `${m.claimValue} → ${roles(m.roles)}`).join('; ')
            : t('settings.oidc.noMappings'),
        ],
        [t('settings.oidc.defaultRoles'), s.defaultRoles.length ? roles(s.defaultRoles) : t('settings.oidc.noDefaultRoles')],
        [t('settings.oidc.departmentClaim'), s.departmentClaim ?? '—'],
        [t('settings.oidc.localLogin'), roles(s.localLoginRoles)],
        [t('settings.oidc.endSession'), s.endSessionSupported ? t('settings.oidc.yes') : t('settings.oidc.no')],
      ]
    : [];

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="oidc-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="oidc-title">
          {t('settings.oidc.title')}
        </Title>
        {!s ? (
          <Spinner />
        ) : !s.configured ? (
          <Notice tone="info">{t('settings.oidc.notConfigured')}</Notice>
        ) : (
          <>
            {s.available === true && <Notice tone="ok" role="status" title={t('settings.oidc.available')} />}
            {s.available === false && (
              <Notice tone="error" role="status" title={t('settings.oidc.unavailable')}>
                <Text size="sm">{s.lastError}</Text>
              </Notice>
            )}
            {s.available === null && <Notice tone="info" title={t('settings.oidc.notChecked')} />}
            {s.lastSignInError && s.lastSignInErrorAt && (
              <Notice tone="warn" title={t('settings.oidc.lastSignInError', { when: at(s.lastSignInErrorAt) })}>
                <Text size="sm">{s.lastSignInError}</Text>
              </Notice>
            )}
            {s.lastSignInAt && <Text size="sm">{t('settings.oidc.lastSignIn', { when: at(s.lastSignInAt) })}</Text>}
            <Table layout="fixed">
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th scope="row" w="38%">
                      {label}
                    </Table.Th>
                    <Table.Td>
                      <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{value}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              <Button
                variant="default"
                loading={checking.loading}
                onClick={() => void check().catch((err: unknown) => notifyProblem(err, t))}
              >
                {t('settings.oidc.check')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
