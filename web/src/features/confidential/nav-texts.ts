import type { FeatureTexts } from '../../app/i18n';

/** What other pages need of the consultations' texts (the menu, a held proposal's status); the rest loads with their pages. */
const nl = {
  confidential: {
    nav: { consultations: 'Gesprekken', reception: 'Onthaal', audit: 'Auditlog' },
    held: 'Voorstel (vastgehouden)',
  },
};

export const confidentialNavTexts: FeatureTexts<typeof nl> = {
  'nl-BE': nl,
  en: { confidential: { nav: { consultations: 'Consultations', reception: 'Reception', audit: 'Audit log' }, held: 'Proposal (held)' } },
};
