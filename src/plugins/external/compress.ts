import compress from '@fastify/compress';
import fp from 'fastify-plugin';

/**
 * Brotli, gzip or deflate for bodies over 1 KiB, as Accept-Encoding allows. Its onSend hooks are
 * added per route, so they run after every app-wide one (the http-caching plugin's included).
 *
 * @see https://github.com/fastify/fastify-compress
 */
export default fp(
  async (app) => {
    await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  },
  { name: 'compress' },
);
