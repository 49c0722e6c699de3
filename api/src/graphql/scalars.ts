import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTime } from 'luxon';

/** Instants outside these years are input mistakes, not bookings; refusing them keeps date math in range. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2999;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function invalid(reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason } });
}

function stringLiteral(ast: ValueNode): string {
  if (ast.kind !== Kind.STRING) throw invalid('INVALID_SCALAR', 'Expected a string');
  return ast.value;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40) throw invalid('INVALID_DATETIME', 'Expected an ISO 8601 date-time with offset');
  const m = RFC3339.exec(value);
  const year = m ? Number(m[1]) : NaN;
  const d = new Date(value);
  if (!m || Number.isNaN(d.getTime()) || year < MIN_YEAR || year > MAX_YEAR || !DateTime.fromISO(value, { setZone: true }).isValid) {
    throw invalid('INVALID_DATETIME', 'Expected an ISO 8601 date-time with offset, e.g. 2026-11-24T09:00:00+01:00');
  }
  return d;
}

/** An instant: ISO 8601 with an explicit offset on input, UTC ISO 8601 on output. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 with offset (e.g. 2026-11-24T09:00:00+01:00), years 1970–2999; output in UTC.',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new Error('DateTime cannot serialize a non-date');
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast)),
});

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw invalid('INVALID_DATE', 'Expected a calendar date YYYY-MM-DD');
  }
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) throw invalid('INVALID_DATE', 'Year out of range');
  return value;
}

/** A calendar date without time or zone, e.g. 2027-07-11. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date (YYYY-MM-DD), interpreted in the site time zone.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(stringLiteral(ast)),
});

function parseLocalTime(value: unknown): string {
  if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(value)) {
    throw invalid('INVALID_TIME', 'Expected a wall-clock time HH:MM between 00:00 and 24:00');
  }
  return value;
}

/** A wall-clock time HH:MM; 24:00 means the end of the day. */
export const LocalTimeScalar = new GraphQLScalarType<string, string>({
  name: 'LocalTime',
  description: 'A wall-clock time HH:MM (24-hour; 24:00 is the end of the day).',
  serialize: (value) => String(value).slice(0, 5),
  parseValue: parseLocalTime,
  parseLiteral: (ast) => parseLocalTime(stringLiteral(ast)),
});
