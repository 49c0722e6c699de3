import type { FeatureTexts } from '../../app/i18n';

/** The menu labels of the report and check-in pages: the only texts of theirs every page needs. */
const nl = {
  reportsNav: { reports: 'Bezetting', measures: 'Succesmeting', targets: 'Doelen', qrCodes: 'QR-codes' },
};

export const reportsNavTexts: FeatureTexts<typeof nl> = {
  'nl-BE': nl,
  en: { reportsNav: { reports: 'Occupancy', measures: 'Success measures', targets: 'Targets', qrCodes: 'QR codes' } },
};
