import { QueryFailedError } from 'typeorm';

type PgDriverError = { code?: string; constraint?: string };

/** SQLSTATE and constraint name of a failed query; never its DETAIL (it names other rows). */
export function pgError(err: unknown): { code: string; constraint: string | undefined } | undefined {
  const driver = (err instanceof QueryFailedError ? err.driverError : err) as PgDriverError | undefined;
  if (!driver || typeof driver.code !== 'string' || !/^[0-9A-Z]{5}$/.test(driver.code)) return undefined;
  return { code: driver.code, constraint: driver.constraint };
}

export const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  exclusionViolation: '23P01',
  invalidTextRepresentation: '22P02',
  deadlock: '40P01',
  serializationFailure: '40001',
  queryCanceled: '57014',
} as const;
