import { hash } from 'node:crypto';
import accepts from '@fastify/accepts';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { ifNoneMatchMatches, keptOnNotModified } from '../lib/not-modified.js';
import { problem, PROBLEM_CONTENT_TYPE } from '../lib/problem.js';
import { addVary } from '../lib/representation.js';

const EXPOSED_HEADERS = ['ETag', 'Link', 'X-Total-Count', 'X-Request-Id', 'Content-Disposition', 'Retry-After'];

/**
 * The headers helmet sets, computed once. @fastify/helmet rebuilds the helmet middleware (and
 * re-parses the CSP) on every request and adds two hooks; that was a tenth of the CPU of an
 * uncached list. helmet itself is the same library and policy; only the per-request work goes.
 */
export function helmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
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

/** Where Swagger UI is served: the only HTML. */
export const DOCS_PREFIX = '/docs';

/**
 * Headers for every response but Swagger UI's: the set OWASP's REST Security Cheat Sheet asks of
 * API responses. Nothing outside /docs is HTML, so helmet's document-only headers (opener and
 * agent-cluster isolation, DNS prefetch, IE download and XSS-filter switches, Flash policy
 * files) protect nothing there, and were over half of a cached hit's header bytes. A JSON, CSV
 * or text response loads nothing, so its CSP allows nothing, stricter than the page's; framing
 * is refused outright. HSTS is helmet's own value.
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
 * Transport concerns shared by every route: load shedding, rate limits, security headers,
 * CORS, content negotiation, compression and validators. Reads are open to every origin;
 * writes only to the configured ones.
 */
export default fp(
  async (app, config: Config) => {
    await app.register(underPressure, {
      maxEventLoopDelay: config.pressure.maxEventLoopDelayMs,
      maxRssBytes: config.pressure.maxRssBytes,
      retryAfter: 5,
      pressureHandler: (request, reply) => {
        reply
          .code(503)
          .header('retry-after', '5')
          .type(PROBLEM_CONTENT_TYPE)
          .send(problem(503, 'The service is overloaded; retry shortly.', request.url));
      },
    });
    if (config.rateLimit.max > 0) {
      await app.register(rateLimit, {
        // One app-wide onRequest hook instead of the plugin's per-route hooks: those run after every
        // app-wide hook, so a response-cache hit (answered in onRequest) and unknown URLs (404)
        // were never counted, and repeating a URL dodged the limit.
        global: false,
        max: config.rateLimit.max,
        timeWindow: config.rateLimit.windowMs,
        errorResponseBuilder: (request, context) => ({
          ...problem(429, `Rate limit of ${context.max} requests per ${context.after} exceeded; retry later.`, request.url),
          statusCode: 429,
        }),
      });
      app.addHook('onRequest', app.rateLimit());
    }
    // Swagger UI (HTML) gets helmet's full policy; its inline bootstrap needs these sources.
    const pageHeaders = helmetHeaders({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    const apiHeaders = apiSecurityHeaders(pageHeaders);
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(request.url.startsWith(DOCS_PREFIX) ? pageHeaders : apiHeaders);
      done();
    });
    // Built once: @fastify/cors normalizes whatever the delegator returns on every request.
    const shared = {
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    };
    const readOptions = { ...shared, origin: '*', methods: ['GET', 'HEAD'] };
    const writeMethods = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'];
    const refusedWrite = { ...shared, origin: false, methods: writeMethods };
    const allowedWrite = new Map(config.corsOrigins.map((origin) => [origin, { ...shared, origin, methods: writeMethods }]));
    await app.register(cors, {
      delegator: (request, callback) => {
        const method = (request.headers['access-control-request-method'] ?? request.method).toUpperCase();
        if (method === 'GET' || method === 'HEAD') {
          callback(null, readOptions);
          return;
        }
        const origin = request.headers.origin;
        callback(null, (origin === undefined ? undefined : allowedWrite.get(origin)) ?? refusedWrite);
      },
    });
    await app.register(accepts);
    await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
    app.decorateReply('recordVersion', null);
    // This file's hooks take a callback: an async hook costs every request a promise and a
    // microtask turn, and these run on every response.
    app.addHook('onSend', (_request, reply, payload, done) => {
      // Runs before @fastify/etag, which keeps an ETag that is already set.
      if (reply.recordVersion !== null && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        reply.header('etag', `"v${reply.recordVersion}-${hash('sha1', payload, 'base64url').slice(0, 27)}"`);
      }
      done(null, payload);
    });
    // @fastify/etag only tags; whether to answer 304 is decided below, by the rule every path uses.
    await app.register(etag, { hashFn: (payload) => hash('sha1', payload, 'base64'), replyWith304: false });
    app.addHook('onSend', (request, reply, payload, done) => {
      const read = request.method === 'GET' || request.method === 'HEAD';
      if (read) {
        // Clients may store responses but must revalidate, so a write is visible on the next read.
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, no-cache');
        // Named on every read, not only when @fastify/compress compresses (it runs after this
        // hook and sees nothing to compress on a 304), so a 304 has the Vary its 200 had.
        // Lower case: that is how @fastify/compress looks for it.
        addVary(reply, 'accept-encoding');
      }
      const ifNoneMatch = request.headers['if-none-match'];
      const tag = reply.getHeader('etag');
      if (
        read &&
        reply.statusCode === 200 &&
        ifNoneMatch !== undefined &&
        typeof tag === 'string' &&
        (typeof payload === 'string' || Buffer.isBuffer(payload)) &&
        ifNoneMatchMatches(ifNoneMatch, tag)
      ) {
        reply.code(304);
      }
      if (reply.statusCode === 304) {
        for (const name of Object.keys(reply.getHeaders())) if (!keptOnNotModified(name)) reply.removeHeader(name);
        if (payload instanceof Readable) payload.destroy();
        // For GET an empty payload would get `Content-Length: 0`, which RFC 9110 §8.6 forbids on a
        // 304 (it may only state the 200's length); no payload gets none. Fastify's HEAD hook runs
        // after this one, needs a payload and always states a length, so a HEAD gets an empty one.
        done(null, request.method === 'HEAD' ? '' : null);
        return;
      }
      done(null, payload);
    });
  },
  { name: 'security' },
);
