import accepts from '@fastify/accepts';
import fp from 'fastify-plugin';

/**
 * `request.accepts()`, which src/lib/representation.ts's `negotiate` asks which media type fits.
 *
 * @see https://github.com/fastify/fastify-accepts
 */
export default fp(
  async (app) => {
    await app.register(accepts);
  },
  { name: 'accepts' },
);
