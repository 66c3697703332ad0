import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from '../../lib/problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler for write routes: 401 unless a configured key is presented as a Bearer token. */
    requireCurator: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;
  }
  interface FastifyRequest {
    /** Name of the key that authenticated this request (never the key itself). */
    curator?: string;
  }
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

const MAX_TRACKED_CLIENTS = 10_000;

/**
 * Bearer-key authentication for curators. Keys are hashed at start and compared as digests in
 * constant time, so neither the keys nor their length leak through timing. Keys in the query
 * string are never looked at. Failed attempts count in a stricter per-IP bucket than the
 * general rate limit: past `failureLimit` in a window, even a right key gets 429.
 */
export default fp(
  async (app) => {
    const { authFailures: failureLimit, windowMs } = app.config.rateLimit;
    const known = app.config.apiKeys.map(({ name, key }) => ({ name, digest: digest(key) }));
    const failures = new Map<string, { count: number; resetAt: number }>();

    function blocked(ip: string, now: number): number | null {
      const entry = failures.get(ip);
      if (entry === undefined || entry.resetAt <= now) return null;
      return entry.count >= failureLimit ? Math.ceil((entry.resetAt - now) / 1000) : null;
    }

    function recordFailure(ip: string, now: number): void {
      const entry = failures.get(ip);
      if (entry === undefined || entry.resetAt <= now) {
        if (failures.size >= MAX_TRACKED_CLIENTS) failures.delete(failures.keys().next().value ?? '');
        failures.set(ip, { count: 1, resetAt: now + windowMs });
      } else entry.count += 1;
    }

    app.decorateRequest('curator', undefined);
    app.decorate('requireCurator', async (request: FastifyRequest, reply: FastifyReply) => {
      const now = Date.now();
      const wait = blocked(request.ip, now);
      if (wait !== null) {
        reply.header('retry-after', String(wait));
        return sendProblem(request, reply, 429, 'Too many failed authentication attempts from this address; retry later.');
      }
      const header = request.headers.authorization;
      // RFC 9110 §11.1: the scheme is case-insensitive (`bearer`, `BEARER`); the key is exact.
      const match = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header) : null;
      if (match?.[1] !== undefined) {
        const presented = digest(match[1]);
        let found: string | undefined;
        for (const candidate of known) {
          if (timingSafeEqual(candidate.digest, presented)) found = candidate.name;
        }
        if (found !== undefined) {
          request.curator = found;
          return undefined;
        }
      }
      recordFailure(request.ip, now);
      reply.header('www-authenticate', 'Bearer realm="allies-api"');
      return sendProblem(request, reply, 401, 'A valid curator key is required: send it as "Authorization: Bearer <key>".');
    });
  },
  { name: 'auth' },
);
