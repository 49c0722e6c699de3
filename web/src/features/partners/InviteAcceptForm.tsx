import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { formatDate, formatTime, type Locale } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { ACCEPT_PARTNER_INVITE, PARTNER_INVITE } from './documents';
import { partnerProblem } from './problem';

/** The invite page's form: choose a password, accept the terms of use, and be signed in. */
export function InviteAcceptForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const session = useSession();
  const { data, loading, error } = useQuery(PARTNER_INVITE, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept] = useMutation(ACCEPT_PARTNER_INVITE);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [terms, setTerms] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; repeat?: string; terms?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);

  if (loading && !data) return <Spinner />;
  if (error || !data) {
    const p = partnerProblem(error);
    return (
      <Stack>
        <Notice tone="error" role="alert">
          {t(p.key, p.values)}
        </Notice>
        <Anchor href="/">{t('partners.invite.toLogin')}</Anchor>
      </Stack>
    );
  }
  const invite = data.partnerInvite;
  const expires = new Date(invite.expiresAt);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const found = {
      password: password.length < 10 ? t('partners.invite.tooShort') : undefined,
      repeat: repeat !== password ? t('partners.invite.mismatch') : undefined,
      terms: terms ? undefined : t('partners.invite.acceptRequired'),
    };
    setErrors(found);
    if (found.password || found.repeat || found.terms) return;
    setBusy(true);
    try {
      const res = await accept({ variables: { input: { token, password, acceptTerms: true, locale: locale === 'en' ? 'en' : 'nl_BE' } } });
      await session.signIn(res.data?.acceptPartnerInvite.email ?? invite.email, password);
      onDone();
    } catch (err) {
      const p = partnerProblem(err);
      setErrors({ general: t(p.key, p.values) });
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="invite-title">
      <Stack gap="md">
        <Title order={1} size="h2" id="invite-title">
          {t('partners.invite.welcome', { name: invite.displayName })}
        </Title>
        <Text>{t('partners.invite.intro', { organisation: invite.organisationName })}</Text>
        {errors.general && (
          <Notice tone="error" role="alert">
            {errors.general}
          </Notice>
        )}
        <TextInput label={t('partners.invite.email')} value={invite.email} readOnly autoComplete="username" />
        <PasswordInput
          label={t('partners.invite.password')}
          description={t('partners.invite.passwordHelp')}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
        />
        <PasswordInput
          label={t('partners.invite.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={errors.repeat}
        />
        <Stack gap={4} component="section" aria-labelledby="terms-title">
          <Title order={2} size="h5" id="terms-title">
            {t('partners.invite.terms', { version: invite.termsVersion })}
          </Title>
          <List size="sm" spacing={2}>
            <List.Item>{t('partners.invite.term1')}</List.Item>
            <List.Item>{t('partners.invite.term2')}</List.Item>
            <List.Item>{t('partners.invite.term3')}</List.Item>
          </List>
        </Stack>
        <Checkbox
          label={t('partners.invite.accept')}
          checked={terms}
          onChange={(e) => setTerms(e.currentTarget.checked)}
          error={errors.terms}
        />
        <Button type="submit" loading={busy}>
          {t('partners.invite.submit')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('partners.invite.valid', {
            when: `${formatDate(expires, locale, 'Europe/Brussels')} ${formatTime(expires, 'Europe/Brussels')}`,
          })}
        </Text>
      </Stack>
    </form>
  );
}
