import cors from '@fastify/cors';
import fp from 'fastify-plugin';

const EXPOSED_HEADERS = ['ETag', 'Link', 'X-Total-Count', 'X-Request-Id', 'Content-Disposition', 'Retry-After'];

/**
 * CORS: reads are open to every origin (`*`), writes only to CORS_ORIGINS. The options are built
 * once: @fastify/cors normalizes whatever the delegator returns on every request.
 *
 * @see https://github.com/fastify/fastify-cors
 */
export default fp(
  async (app) => {
    const shared = {
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    };
    const readOptions = { ...shared, origin: '*', methods: ['GET', 'HEAD'] };
    const writeMethods = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'];
    const refusedWrite = { ...shared, origin: false, methods: writeMethods };
    const allowedWrite = new Map(app.config.corsOrigins.map((origin) => [origin, { ...shared, origin, methods: writeMethods }]));
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
  },
  // It adds the preflight route (OPTIONS *), which the inventory must see.
  { name: 'cors', dependencies: ['registered-routes'] },
);
