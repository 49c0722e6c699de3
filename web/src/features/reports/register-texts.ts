import { i18next } from '../../app/i18n';
import { reportTexts } from './texts';

// The report texts arrive with the report pages (managers only), not with every visit.
for (const lng of ['nl-BE', 'en'] as const) i18next.addResourceBundle(lng, 'translation', reportTexts[lng], true, false);
