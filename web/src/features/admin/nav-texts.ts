import type { FeatureTexts } from '../../app/i18n';

/** The menu entry only: the administration's own texts load with its pages (see register-texts.ts). */
export const adminNavTexts: FeatureTexts<{ adminNav: { title: string } }> = {
  'nl-BE': { adminNav: { title: 'Beheer' } },
  en: { adminNav: { title: 'Administration' } },
};
