import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What the API says about a failed request, in the shape every form and toast uses. */
export type ApiProblem = {
  code: string;
  reason: string;
  params: Record<string, string | number | boolean | null>;
  fieldErrors: { field: string; reason: string }[];
};

type Extensions = {
  code?: string;
  reason?: string;
  params?: ApiProblem['params'];
  fieldErrors?: { field: string; reason: string }[];
};

/** The first GraphQL error of a failed operation, or a network problem. */
export function apiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const ext = (error.errors[0]?.extensions ?? {}) as Extensions;
    return {
      code: ext.code ?? 'INTERNAL_SERVER_ERROR',
      reason: ext.reason ?? 'UNKNOWN',
      params: ext.params ?? {},
      fieldErrors: ext.fieldErrors ?? [],
    };
  }
  return { code: 'NETWORK', reason: 'NETWORK', params: {}, fieldErrors: [] };
}

/** The translation key and values for a problem; opening-hours errors pick the most telling text. */
export function problemMessage(p: Pick<ApiProblem, 'reason' | 'params'>): { key: string; values: Record<string, unknown> } {
  if (p.reason === 'BOOKING_OUTSIDE_OPENING_HOURS') {
    if (p.params.closedAllDay) return { key: 'errors.BOOKING_OUTSIDE_OPENING_HOURS_DAY', values: p.params };
    return { key: 'errors.BOOKING_OUTSIDE_OPENING_HOURS_CLOSES', values: p.params };
  }
  if (p.reason in KNOWN_REASONS) return { key: `errors.${p.reason}`, values: p.params };
  if (/^[a-z]/.test(p.reason)) return { key: 'errors.VALIDATION_FAILED', values: {} };
  return { key: 'errors.UNKNOWN', values: {} };
}

const KNOWN_REASONS: Record<string, true> = Object.fromEntries(
  [
    'BOOKING_CONFLICT',
    'BOOKING_BUFFER_CONFLICT',
    'BOOKING_DESK_ALREADY_HELD',
    'BOOKING_DAILY_LIMIT',
    'BOOKING_ON_CLOSURE_DAY',
    'BOOKING_TOO_FAR_AHEAD',
    'BOOKING_TOO_SHORT',
    'BOOKING_TOO_LONG',
    'BOOKING_OFF_GRID',
    'BOOKING_IN_PAST',
    'BOOKING_TOO_SHORT_NOTICE',
    'BOOKING_INVALID_RANGE',
    'BOOKING_NONEXISTENT_LOCAL_TIME',
    'BOOKING_NOT_MODIFIABLE',
    'BOOKING_OVER_CAPACITY',
    'BOOKING_SERIES_EMPTY',
    'BOOKING_SERIES_TOO_LONG',
    'SPACE_NOT_BOOKABLE',
    'NOT_FOUND',
    'FORBIDDEN',
    'AUTH_ROLE_FORBIDDEN',
    'VALIDATION_FAILED',
    'NETWORK',
    'QUERY_TIMEOUT',
  ].map((r) => [r, true]),
);
