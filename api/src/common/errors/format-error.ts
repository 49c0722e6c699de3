import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCategory } from './error-categories.js';
import { toDomainError, toGraphqlError } from './graphql-exception.filter.js';

/** Errors graphql-js and Apollo raise before a resolver runs; their messages are safe to show. */
const REQUEST_ERRORS: Record<string, ErrorCategory> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

const CATEGORIES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
] satisfies ErrorCategory[]);

const logger = new Logger('GraphQL');

/**
 * Last stop for every error. Our coded errors keep category and reason; request errors from
 * graphql-js/Apollo get a category and a reason; anything else is logged and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const ext = formatted.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : '';
  const reason = typeof ext.reason === 'string' ? ext.reason : undefined;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (reason && CATEGORIES.has(code)) {
    const { stacktrace: _stack, ...rest } = ext;
    return { ...base, extensions: rest };
  }
  if (code in REQUEST_ERRORS) {
    return { ...base, extensions: { code: REQUEST_ERRORS[code], reason: reason ?? code } };
  }
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  // Errors that bypassed the exception filter (e.g. thrown while resolving a nested field).
  const domain = toDomainError(original);
  if (domain) return formatError({ ...toGraphqlError(domain).toJSON(), path: formatted.path, locations: formatted.locations }, undefined);
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } };
}
