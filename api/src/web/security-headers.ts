import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { AppConfig } from '../config/config.js';

/**
 * Security headers on every response (helmet). The content security policy allows only this
 * origin: the web app's scripts, styles and fonts are files of its own (Mantine also sets inline
 * styles, hence 'unsafe-inline' for styles only), images may be data:/blob: URLs (QR codes, floor
 * plans being uploaded), and GraphQL and its websocket are same-origin. HSTS and upgrading
 * requests only when the public address is https, i.e. behind TLS.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const tls = config.publicUrl?.startsWith('https://') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(tls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
