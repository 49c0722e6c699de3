import { randomUUID } from 'node:crypto';
import { createParamDecorator, Injectable, type ExecutionContext, type NestMiddleware } from '@nestjs/common';
import { requestOf } from '../auth/decorators.js';

const CLIENT_ID = /^[A-Za-z0-9._:-]{8,128}$/;

type Req = { id?: string; headers: Record<string, string | string[] | undefined> };
type Res = { setHeader(name: string, value: string): unknown };

/**
 * Gives every HTTP request an id (the caller's X-Request-Id when it looks like one, else a new
 * UUID), echoes it in the response, and lets audit entries name the request they came from.
 */
@Injectable()
export class RequestIdMiddleware implements NestMiddleware<Req, Res> {
  use(req: Req, res: Res, next: () => void): void {
    assignRequestId(req, res);
    next();
  }
}

/** The request's id, given to it once (the first middleware to ask does it). */
export function assignRequestId(req: Req, res: Res): string {
  if (req.id) return req.id;
  const given = req.headers['x-request-id'];
  req.id = typeof given === 'string' && CLIENT_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  return req.id;
}

/** The current request's id (null over the websocket, where there is no HTTP request per operation). */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null => requestOf(ctx).id ?? null);
