import type { FeatureTexts } from '../../app/i18n';

/** The menu entry only: the administration's own texts load with its pages (registerTexts in index.ts). */
export const adminNavTexts: FeatureTexts<{ adminNav: { title: string } }> = {
  'nl-BE': { adminNav: { title: 'Beheer' } },
  en: { adminNav: { title: 'Administration' } },
};
