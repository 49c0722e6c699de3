import { i18next, type FeatureTexts } from '../../app/i18n';

/**
 * Adds a feature's texts when its (lazily loaded) pages load, so they stay out of the first page's
 * bundle. Runs at import time, before any of the feature's components renders.
 */
export function registerTexts(texts: FeatureTexts<Record<string, unknown>>): void {
  for (const lng of ['nl-BE', 'en'] as const) i18next.addResourceBundle(lng, 'translation', texts[lng], true, true);
}
