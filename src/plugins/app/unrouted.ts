import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay from 'find-my-way';
import { sendProblem } from '../../lib/problem.js';
import { MAX_PARAM_LENGTH } from './errors.js';

/** Every method a route here answers, and OPTIONS, which any path answers (CORS preflights). */
const SERVER_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'];

/** What a Location header may carry as it is. */
const PRINTABLE = /^[\x21-\x7e]+$/;

/** A path with a trailing slash or an empty segment, as a client may mistype it (`/v1/claims/`, `/v1//claims`). */
function canonicalPath(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.replace(/\/+$/, '') : collapsed;
}

/**
 * Requests no route takes: Fastify's not-found handler, which runs after the app-wide hooks
 * (request id, rate limit, CORS), so it costs a routed request nothing.
 *
 * - a path spelled with a trailing or a doubled slash is redirected (308, method and body kept)
 *   to the one the spec names, when that one exists: it is not served, since caches, links and
 *   the spec know only the canonical one;
 * - a path that exists under other methods: 405 with `Allow` (RFC 9110 §15.5.6);
 * - OPTIONS without a CORS preflight, on a path that exists or on `*`: 204 with `Allow`;
 * - a CORS preflight that the CORS policy refused (a write from an origin not in CORS_ORIGINS):
 *   403 saying so, without CORS headers, rather than a 404 that sends one looking for the route;
 * - anything else: 404.
 *
 * Which methods a path has is asked of a find-my-way router holding every registered route,
 * the router Fastify itself routes with, so both agree on what a path matches.
 */
export default fp(
  async (app) => {
    const router = FindMyWay({ maxParamLength: MAX_PARAM_LENGTH });
    app.addHook('onReady', (done) => {
      for (const route of app.registeredRoutes) {
        // The CORS plugin's preflight route answers OPTIONS on every path; it says nothing of a path.
        if (route.method === 'OPTIONS' && route.url === '*') continue;
        if (!router.hasRoute(route.method as FindMyWay.HTTPMethod, route.url)) {
          router.on(route.method as FindMyWay.HTTPMethod, route.url, () => undefined);
        }
      }
      done();
    });

    function methodsOf(path: string): string[] {
      const methods = SERVER_METHODS.filter(
        (method) => method !== 'OPTIONS' && router.find(method as FindMyWay.HTTPMethod, path) !== null,
      );
      return methods.length === 0 ? methods : [...methods, 'OPTIONS'];
    }

    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
      const { method, url } = request;
      if (method === 'OPTIONS' && url === '*') {
        return reply.code(204).header('allow', SERVER_METHODS.join(', ')).send();
      }
      const queryAt = url.indexOf('?');
      const path = queryAt === -1 ? url : url.slice(0, queryAt);
      const canonical = canonicalPath(path);
      if (canonical !== path && PRINTABLE.test(canonical) && methodsOf(canonical).length > 0) {
        return reply
          .code(308)
          .header('location', `${canonical}${queryAt === -1 ? '' : url.slice(queryAt)}`)
          .send();
      }
      const allowed = methodsOf(path);
      if (allowed.length === 0) return sendProblem(request, reply, 404, `No route matches ${method} ${path}.`);
      reply.header('allow', allowed.join(', '));
      if (method === 'OPTIONS') {
        if (request.headers['access-control-request-method'] === undefined || request.headers.origin === undefined) {
          return reply.code(204).send();
        }
        return sendProblem(
          request,
          reply,
          403,
          `Cross-origin ${String(request.headers['access-control-request-method']).toUpperCase()} requests are not allowed from ${request.headers.origin}: reads are open to every origin, writes only to the origins the server lists in CORS_ORIGINS.`,
        );
      }
      return sendProblem(request, reply, 405, `${method} is not allowed on ${path}; it answers ${allowed.join(', ')}.`);
    });
  },
  { name: 'unrouted', dependencies: ['registered-routes', 'errors'] },
);
