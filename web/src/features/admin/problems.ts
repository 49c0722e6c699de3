import type { TFunction } from 'i18next';
import { i18next } from '../../app/i18n';
import { apiProblem, problemMessage, type ApiProblem } from '../../lib/graphql-errors';

/** An API error (GraphQL, or the plan upload's JSON error) as a sentence in the viewer's language. */
export function problemText(t: TFunction, error: unknown): string {
  return describe(t, apiProblem(error));
}

export function describe(t: TFunction, p: Pick<ApiProblem, 'reason' | 'params'>): string {
  if (i18next.exists(`admin.errors.${p.reason}`)) return t(`admin.errors.${p.reason}`, p.params);
  const { key, values } = problemMessage(p);
  return t(key, values);
}

/** The first field an API error names, if any. */
export function problemField(error: unknown): string | undefined {
  return apiProblem(error).fieldErrors[0]?.field;
}
