import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type RequestHandler } from 'express';

/** Vite names every file under assets/ after its content hash, so a browser may keep it forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Paths the web app never owns: the API, the health check and metrics, sign-in at the provider, calendar feeds and (missing) hashed assets. */
const NOT_THE_APP = ['/graphql', '/health', '/metrics', '/assets', '/auth', '/ical'];

/**
 * Serves the built web app from `dir` on the API's own port: static files, and index.html for any
 * other page a browser navigates to (the app routes on the client). Returns false, and serves
 * nothing, when the web app has not been built; the API works without it.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = join(dir, 'assets') + sep;
  app.use(
    express.static(dir, {
      index: false,
      redirect: false,
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(assets) ? IMMUTABLE : 'no-cache'),
    }),
  );
  app.use(spaFallback(index));
  return true;
}

function spaFallback(index: string): RequestHandler {
  return (req, res, next) => {
    const ownedElsewhere = NOT_THE_APP.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
    if (ownedElsewhere || !wantsPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (err) => {
      if (err) next(err);
    });
  };
}
