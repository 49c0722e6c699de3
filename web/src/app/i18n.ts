import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nlBE } from '../locales/nl-BE';
import type { Locale } from '../lib/format';
import { adminNavTexts } from '../features/admin/nav-texts';
import { confidentialNavTexts } from '../features/confidential/nav-texts';
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
  confidentialNavTexts,
  partnerNavTexts,
  adminNavTexts,
  reportsNavTexts,
  settingsNavTexts,
];

const merge = (base: object, parts: object[]): Record<string, unknown> => Object.assign({}, base, ...parts) as Record<string, unknown>;
// Dutch is in the first bundle; English arrives when someone chooses it (loadLocale).
const resources = {
  'nl-BE': {
    translation: merge(
      nlBE,
      FEATURE_TEXTS.map((f) => f['nl-BE']),
    ),
  },
  en: {
    translation: merge(
      {},
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

let english: Promise<void> | undefined;
function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en') return Promise.resolve();
  english ??= import('../locales/en').then(({ en }) => {
    i18next.addResourceBundle('en', 'translation', en, true, false);
  });
  return english;
}

/** Resolves when the stored language's texts are there; the app renders after it. */
export const i18nReady: Promise<void> = loadLocale(initialLocale());

export function setLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  void loadLocale(locale).then(() => i18next.changeLanguage(locale));
}

document.documentElement.lang = i18next.language;

export { i18next };

/**
 * Adds a feature's texts when its (lazily loaded) pages load, so they stay out of the first pages'
 * bundle; nested keys merge with what the menu texts already put there. Call it at the top of the
 * feature's index.ts, which runs before any of its components renders.
 */
export function registerTexts(texts: FeatureTexts<Record<string, unknown>>): void {
  for (const lng of ['nl-BE', 'en'] as const) i18next.addResourceBundle(lng, 'translation', texts[lng], true, true);
}
