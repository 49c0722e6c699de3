import { useMutation } from '@apollo/client/react';
import { Button, Card, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../app/session-store';
import { apiProblem } from '../../lib/graphql-errors';
import { notify } from '../../ui/notify';
import { CHANGE_PASSWORD } from './documents';
import { notifyProblem } from './problems';

/** A new password ends every other session (the API revokes them); this browser carries on with the token it gets back. */
export function PasswordCard() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (next.length < 10 || next.length > 200) return setErrors({ next: t('settings.password.tooShort') });
    setErrors({});
    try {
      const { data } = await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      sessionStore.setToken(data?.changePassword.accessToken ?? null);
      setCurrent('');
      setNext('');
      notify(t('settings.password.saved'));
    } catch (err) {
      const p = apiProblem(err);
      if (p.reason === 'AUTH_INVALID_CREDENTIALS') setErrors({ current: t('settings.password.wrong') });
      else if (p.fieldErrors.some((f) => f.field === 'newPassword')) setErrors({ next: t('settings.password.tooShort') });
      else notifyProblem(err, t);
    }
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="password-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm" maw={420}>
          <Title order={2} size="h3" id="password-title">
            {t('settings.password.title')}
          </Title>
          <Text size="sm">{t('settings.password.intro')}</Text>
          <PasswordInput
            label={t('settings.password.current')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.current}
          />
          <PasswordInput
            label={t('settings.password.new')}
            description={t('settings.password.newHelp')}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.next}
          />
          <Button type="submit" loading={loading} disabled={!current || !next} style={{ alignSelf: 'flex-start' }}>
            {t('settings.password.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
