import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCategory } from './error-categories.js';
import { toDomainError } from './graphql-exception.filter.js';

const STATUS: Record<ErrorCategory, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

/** Reasons with a more telling HTTP status than their category's. */
const REASON_STATUS: Record<string, number> = {
  FLOOR_PLAN_TOO_LARGE: 413,
  FLOOR_PLAN_UNSUPPORTED_TYPE: 415,
};

/**
 * For plain HTTP routes (uploads, downloads): a coded error answers with its HTTP status and the
 * same body shape as a GraphQL error (`{ errors: [{ message, extensions: { code, reason, … } }] }`),
 * so clients read both the same way. Anything else is logged and masked, as for GraphQL.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const domain = toDomainError(exception);
    if (domain) {
      res.status(REASON_STATUS[domain.code] ?? STATUS[domain.category]).json({
        errors: [
          {
            message: domain.message,
            extensions: {
              code: domain.category,
              reason: domain.code,
              ...(domain.details.params ? { params: domain.details.params } : {}),
              ...(domain.details.fieldErrors ? { fieldErrors: domain.details.fieldErrors } : {}),
            },
          },
        ],
      });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      res
        .status(exception.getStatus())
        .json({ errors: [{ message: exception.message, extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' } }] });
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (!res.headersSent) {
      res
        .status(500)
        .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } }] });
    }
  }
}
