import { ERROR_CATEGORIES, type ErrorCode } from './error-codes.js';

export type FieldError = { field: string; reason: string; message: string };
export type ErrorParams = Record<string, string | number | boolean | null>;

/** An expected failure: a specific code, a developer-facing message, optional params and field errors. */
export class DomainError extends Error {
  readonly category;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { params?: ErrorParams; fieldErrors?: FieldError[] } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.category = ERROR_CATEGORIES[code];
  }

  /** The usual shape for a rule broken by one input field. */
  static field(code: ErrorCode, field: string, message: string, params?: ErrorParams): DomainError {
    return new DomainError(code, message, { params, fieldErrors: [{ field, reason: code, message }] });
  }
}

export function notFound(what: string, field?: string): DomainError {
  const message = `${what} not found`;
  return new DomainError('NOT_FOUND', message, {
    params: { entity: what },
    ...(field ? { fieldErrors: [{ field, reason: 'NOT_FOUND', message }] } : {}),
  });
}
