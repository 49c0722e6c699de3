import { useMutation } from '@apollo/client/react';
import { Button, CopyButton, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationQuery } from '../../gql/partners/graphql';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { notify } from '../../ui/notify';
import { INVITE_PARTNER, ORGANISATION, REVOKE_PARTNER_INVITE } from './documents';
import { organisationProblem } from './problem';

type Organisation = OrganisationQuery['organisation'];

/** Partner accounts of the organisation, open invitations, and a form to invite a contact person. */
export function AccountsPanel({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [email, setEmail] = useState(
    organisation.contacts.find((c) => c.email && !organisation.members.some((m) => m.email === c.email))?.email ?? '',
  );
  const [displayName, setDisplayName] = useState(organisation.contacts.find((c) => c.email === email)?.name ?? '');
  const [errors, setErrors] = useState<{ email?: string; displayName?: string; general?: string }>({});
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const [invite, { loading }] = useMutation(INVITE_PARTNER, { refetchQueries: [ORGANISATION] });
  const [revoke] = useMutation(REVOKE_PARTNER_INVITE, { refetchQueries: [ORGANISATION] });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const found = {
      email: email.includes('@') ? undefined : t('errors.REQUIRED'),
      displayName: displayName.trim() ? undefined : t('errors.REQUIRED'),
    };
    setErrors(found);
    if (found.email || found.displayName) return;
    try {
      const res = await invite({
        variables: { input: { organisationId: organisation.id, email, displayName, locale: locale === 'en' ? 'en' : 'nl_BE' } },
      });
      const url = res.data!.invitePartner.inviteUrl;
      setLink({ email: res.data!.invitePartner.invite.email, url: url.startsWith('/') ? `${location.origin}${url}` : url });
      setEmail('');
      setDisplayName('');
    } catch (err) {
      const p = organisationProblem(err);
      const field = p.problem.fieldErrors[0]?.field;
      setErrors(field === 'email' || field === 'displayName' ? { [field]: t(p.key, p.values) } : { general: t(p.key, p.values) });
    }
  }

  const when = (iso: string) => `${formatDate(new Date(iso), locale, 'Europe/Brussels')} ${formatTime(new Date(iso), 'Europe/Brussels')}`;
  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="members-title">
        <Title order={2} size="h4" id="members-title">
          {t('orgAdmin.accounts.members')}
        </Title>
        {organisation.members.length === 0 ? (
          <Text size="sm">{t('orgAdmin.accounts.noMembers')}</Text>
        ) : (
          <List size="sm">
            {organisation.members.map((m) => (
              <List.Item key={m.id}>
                {m.displayName} — {m.email}
                {!m.active && ` (${t('orgAdmin.accounts.inactive')})`}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="invites-title">
        <Title order={2} size="h4" id="invites-title">
          {t('orgAdmin.accounts.invites')}
        </Title>
        {organisation.invites.length === 0 ? (
          <Text size="sm">{t('orgAdmin.accounts.noInvites')}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {organisation.invites.map((i) => (
              <List.Item key={i.id}>
                <Group gap="xs">
                  <span>
                    {i.displayName} — {i.email}, {t('orgAdmin.accounts.until', { when: when(i.expiresAt) })}
                  </span>
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={t('orgAdmin.accounts.revokeFor', { email: i.email })}
                    onClick={() => void revoke({ variables: { input: { id: i.id } } }).then(() => notify(t('orgAdmin.accounts.revoked')))}
                  >
                    {t('orgAdmin.accounts.revoke')}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="invite-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="invite-title">
            {t('orgAdmin.accounts.invite')}
          </Title>
          <Text size="sm">{t('orgAdmin.accounts.inviteIntro')}</Text>
          {errors.general && (
            <Notice tone="error" role="alert">
              {errors.general}
            </Notice>
          )}
          {link && (
            <Notice tone="ok" role="status" title={t('orgAdmin.accounts.link', { email: link.email })}>
              <Text size="sm">{t('orgAdmin.accounts.linkHelp')}</Text>
              <Group gap="xs" mt={4} wrap="nowrap">
                <TextInput aria-label={t('orgAdmin.accounts.link', { email: link.email })} value={link.url} readOnly style={{ flex: 1 }} />
                <CopyButton value={link.url}>
                  {({ copied, copy }) => (
                    <Button variant="default" onClick={copy}>
                      {copied ? t('orgAdmin.accounts.copied') : t('orgAdmin.accounts.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Notice>
          )}
          <Group align="flex-start" grow>
            <TextInput
              type="email"
              label={t('orgAdmin.accounts.email')}
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <TextInput
              label={t('orgAdmin.accounts.displayName')}
              required
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={errors.displayName}
            />
          </Group>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('orgAdmin.accounts.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
