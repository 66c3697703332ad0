import type { IncomingMessage } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { problem } from '../../lib/problem.js';
import { clientKeyOf, pluginStore, RequestCounts } from '../../lib/rate-limit-store.js';

/**
 * Counting for a request answered before Fastify routes it (a response-cache hit, see
 * src/plugins/app/response-cache/server-factory.ts), in the store the plugin's hook counts in.
 */
export type RateLimitBeforeRouting = {
  /**
   * Counts `req` when its client is under the limit and gives the headers the plugin's hook
   * would have set (a flat name/value list); null, counting nothing, when the client is at its
   * limit or has no address: Fastify must then route it, and its hook counts it and answers
   * the 429, so that answer has one source.
   */
  count(req: IncomingMessage): string[] | null;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** null when RATE_LIMIT_MAX=0: nothing to count. */
    rateLimitBeforeRouting: RateLimitBeforeRouting | null;
  }
}

/** `/health` and `/ready`, with or without a query string. */
function isHealthCheck(url: string): boolean {
  if (!url.startsWith('/health') && !url.startsWith('/ready')) return false;
  const end = url.charCodeAt(1) === 104 ? 7 : 6; // 'h'ealth or 'r'eady
  return url.length === end || url.charCodeAt(end) === 63; // '?'
}

const UNITS: [number, string][] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
  [1, 'millisecond'],
];

/** A window in plain words, exactly: 60000 → "1 minute", 90000 → "90 seconds", never rounded. */
export function describeWindow(ms: number): string {
  const [size, unit] = UNITS.find(([size]) => ms % size === 0) ?? [1, 'millisecond'];
  const n = ms / size;
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** What a client past the limit reads: the limit and its window, then how long to wait (also Retry-After). */
export function rateLimitDetail(max: number, windowMs: number, retryAfterSeconds: number): string {
  const wait = `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`;
  return `The rate limit is ${max} requests per ${describeWindow(windowMs)} per client, and this client has reached it; retry in ${wait} (the Retry-After header).`;
}

/**
 * Per-client rate limit (health checks exempt): RATE_LIMIT_MAX requests per RATE_LIMIT_WINDOW_MS, 429 problem+json past
 * it. RATE_LIMIT_MAX=0 registers nothing (limits left to a proxy).
 *
 * @see https://github.com/fastify/fastify-rate-limit
 */
export default fp(
  async (app) => {
    const { max, windowMs } = app.config.rateLimit;
    if (max === 0) {
      app.decorate('rateLimitBeforeRouting', null);
      return;
    }
    const counts = new RequestCounts(windowMs);
    const keyOf = clientKeyOf(app.config.trustProxy);
    const limit = String(max);
    await app.register(rateLimit, {
      // One app-wide onRequest hook instead of the plugin's per-route hooks: those run after every
      // app-wide hook, so a response-cache hit (answered in onRequest) and unknown URLs (404)
      // were never counted, and repeating a URL dodged the limit.
      global: false,
      max,
      timeWindow: windowMs,
      store: pluginStore(counts),
      // The same key as the count before routing, from the same raw request.
      keyGenerator: (request) => keyOf(request.raw) ?? request.ip,
      // The plugin's context gives the time left in the window (`after`, also its Retry-After),
      // not the window: the window is ours.
      errorResponseBuilder: (request, context) => ({
        ...problem(429, rateLimitDetail(context.max, windowMs, Math.ceil(context.ttl / 1000)), request.url),
        statusCode: 429,
      }),
    });
    const limiter = app.rateLimit();
    app.addHook('onRequest', function limited(request, reply, done) {
      // A load balancer's health checks: behind a proxy without TRUST_PROXY every client shares
      // one address, and a 429 there would take a healthy instance out of service.
      if (isHealthCheck(request.url)) {
        done();
        return;
      }
      limiter.call(this, request, reply).then(() => done(), done);
    });
    app.decorate('rateLimitBeforeRouting', {
      count(req) {
        const key = keyOf(req);
        if (key === undefined) return null;
        const now = Date.now();
        if (counts.peek(key, now) >= max) return null;
        const { current, ttl } = counts.increment(key, now);
        // As the plugin's hook sets them on a request under the limit.
        return [
          'x-ratelimit-limit',
          limit,
          'x-ratelimit-remaining',
          String(max - current),
          'x-ratelimit-reset',
          String(Math.ceil(ttl / 1000)),
        ];
      },
    } satisfies RateLimitBeforeRouting);
  },
  // An overloaded server sheds a request before counting it.
  { name: 'rate-limit', dependencies: ['request-id', 'under-pressure'] },
);
