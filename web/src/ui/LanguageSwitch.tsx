import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, setLocale } from '../app/i18n';
import type { Locale } from '../lib/format';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(v) => setLocale(v as Locale)}
      data={LOCALES.map((l) => ({ value: l.value, label: l.label }))}
    />
  );
}
