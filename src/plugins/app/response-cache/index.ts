import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { isNotModified } from '../../../lib/conditional-get.js';
import { loggableUrl } from '../../../lib/redact.js';
import { requestIdFor } from '../../../lib/request-id.js';
import { captureResponse } from './capture.js';
import { cacheKey, notModifiedHeaders, storedResponse, withEarlyHeaders, type StoredResponse } from './entry.js';
import { PAGE_PREFIXES, underPrefix } from '../../../pages/paths.js';
import { answerBeforeRouting } from './server-factory.js';
import { LocalStore, type ResponseStore } from './store.js';

/**
 * Serialized-response cache for hot reads.
 *
 * A GET on a cacheable path is answered from memory (and a HEAD, with the GET's headers),
 * before validation, the handler or any other hook runs, when the same URL (in its canonical
 * spelling: src/lib/canonical-query.ts) was answered with a 200 for the same `Accept`,
 * `Accept-Encoding` and `Accept-Language` (the pages' language) at the current dataset version,
 * and stored (see the doorkeeper in store.ts). What is replayed is exactly what went on the wire
 * when it was stored (status line aside): the headers the app set and the body bytes, captured
 * from the raw response after every onSend hook (capture.ts), so a hit is byte-for-byte the miss
 * that filled it. A matching `If-None-Match` gets a 304, by the rule of src/lib/conditional-get.ts.
 *
 * A hit takes one of two paths: from Node's request event, before Fastify routes it
 * (server-factory.ts, `serveRaw` below), counted by the rate limiter's store as its hook would
 * count it; or from this plugin's onRequest hook, after the hooks registered before it (request
 * id, load shedding, rate limit), which is the path of app.inject() and of a client at its
 * limit (the limiter's hook answers its 429).
 *
 * Invalidation: entries carry the dataset generation (src/db/generation.ts) they were made
 * under. This process's writes are seen at once (the Writer reports its commits before
 * acknowledging them); commits by other processes within CACHE_VERSION_CHECK_MS. A response is
 * stored only under the generation read before its handler ran, re-read when it is stored, so
 * nothing older than a committed write is ever served.
 *
 * Never cached: methods other than GET (a HEAD is only answered from a GET's entry), statuses other than 200, `Cache-Control: no-store` or
 * `private`, `Set-Cookie`, requests carrying `Authorization` or a CORS preflight header, bodies
 * larger than the per-entry bound (a streamed export is teed while it streams and kept only if
 * it ends, complete, under that bound), and responses that vary on a request header other than
 * Accept, Accept-Encoding, Accept-Language or Origin (reads answer every origin the same, so
 * Origin is not part of the key). Memory is bounded by RESPONSE_CACHE_MB.
 */

export type ResponseCacheStats = {
  hits: number;
  notModified: number;
  misses: number;
  stores: number;
  /** Misses not stored because their key had not been asked for recently. */
  skipped: number;
  evictions: number;
  invalidations: number;
  entries: number;
  bytes: number;
  version: number | null;
};

export type ResponseCache = {
  readonly enabled: boolean;
  stats(): ResponseCacheStats;
  clear(): void;
  /**
   * Answers a hit straight from Node's request event, before Fastify routes the request; false
   * when it is not a hit (or not eligible) and Fastify must handle it.
   */
  serveRaw(req: IncomingMessage, res: ServerResponse): boolean;
};

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

/** Path prefixes served from the cache: the API under /v1, the OpenAPI document and the pages. */
const PREFIXES = ['/v1', '/openapi.', ...PAGE_PREFIXES];

const DISABLED: ResponseCache = {
  enabled: false,
  stats: () => ({
    hits: 0,
    notModified: 0,
    misses: 0,
    stores: 0,
    skipped: 0,
    evictions: 0,
    invalidations: 0,
    entries: 0,
    bytes: 0,
    version: null,
  }),
  clear: () => undefined,
  serveRaw: () => false,
};

/** Logs a hit answered before routing like a routed request, when requests are logged at all. */
function rawHitLogger(app: FastifyInstance) {
  if (!['info', 'debug', 'trace'].includes(app.config.logLevel)) return null;
  const keys = app.config.apiKeys.map((k) => k.key);
  return (req: IncomingMessage, res: ServerResponse, reqId: string, startedAt: number): void => {
    app.log.info(
      {
        reqId,
        req: { method: req.method, url: loggableUrl(req.url ?? '', keys), remoteAddress: req.socket.remoteAddress },
        res: { statusCode: res.statusCode },
        responseTime: performance.now() - startedAt,
        cache: 'hit',
      },
      'request completed',
    );
  };
}

