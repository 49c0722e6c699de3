import type { LoggerService } from '@nestjs/common';
import type { RequestHandler } from 'express';
import { assignRequestId } from '../audit/request-id.js';
import type { MetricsService } from './metrics.service.js';
import { requestContext } from './request-context.js';

/** Route labels stay few: the API's own paths, everything else is the web app. */
const ROUTES = ['/graphql', '/health/live', '/health/ready', '/health', '/metrics', '/auth', '/ical', '/assets'];
const routeOf = (path: string) => ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'web';

/**
 * First middleware of every request: gives it an id, runs the rest inside that request's context
 * (so every log line carries the id), counts it and measures it, and writes one access-log line
 * without query string or body (they can hold personal data).
 */
export function httpObserver(metrics: MetricsService, logger: LoggerService): RequestHandler {
  return (req, res, next) => {
    const requestId = assignRequestId(req, res);
    const started = process.hrtime.bigint();
    const route = routeOf(req.path); // now: routers mounted further on rewrite req.path
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.latency.observe({ method: req.method, route }, seconds);
      requestContext.run({ requestId }, () => {
        logger.log(`${req.method} ${route} ${res.statusCode} ${Math.round(seconds * 1000)} ms`, 'HTTP');
      });
    });
    requestContext.run({ requestId }, next);
  };
}
