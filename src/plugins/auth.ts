import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from '../lib/problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler for write routes: 401 unless a configured key is presented as a Bearer token. */
    requireCurator: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    /** Name of the key that authenticated this request (never the key itself). */
    curator?: string;
  }
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Bearer-key authentication for curators. Keys are hashed at start and compared as digests in
 * constant time, so neither the keys nor their length leak through timing. Keys in the query
 * string are never looked at.
 */
export default fp(
  async (app, opts: { apiKeys: { name: string; key: string }[] }) => {
    const known = opts.apiKeys.map(({ name, key }) => ({ name, digest: digest(key) }));

    app.decorateRequest('curator', undefined);
    app.decorate('requireCurator', async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers.authorization;
      const match = typeof header === 'string' ? /^Bearer ([^\s]+)$/.exec(header) : null;
      if (match?.[1] !== undefined) {
        const presented = digest(match[1]);
        let found: string | undefined;
        for (const candidate of known) {
          if (timingSafeEqual(candidate.digest, presented)) found = candidate.name;
        }
        if (found !== undefined) {
          request.curator = found;
          return;
        }
      }
      reply.header('www-authenticate', 'Bearer realm="allies-api", error="invalid_token"');
      await sendProblem(request, reply, 401, 'A valid curator key is required: send it as "Authorization: Bearer <key>".');
      return reply;
    });
  },
  { name: 'auth' },
);
