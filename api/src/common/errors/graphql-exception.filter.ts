import { Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error.js';
import { CONSTRAINT_ERRORS } from './error-codes.js';
import { PG, pgError } from './pg-error.js';

/**
 * Turns expected failures into coded GraphQL errors and returns them (returning, not throwing,
 * keeps Nest from logging them as crashes). Anything else passes through unchanged and is masked
 * by `formatError`.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): unknown {
    const domain = toDomainError(exception);
    if (domain) return toGraphqlError(domain);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException && exception.getStatus() === 413) {
      return new GraphQLError('Request too large', { extensions: { code: 'BAD_USER_INPUT', reason: 'REQUEST_TOO_LARGE' } });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } });
  }
}

export function toDomainError(err: unknown): DomainError | undefined {
  if (err instanceof DomainError) return err;
  const pg = pgError(err);
  if (!pg) return undefined;
  const known = pg.constraint ? CONSTRAINT_ERRORS[pg.constraint] : undefined;
  if (known) return DomainError.field(known.code, known.field, known.message);
  if (pg.code === PG.invalidTextRepresentation) return new DomainError('VALIDATION_FAILED', 'Malformed value');
  if (pg.code === PG.checkViolation) return new DomainError('VALIDATION_FAILED', 'A value is out of range');
  return undefined;
}

export function toGraphqlError(e: DomainError): GraphQLError {
  return new GraphQLError(e.message, {
    extensions: {
      code: e.category,
      reason: e.code,
      ...(e.details.params ? { params: e.details.params } : {}),
      ...(e.details.fieldErrors ? { fieldErrors: e.details.fieldErrors } : {}),
    },
  });
}
