import { i18next } from '../../app/i18n';
import { settingsTexts } from './texts';

// The settings page's texts arrive with it (the first pages stay under their bundle budget).
for (const lng of ['nl-BE', 'en'] as const) i18next.addResourceBundle(lng, 'translation', settingsTexts[lng], true, false);
