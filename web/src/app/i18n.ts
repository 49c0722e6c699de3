import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../locales/en';
import { nlBE } from '../locales/nl-BE';
import type { Locale } from '../lib/format';
import { adminNavTexts } from '../features/admin/nav-texts';
import { confidentialTexts } from '../features/confidential/texts';
import { partnerNavTexts } from '../features/partners/nav-texts';
import { reportsNavTexts } from '../features/reports/nav-texts';
import { settingsNavTexts } from '../features/settings/nav-texts';

const STORAGE_KEY = 'plekwijzer.locale';

export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'nl-BE', label: 'Nederlands' },
  { value: 'en', label: 'English' },
];

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nl-BE' ? stored : 'nl-BE';
}

/**
 * A feature with its own texts exports `{ 'nl-BE': {...}, en: {...} }` under its own top-level key
 * (e.g. `partners`) and is listed here; the compiler checks both languages have the same keys.
 */
export type FeatureTexts<T extends Record<string, unknown>> = { 'nl-BE': T; en: Strings<T> };
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
const FEATURE_TEXTS: FeatureTexts<Record<string, unknown>>[] = [
  confidentialTexts,
  partnerNavTexts,
  adminNavTexts,
  reportsNavTexts,
  settingsNavTexts,
];

const merge = (base: object, parts: object[]): Record<string, unknown> => Object.assign({}, base, ...parts) as Record<string, unknown>;
const resources = {
  'nl-BE': {
    translation: merge(
      nlBE,
      FEATURE_TEXTS.map((f) => f['nl-BE']),
    ),
  },
  en: {
    translation: merge(
      en,
      FEATURE_TEXTS.map((f) => f.en),
    ),
  },
};

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: 'nl-BE',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLocale(locale: Locale): void {
  void i18next.changeLanguage(locale);
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

document.documentElement.lang = i18next.language;

export { i18next };
