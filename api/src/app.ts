import 'reflect-metadata';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type ErrorRequestHandler } from 'express';
import { AppModule, type AppOptions } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { AppLogger } from './observability/app-logger.js';
import { httpObserver } from './observability/http-observer.js';
import { MetricsService } from './observability/metrics.service.js';
import { securityHeaders } from './web/security-headers.js';
import { serveWebApp } from './web/web-app.middleware.js';

const BODY_LIMIT = '1mb';

/** Builds the HTTP application (GraphQL at /graphql) for a database that is already migrated. */
export async function createApp(config: AppConfig, opts: AppOptions & { logLevels?: LogLevel[] } = {}): Promise<NestExpressApplication> {
  const logger = new AppLogger({
    json: config.logFormat === 'json',
    logLevels: opts.logLevels ?? config.logLevels,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, opts), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  app.use(httpObserver(app.get(MetricsService), logger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxyHops);
  app.use(securityHeaders(config));
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(bodyErrors);
  // Before init: Nest adds its 404 handler there, and the app's fallback must come first.
  if (!serveWebApp(app, config.webDistDir)) logger.log(`no web app in ${config.webDistDir}: serving the API only`, 'Plekwijzer');
  await app.init();
  return app;
}

/** A body that is too large or not JSON gets a coded GraphQL-shaped error, never an HTML 500. */
const bodyErrors: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, next) => {
  const reason = err.type === 'entity.too.large' ? 'REQUEST_TOO_LARGE' : err.type === 'entity.parse.failed' ? 'MALFORMED_JSON' : undefined;
  if (!reason) return next(err);
  res.status(err.status ?? 400).json({
    errors: [
      {
        message: reason === 'REQUEST_TOO_LARGE' ? `Request larger than ${BODY_LIMIT}` : 'Malformed JSON body',
        extensions: { code: 'BAD_USER_INPUT', reason },
      },
    ],
  });
};
