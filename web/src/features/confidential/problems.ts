import { apiProblem, problemMessage, type ApiProblem } from '../../lib/graphql-errors';

/** This feature's error texts first, then the shared ones (rule errors of the booking engine). */
export function confidentialProblem(err: unknown): { key: string; values: Record<string, unknown>; problem: ApiProblem } {
  const problem = apiProblem(err);
  if (OWN.has(problem.reason)) return { key: `confidential.errors.${problem.reason}`, values: problem.params, problem };
  return { ...problemMessage(problem), problem };
}

const OWN = new Set([
  'CONFIDENTIAL_SPACE_REQUIRED',
  'CONFIDENTIAL_DETAILS_NOT_ALLOWED',
  'CONFIDENTIAL_DETAILS_ERASED',
  'CONFIDENTIAL_COWORKER_INVALID',
  'CONSULTATION_HOLD_EXPIRED',
  'CONSULTATION_HOLD_NOT_HELD',
  'CONSULTATION_WORKER_BUSY',
  'CONSULTATION_PROPOSALS_INVALID',
  'RANGE_TOO_LARGE',
]);
