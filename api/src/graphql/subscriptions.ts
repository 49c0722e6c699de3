import { specifiedRules, validate, type GraphQLFormattedError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { formatError } from '../common/errors/format-error.js';
import { queryLimitRules } from './limits.js';

/**
 * graphql-ws on the HTTP server's /graphql path. Apollo's formatError does not run for websocket
 * operations, so errors get the same coding and masking here.
 */
export const graphqlWsOptions = {
  path: '/graphql',
  // the same depth, alias and directive limits as over HTTP
  validate: (schema, document) => validate(schema, document, [...specifiedRules, ...queryLimitRules()]),
  onNext: (_ctx, _id, _payload, _args, result) =>
    result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
  // Errors of a document that does not validate against the schema, or of a subscription that broke while running.
  onError: (_ctx, _id, _payload, errors): GraphQLFormattedError[] =>
    errors.map((e) =>
      e.originalError
        ? formatError(e.toJSON(), e)
        : {
            message: e.message,
            locations: e.locations,
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: typeof e.extensions.reason === 'string' ? e.extensions.reason : 'GRAPHQL_VALIDATION_FAILED',
            },
          },
    ),
} satisfies Partial<ServerOptions> & { path: string };
