import { apiProblem, problemMessage, type ApiProblem } from '../../lib/graphql-errors';
import { checkInTexts } from './texts';

const OWN = new Set(Object.keys(checkInTexts['nl-BE'].checkIn.errors));

/** The text for an API reason code: this feature's own first, then the shared ones (the booking engine's rules). */
export function checkInReason(p: Pick<ApiProblem, 'reason' | 'params'>): { key: string; values: Record<string, unknown> } {
  if (OWN.has(p.reason)) return { key: `checkIn.errors.${p.reason}`, values: p.params };
  return problemMessage(p);
}

export function checkInProblem(err: unknown): { key: string; values: Record<string, unknown> } {
  return checkInReason(apiProblem(err));
}
