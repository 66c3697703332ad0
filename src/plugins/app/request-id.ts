import fp from 'fastify-plugin';

/**
 * Every response names its request (`X-Request-Id`), as its log lines do: the id Fastify took
 * from `requestIdFor` (src/lib/request-id.ts), set first so even a 503 or 429 carries it.
 */
export default fp(
  async (app) => {
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      done();
    });
  },
  { name: 'request-id' },
);
