import type { FeatureTexts } from '../../app/i18n';

/** The menu labels of the partner pages: the only partner texts every page needs. */
const nl = {
  partnersNav: {
    portal: 'Mijn organisatie',
    request: 'Ruimte aanvragen',
    statements: 'Gebruiksoverzicht',
    approvals: 'Goedkeuringen',
    organisations: 'Partnerorganisaties',
  },
};

export const partnerNavTexts: FeatureTexts<typeof nl> = {
  'nl-BE': nl,
  en: {
    partnersNav: {
      portal: 'My organisation',
      request: 'Request a room',
      statements: 'Usage statements',
      approvals: 'Approvals',
      organisations: 'Partner organisations',
    },
  },
};
