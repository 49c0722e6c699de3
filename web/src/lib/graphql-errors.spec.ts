import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiProblem, problemMessage } from './graphql-errors';

describe('API errors in the UI', () => {
  it('reads code, reason, params and field errors from the first GraphQL error', () => {
    const err = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'x',
          extensions: { code: 'CONFLICT', reason: 'BOOKING_CONFLICT', fieldErrors: [{ field: 'startsAt', reason: 'BOOKING_CONFLICT' }] },
        },
      ],
    });
    expect(apiProblem(err)).toEqual({
      code: 'CONFLICT',
      reason: 'BOOKING_CONFLICT',
      params: {},
      fieldErrors: [{ field: 'startsAt', reason: 'BOOKING_CONFLICT' }],
    });
    expect(apiProblem(new TypeError('fetch failed')).reason).toBe('NETWORK');
  });

  it('says when the building closes for opening-hours errors, and that it is closed all day', () => {
    expect(problemMessage({ reason: 'BOOKING_OUTSIDE_OPENING_HOURS', params: { closesAt: '19:00' } }).key).toBe(
      'errors.BOOKING_OUTSIDE_OPENING_HOURS_CLOSES',
    );
    expect(problemMessage({ reason: 'BOOKING_OUTSIDE_OPENING_HOURS', params: { closedAllDay: true } }).key).toBe(
      'errors.BOOKING_OUTSIDE_OPENING_HOURS_DAY',
    );
    expect(problemMessage({ reason: 'isUuid', params: {} }).key).toBe('errors.VALIDATION_FAILED');
    expect(problemMessage({ reason: 'SOMETHING_NEW', params: {} }).key).toBe('errors.UNKNOWN');
  });

  it('has its own text for a report that took too long', () => {
    expect(problemMessage({ reason: 'QUERY_TIMEOUT', params: {} }).key).toBe('errors.QUERY_TIMEOUT');
  });
});
