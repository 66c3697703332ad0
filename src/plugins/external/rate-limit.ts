import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { problem } from '../../lib/problem.js';

/**
 * Per-client rate limit: RATE_LIMIT_MAX requests per RATE_LIMIT_WINDOW_MS, 429 problem+json past
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
    app.addHook('onRequest', app.rateLimit());
  },
  // An overloaded server sheds a request before counting it.
  { name: 'rate-limit', dependencies: ['request-id', 'under-pressure'] },
);
