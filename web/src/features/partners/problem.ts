import { apiProblem, problemMessage, type ApiProblem } from '../../lib/graphql-errors';

const OWN = new Set([
  'INVITE_INVALID',
  'INVITE_USED',
  'INVITE_EXPIRED',
  'INVITE_TERMS_REQUIRED',
  'ORGANISATION_SUSPENDED',
  'AUTH_ORGANISATION_SUSPENDED',
  'ORGANISATION_QUOTA_EXCEEDED',
  'ORGANISATION_OUTSIDE_AGREEMENT',
  'BOOKING_OUTSIDE_PARTNER_HOURS',
  'BOOKING_REQUEST_TOO_LATE',
  'BOOKING_REQUEST_NOT_PENDING',
  'BOOKING_REQUEST_DEADLINE_PASSED',
  'BOOKING_REQUEST_REASON_REQUIRED',
  'STATEMENT_MONTH_INVALID',
  'USER_EMAIL_TAKEN',
  'ENTERPRISE_NUMBER_FORMAT',
  'ENTERPRISE_NUMBER_FIRST_DIGIT',
  'ENTERPRISE_NUMBER_CHECKSUM',
  'ENTERPRISE_NUMBER_TAKEN',
  'ORGANISATION_NAME_TAKEN',
  'ORGANISATION_AGREEMENT_INVALID',
  'ORGANISATION_ACCESS_INVALID',
  'ORGANISATION_HOURS_INVALID',
  'ORGANISATION_ALREADY_SUSPENDED',
]);

/** This feature's error texts first, then the shared ones (the booking engine's rules). */
export function partnerProblem(err: unknown): { key: string; values: Record<string, unknown>; problem: ApiProblem } {
  const problem = apiProblem(err);
  if (problem.reason === 'BOOKING_OUTSIDE_PARTNER_HOURS' && problem.params.closedAllDay) {
    return { key: 'partners.errors.BOOKING_OUTSIDE_PARTNER_HOURS_DAY', values: problem.params, problem };
  }
  if (OWN.has(problem.reason)) return { key: `partners.errors.${problem.reason}`, values: problem.params, problem };
  return { ...problemMessage(problem), problem };
}
