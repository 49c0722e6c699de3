import { i18next } from '../../app/i18n';
import { checkInTexts } from './texts';

// Check-in texts arrive with the pages that use them (agenda, scan page, QR codes), not on every visit.
for (const lng of ['nl-BE', 'en'] as const) i18next.addResourceBundle(lng, 'translation', checkInTexts[lng], true, false);
