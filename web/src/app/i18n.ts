import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../locales/en';
import { nlBE } from '../locales/nl-BE';
import type { Locale } from '../lib/format';

const STORAGE_KEY = 'plekwijzer.locale';

export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'nl-BE', label: 'Nederlands' },
  { value: 'en', label: 'English' },
];

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nl-BE' ? stored : 'nl-BE';
}

void i18next.use(initReactI18next).init({
  resources: { 'nl-BE': { translation: nlBE }, en: { translation: en } },
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
