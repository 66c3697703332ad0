import accepts from '@fastify/accepts';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

const EXPOSED_HEADERS = ['ETag', 'Link', 'X-Total-Count', 'X-Request-Id', 'Content-Disposition'];

/**
 * Transport concerns shared by every route: security headers, CORS, content negotiation,
 * compression and validators. Reads are open to every origin; writes are limited to the
 * configured origins.
 */
export default fp(
  async (app, opts: { corsOrigins: string[] }) => {
    await app.register(helmet, {
      // The API serves JSON; the only HTML is Swagger UI, whose inline bootstrap needs these.
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
    await app.register(cors, {
      delegator: (request, callback) => {
        const method = (request.headers['access-control-request-method'] ?? request.method).toUpperCase();
        const isRead = method === 'GET' || method === 'HEAD';
        const origin = request.headers.origin;
        callback(null, {
          origin: isRead ? '*' : origin !== undefined && opts.corsOrigins.includes(origin) ? origin : false,
          methods: isRead ? ['GET', 'HEAD'] : ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
          exposedHeaders: EXPOSED_HEADERS,
          maxAge: 600,
        });
      },
    });
    await app.register(accepts);
    await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
    await app.register(etag, { algorithm: 'sha1' });
    app.addHook('onSend', async (request, reply) => {
      if ((request.method === 'GET' || request.method === 'HEAD') && !reply.hasHeader('cache-control')) {
        // Clients may store responses but must revalidate, so a write is visible on the next read.
        reply.header('cache-control', 'public, no-cache');
      }
    });
  },
  { name: 'security' },
);
