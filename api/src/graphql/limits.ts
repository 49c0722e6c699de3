import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** What one operation may ask for; each limit refused with its own reason (BAD_USER_INPUT). */
export const QUERY_LIMITS = { depth: 8, aliases: 10, directives: 10, tokens: 2000, cost: 1000 } as const;

/** graphql-js aborts parsing with this message when a document has more than `maxTokens` tokens. */
export const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;

/** Reports the armour's rejection as a validation error that carries our reason. */
function reject(reason: string): ((ctx: ValidationContext | null, err: GraphQLError) => void)[] {
  return [(ctx, err) => ctx?.reportError(new GraphQLError(err.message.replace(/^Syntax Error: /, ''), { extensions: { reason } }))];
}

/**
 * Validation rules against expensive operations: depth, aliases and directives (graphql-armor); the
 * cost (graphql-query-complexity: every selected field costs 1) is `queryCostPlugin`. Lists are not multiplied: each
 * list is bounded on the server, by a maximum page size (`first` with @Max) or a maximum date range
 * (RANGE_TOO_LARGE). The token limit is graphql-js' own `maxTokens` parse option (`parseOptions`);
 * field suggestions are hidden by Apollo's `hideSchemaDetailsFromClientErrors`.
 */
export function queryLimitRules(): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return new ApolloArmor({
    maxDepth: { ...common, n: QUERY_LIMITS.depth, onReject: reject('QUERY_TOO_DEEP') },
    maxAliases: { ...common, n: QUERY_LIMITS.aliases, onReject: reject('TOO_MANY_ALIASES') },
    maxDirectives: { ...common, n: QUERY_LIMITS.directives, onReject: reject('TOO_MANY_DIRECTIVES') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}

/**
 * The cost check runs once the operation is known, with the request's variables (a validation rule
 * would see none). Variables that do not fit are left for execution to refuse with its own error.
 */
export const queryCostPlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ request, document, schema, operationName }) => {
        let cost: number;
        try {
          const estimators = [simpleEstimator({ defaultComplexity: 1 })];
          cost = getComplexity({
            schema,
            query: document,
            variables: request.variables,
            operationName: operationName ?? undefined,
            estimators,
          });
        } catch {
          return Promise.resolve();
        }
        if (cost <= QUERY_LIMITS.cost) return Promise.resolve();
        throw new GraphQLError(`Query cost limit of ${QUERY_LIMITS.cost} exceeded, found ${cost}.`, {
          extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', http: { status: 400 } },
        });
      },
    }),
};

export const parseOptions = { maxTokens: QUERY_LIMITS.tokens };
