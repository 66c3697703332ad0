import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import { problem, PROBLEM_CONTENT_TYPE } from '../../lib/problem.js';

/**
 * Load shedding: 503 problem+json with Retry-After while the event loop lags past
 * MAX_EVENT_LOOP_DELAY_MS or memory is over MAX_RSS_BYTES (0 turns either check off).
 *
 * @see https://github.com/fastify/under-pressure
 */
export default fp(
  async (app) => {
    await app.register(underPressure, {
      maxEventLoopDelay: app.config.pressure.maxEventLoopDelayMs,
      maxRssBytes: app.config.pressure.maxRssBytes,
      retryAfter: 5,
      pressureHandler: (request, reply) => {
        reply
          .code(503)
          .header('retry-after', '5')
          .type(PROBLEM_CONTENT_TYPE)
          .send(problem(503, 'The service is overloaded; retry shortly.', request.url));
      },
    });
  },
  // Its 503 carries the request id like every other response.
  { name: 'under-pressure', dependencies: ['request-id'] },
);
