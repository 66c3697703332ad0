import type { ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import { DOCS_PREFIX } from '../../openapi/document.js';

/**
 * The headers helmet sets, computed once. @fastify/helmet rebuilds the helmet middleware (and
 * re-parses the CSP) on every request and adds two hooks; that was a tenth of the CPU of an
 * uncached list. helmet itself is the same library and policy; only the per-request work goes.
 */
function helmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Headers for every response but Swagger UI's: the set OWASP's REST Security Cheat Sheet asks of
 * API responses. Outside /docs the only HTML is the problem-type pages, which load nothing and
 * run nothing, so helmet's document-only headers (opener and agent-cluster isolation, DNS
 * prefetch, IE download and XSS-filter switches, Flash policy files) protect nothing there, and
 * were over half of a cached hit's header bytes. A JSON, CSV, text or problem-page response
 * loads nothing, so its CSP allows nothing, stricter than the page's; framing is refused
 * outright. HSTS is helmet's own value.
 */
function apiSecurityHeaders(page: Record<string, string>): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'strict-transport-security': page['strict-transport-security'] ?? 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'cross-origin',
  };
}

/**
 * Security headers on every response: helmet's full policy for Swagger UI, the REST set for the
 * rest, both built once at start and set by one callback-style onRequest hook.
 *
 * @see https://github.com/helmetjs/helmet
 */
export default fp(
  async (app) => {
    // Swagger UI (HTML) gets helmet's full policy; its inline bootstrap needs these sources.
    // Without helmet's default upgrade-insecure-requests: served over plain HTTP from any host
    // but localhost (a LAN address, a container on 0.0.0.0), it made the browser fetch every
    // asset over HTTPS, which this server does not speak, and the page stayed blank. Where TLS
    // is terminated in front, HSTS already keeps browsers on HTTPS.
    const pageHeaders = helmetHeaders({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    const apiHeaders = apiSecurityHeaders(pageHeaders);
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(request.url.startsWith(DOCS_PREFIX) ? pageHeaders : apiHeaders);
      done();
    });
  },
  { name: 'helmet' },
);
