import fp from 'fastify-plugin';
import { z } from 'zod';
import { canonicalUrl } from '../../lib/canonical-query.js';
import { isCommaList } from '../../schemas/common.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The canonical spelling of a request URL (src/lib/canonical-query.ts): the response
     * cache's key, and what `links.self` states.
     */
    canonicalUrl(url: string): string;
  }
}

/** Distinct URLs whose canonical form is remembered; past that it starts again. */
const REMEMBERED = 4096;
/** Longer URLs are not remembered, so the memory kept stays a few MB whatever clients send. */
const REMEMBERED_LENGTH = 512;

/**
 * Knows which query parameters are comma lists (from every route's querystring schema, as the
 * routes are added) and puts `canonicalUrl` on the app. A parameter that is a list on one route
 * and not on another would make one spelling mean two things, so it stops the start.
 *
 * A URL's canonical form is remembered: a response-cache hit looks it up on every request, and
 * computing it (parsing and rebuilding the query) would cost a hit a few microseconds.
 */
export default fp(
  async (app) => {
    const listParams = new Set<string>();
    const otherParams = new Set<string>();
    app.addHook('onRoute', (route) => {
      const querystring = route.schema?.querystring;
      if (!(querystring instanceof z.ZodObject)) return;
      for (const [name, schema] of Object.entries(querystring.shape as Record<string, z.ZodType>)) {
        const list = isCommaList(schema);
        (list ? listParams : otherParams).add(name);
        if (listParams.has(name) && otherParams.has(name)) {
          throw new Error(`query parameter "${name}" is a comma list on some routes and not on others (${route.url})`);
        }
      }
    });

    const remembered = new Map<string, string>();
    app.decorate('canonicalUrl', (url: string): string => {
      if (!url.includes('?')) return url;
      if (url.length > REMEMBERED_LENGTH) return canonicalUrl(url, listParams);
      let canonical = remembered.get(url);
      if (canonical === undefined) {
        canonical = canonicalUrl(url, listParams);
        if (remembered.size >= REMEMBERED) remembered.clear();
        remembered.set(url, canonical);
      }
      return canonical;
    });
  },
  { name: 'canonical-query' },
);
