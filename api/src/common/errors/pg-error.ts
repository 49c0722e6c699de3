import { QueryFailedError } from 'typeorm';

type PgDriverError = { code?: string; constraint?: string };

/** SQLSTATE and constraint name of a failed query; never its DETAIL (it names other rows). */
export function pgError(err: unknown): { code: string; constraint: string | undefined } | undefined {
  const driver = (err instanceof QueryFailedError ? err.driverError : err) as PgDriverError | undefined;
  if (!driver || typeof driver.code !== 'string' || !/^[0-9A-Z]{5}$/.test(driver.code)) return undefined;
  return { code: driver.code, constraint: driver.constraint };
}

const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|connection error|Connection ended/i;

/** The database could not be reached or went away mid-query (restart, failover, network): not the user's fault. */
export function databaseUnavailable(err: unknown): boolean {
  const driver = (err instanceof QueryFailedError ? err.driverError : err) as { code?: unknown; message?: unknown } | undefined;
  if (!driver || typeof driver !== 'object') return false;
  if (typeof driver.code === 'string' && (driver.code.startsWith('08') || UNAVAILABLE_CODES.has(driver.code))) return true;
  return typeof driver.message === 'string' && UNAVAILABLE_MESSAGE.test(driver.message);
}

export const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  exclusionViolation: '23P01',
  invalidTextRepresentation: '22P02',
  deadlock: '40P01',
  serializationFailure: '40001',
  queryCanceled: '57014',
} as const;
