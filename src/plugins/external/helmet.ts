import type { ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import { DOCS_PREFIX } from '../../openapi/document.js';
import { isPagePath } from '../../pages/paths.js';

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
 * Headers for every response but the pages' (Swagger UI, the explorer): the set OWASP's REST
 * Security Cheat Sheet asks of API responses. Outside those the only HTML is the problem-type
 * pages, which load nothing and run nothing, so helmet's document-only headers (opener and
 * agent-cluster isolation, DNS prefetch, IE download and XSS-filter switches, Flash policy files)
 * protect nothing there, and were over half of a cached hit's header bytes. A JSON, CSV, text or
 * problem-page response loads nothing, so its CSP allows nothing, stricter than the page's;
 * framing is refused outright. HSTS is helmet's own value.
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
 * The explorer's pages (src/routes/pages) load only this origin's stylesheet, script and icon:
 * no inline script or style, nothing from another host, forms only to this origin, no framing.
 * Not `upgrade-insecure-requests`: behind plain HTTP on a name other than localhost it would send
 * the stylesheet's request to https and lose it. Nor the opener and agent-cluster isolation
 * headers: they take effect only on a secure origin and make browsers report an error elsewhere,
 * and the pages share no state another window could use.
 */
const PAGE_POLICY: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
};

/**
 * Security headers on every response: helmet's full policy for Swagger UI and, with a policy of
 * their own, for the pages; the REST set for the rest. All built once at start and set by one
 * callback-style onRequest hook.
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
    const explorerHeaders = helmetHeaders(PAGE_POLICY);
    app.addHook('onRequest', (request, reply, done) => {
      const url = request.url;
      reply.headers(url.startsWith(DOCS_PREFIX) ? pageHeaders : isPagePath(url) ? explorerHeaders : apiHeaders);
      done();
    });
  },
  { name: 'helmet' },
);
