import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error.js';
import { CONSTRAINT_ERRORS } from './error-codes.js';
import { PG, pgError } from './pg-error.js';

/**
 * Turns expected failures into coded GraphQL errors and returns them (returning, not throwing,
 * keeps Nest from logging them as crashes). Anything else passes through unchanged and is masked
 * by `formatError`. Plain HTTP routes get Nest's usual JSON errors.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host); // plain HTTP routes (health)
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
  if (pg.code === PG.queryCanceled) return new DomainError('QUERY_TIMEOUT', 'The query took too long; try a shorter period');
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
