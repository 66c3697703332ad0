import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { problem } from '../../lib/problem.js';

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
    if (max === 0) return;
    await app.register(rateLimit, {
      // One app-wide onRequest hook instead of the plugin's per-route hooks: those run after every
      // app-wide hook, so a response-cache hit (answered in onRequest) and unknown URLs (404)
      // were never counted, and repeating a URL dodged the limit.
      global: false,
      max,
      timeWindow: windowMs,
      // The plugin's context gives the time left in the window (`after`, also its Retry-After),
      // not the window: the window is ours.
      errorResponseBuilder: (request, context) => ({
        ...problem(429, rateLimitDetail(context.max, windowMs, Math.ceil(context.ttl / 1000)), request.url),
        statusCode: 429,
      }),
    });
    const limit = app.rateLimit();
    app.addHook('onRequest', function limited(request, reply, done) {
      // A load balancer's health checks: behind a proxy without TRUST_PROXY every client shares
      // one address, and a 429 there would take a healthy instance out of service.
      if (isHealthCheck(request.url)) {
        done();
        return;
      }
      limit.call(this, request, reply).then(() => done(), done);
    });
  },
  // An overloaded server sheds a request before counting it.
  { name: 'rate-limit', dependencies: ['request-id', 'under-pressure'] },
);
