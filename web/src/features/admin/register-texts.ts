import { i18next } from '../../app/i18n';
import { adminTexts } from './texts';

// The administration's texts arrive with its pages rather than with every visit (the first pages
// stay under their bundle budget): added to the translations when this module first loads.
for (const lng of ['nl-BE', 'en'] as const) i18next.addResourceBundle(lng, 'translation', adminTexts[lng], true, false);
