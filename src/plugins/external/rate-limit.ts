import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { problem } from '../../lib/problem.js';

/** `/health` and `/ready`, with or without a query string. */
function isHealthCheck(url: string): boolean {
  if (!url.startsWith('/health') && !url.startsWith('/ready')) return false;
  const end = url.charCodeAt(1) === 104 ? 7 : 6; // 'h'ealth or 'r'eady
  return url.length === end || url.charCodeAt(end) === 63; // '?'
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
      errorResponseBuilder: (request, context) => ({
        ...problem(429, `Rate limit of ${context.max} requests per ${context.after} exceeded; retry later.`, request.url),
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
