import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import * as z from 'zod/mini';
import { apiProblem, problemMessage } from '../../lib/graphql-errors';
import { useSession } from './session';

const schema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'errors.REQUIRED'), z.maxLength(254)),
  password: z.string().check(z.minLength(1, 'errors.REQUIRED'), z.maxLength(200)),
});

export type LoginFormHandle = { fill: (email: string, password: string) => void };

export function LoginForm({ onReady }: { onReady?: (handle: LoginFormHandle) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [failed, setFailed] = useState<string | null>(null);
  const form = useForm({ initialValues: { email: '', password: '' }, validate: zod4Resolver(schema) });
  onReady?.({ fill: (email, password) => form.setValues({ email, password }) });

  const submit = form.onSubmit(async ({ email, password }) => {
    setFailed(null);
    try {
      await session.signIn(email, password);
    } catch (err) {
      const p = apiProblem(err);
      const { key, values } = problemMessage(p);
      setFailed(
        p.reason === 'AUTH_INVALID_CREDENTIALS'
          ? t('login.failed')
          : p.reason === 'AUTH_LOCAL_LOGIN_DISABLED'
            ? t('settings.signIn.errors.AUTH_LOCAL_LOGIN_DISABLED')
            : t(key, values),
      );
    }
  });

  const errorOf = (field: 'email' | 'password') => {
    const e = form.errors[field];
    return typeof e === 'string' ? t(e) : undefined;
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('login.title')}>
      <Stack gap="md">
        {failed && (
          <Notice tone="error" role="alert">
            {failed}
          </Notice>
        )}
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
          error={errorOf('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
          error={errorOf('password')}
        />
        <Button type="submit" loading={form.submitting}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
