import { useMutation } from '@apollo/client/react';
import { Card, Radio, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../app/i18n';
import type { Locale } from '../../lib/format';
import { notify } from '../../ui/notify';
import { useViewer } from '../auth/session';
import { SET_MY_LOCALE } from './documents';
import { notifyProblem } from './problems';

/** The language the API writes the viewer's e-mails and calendar invites in. */
export function EmailLanguageCard() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [value, setValue] = useState<Locale>(viewer.locale === 'en' ? 'en' : 'nl-BE');
  const [save] = useMutation(SET_MY_LOCALE);

  async function choose(next: string) {
    const locale = next === 'en' ? 'en' : 'nl-BE';
    const before = value;
    setValue(locale);
    try {
      await save({ variables: { locale: locale === 'en' ? 'en' : 'nl_BE' } });
      notify(t('settings.language.saved'));
    } catch (err) {
      setValue(before);
      notifyProblem(err, t);
    }
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="language-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="language-title">
          {t('settings.language.title')}
        </Title>
        <Radio.Group
          label={t('settings.language.label')}
          description={t('settings.language.intro')}
          value={value}
          onChange={(v) => void choose(v)}
        >
          <Stack gap="xs" mt="xs">
            {LOCALES.map((l) => (
              <Radio key={l.value} value={l.value} label={l.label} lang={l.value} />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </Card>
  );
}