export default fp(
  async (app) => {
    const maxBytes = Math.max(0, Math.floor(app.config.responseCacheMb * 1024 * 1024));
    if (maxBytes === 0) {
      app.decorate('responseCache', DISABLED);
      return;
    }
    /** Largest single response kept. */
    const maxEntryBytes = Math.min(maxBytes, Math.max(1, Math.floor(maxBytes / 4)));
    const datasetGeneration = app.generation;
    const store: ResponseStore<StoredResponse> = new LocalStore(maxBytes);
    const counters = { hits: 0, notModified: 0, misses: 0, stores: 0, skipped: 0 };
    const logRawHit = rawHitLogger(app);
    const canonical = app.canonicalUrl;
    const rateLimit = app.rateLimitBeforeRouting;

    /** GET, and HEAD, which a hit answers with the GET's headers (a HEAD miss is never stored). */
    function eligible(method: string | undefined, url: string, headers: IncomingHttpHeaders): boolean {
      if (method !== 'GET' && method !== 'HEAD') return false;
      let prefixed = false;
      for (const prefix of PREFIXES) {
        if (underPrefix(url, prefix)) {
          prefixed = true;
          break;
        }
      }
      if (!prefixed) return false;
      return headers.authorization === undefined && headers['access-control-request-method'] === undefined;
    }

    /** The generation now; a change empties the store before anything is looked up. */
    function observe(): number | null {
      const now = datasetGeneration.now();
      store.useGeneration(now);
      return now;
    }

    function serve(reply: FastifyReply, entry: StoredResponse, ifNoneMatch: string | undefined, head: boolean): void {
      const early = reply.getHeaders();
      reply.hijack();
      const res = reply.raw;
      if (isNotModified(ifNoneMatch, entry.etag)) {
        counters.notModified += 1;
        res.writeHead(304, withEarlyHeaders(notModifiedHeaders(entry), early, true));
        res.end();
        return;
      }
      counters.hits += 1;
      res.writeHead(200, withEarlyHeaders(entry.headers, early, false));
      if (head) res.end();
      else res.end(entry.body);
    }

    let closing = false;
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });

    function serveRaw(req: IncomingMessage, res: ServerResponse): boolean {
      // While closing, Fastify answers 503 with Connection: close; let it.
      if (closing) return false;
      const url = req.url ?? '';
      const headers = req.headers;
      if (!eligible(req.method, url, headers)) return false;
      const now = observe();
      if (now === null) return false;
      const entry = store.get(cacheKey(canonical(url), headers), now);
      if (entry === undefined) return false;
      // Counted here as the limiter's hook would count it; a client at its limit goes on to that hook.
      const limits = rateLimit === null ? null : rateLimit.count(req);
      if (rateLimit !== null && limits === null) return false;
      const startedAt = performance.now();
      const id = requestIdFor(req);
      if (isNotModified(headers['if-none-match'], entry.etag)) {
        counters.notModified += 1;
        const list = notModifiedHeaders(entry);
        list[list.length - 1] = id;
        res.writeHead(304, limits === null ? list : list.concat(limits));
        res.end();
      } else {
        counters.hits += 1;
        entry.headers[entry.headers.length - 1] = id;
        res.writeHead(200, limits === null ? entry.headers : entry.headers.concat(limits));
        if (req.method === 'HEAD') res.end();
        else res.end(entry.body);
      }
      logRawHit?.(req, res, id, startedAt);
      return true;
    }

    app.addHook('onRequest', (request, reply, done) => {
      if (!eligible(request.method, request.url, request.raw.headers)) {
        done();
        return;
      }
      const now = observe();
      if (now === null) {
        done();
        return;
      }
      const headers = request.raw.headers;
      const key = cacheKey(canonical(request.url), headers);
      const ifNoneMatch = headers['if-none-match'];
      const entry = store.get(key, now);
      if (entry !== undefined) {
        serve(reply, entry, ifNoneMatch, request.method === 'HEAD');
        return;
      }
      counters.misses += 1;
      if (request.method === 'HEAD') {
        done();
        return;
      }
      // Only a key asked for before recently is captured. Capturing costs every miss a copy of
      // its response and patched writes; before the budget was reached, every miss paid it, and
      // a cold load (every request a new URL) ran 15–20% slower with the cache than without.
      if (!store.admits(key)) {
        counters.skipped += 1;
        done();
        return;
      }
      if (ifNoneMatch !== undefined) delete headers['if-none-match'];
      captureResponse(reply.raw, {
        ifNoneMatch,
        maxBytes: maxEntryBytes,
        onNotModified: () => {
          counters.notModified += 1;
        },
        onStorable: (stored, body) => {
          // A write committed while this response was being built: it may predate the write. This
          // process's commits force a fresh read; another process's is seen within the reuse
          // window, the same bound hits have, after which the entry goes with its generation. (A
          // forced read here was a SQLite read transaction on every miss: misses are every
          // request of a cold load.)
          if (observe() !== now) return;
          const entry = storedResponse(now, key, stored, body);
          if (entry.size > maxEntryBytes) return;
          store.set(key, entry);
          counters.stores += 1;
        },
      });
      done();
    });

    app.addHook('onClose', async () => {
      store.clear();
    });

    app.decorate('responseCache', {
      enabled: true,
      stats: () => ({ ...counters, ...store.stats(), version: datasetGeneration.version }),
      clear: () => store.clear(),
      serveRaw,
    } satisfies ResponseCache);
    answerBeforeRouting(app.server, serveRaw);
  },
  {
    name: 'response-cache',
    // Load shedding and the rate limit see hits (a hit answers from onRequest, so hooks
    // registered after this one never run for it); the request id is set before a hit is served.
    dependencies: ['database', 'request-id', 'under-pressure', 'rate-limit', 'http-caching', 'canonical-query'],
  },
);
