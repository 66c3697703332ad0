import compress from '@fastify/compress';
import type { onSendHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { CONTENT_CODINGS } from '../../lib/content-coding.js';

/**
 * NOTE: Fastify's internals, confined here: the onSend handler Fastify appends to the HEAD
 * route it makes for each GET (lib/head-route.js), found by its name. It states the body's
 * length and drops the body; @fastify/compress's handler, added to every route after it, then
 * found no body to compress, so a HEAD with Accept-Encoding: gzip reported the identity
 * Content-Length and no Content-Encoding while the GET was gzip (RFC 9110 §9.3.2: a HEAD has
 * the GET's header fields).
 */
const FASTIFY_HEAD_HANDLER = 'headRouteOnSendHandler';

/** The route's onSend handlers with Fastify's HEAD handler moved last, after compression. */
function headLast(onSend: onSendHookHandler | onSendHookHandler[] | undefined): onSendHookHandler[] | undefined {
  if (!Array.isArray(onSend)) return undefined;
  const at = onSend.findIndex((handler) => handler.name === FASTIFY_HEAD_HANDLER);
  if (at === -1 || at === onSend.length - 1) return undefined;
  return [...onSend.slice(0, at), ...onSend.slice(at + 1), onSend[at] as onSendHookHandler];
}

/**
 * Brotli, gzip or deflate for bodies over 1 KiB, as Accept-Encoding allows (the codings, and how
 * one is chosen, in src/lib/content-coding.ts, which the ETags follow). Its onSend hooks are
 * added per route, so they run after every app-wide one (the http-caching plugin's included).
 * A HEAD is compressed like its GET, to state the same Content-Encoding and Content-Length.
 *
 * @see https://github.com/fastify/fastify-compress
 */
export default fp(
  async (app) => {
    await app.register(compress, { threshold: 1024, encodings: [...CONTENT_CODINGS] });
    // After @fastify/compress's own onRoute hook, which adds its onSend handler.
    app.addHook('onRoute', (route) => {
      if (route.method !== 'HEAD') return;
      const reordered = headLast(route.onSend);
      if (reordered !== undefined) route.onSend = reordered;
    });
  },
  { name: 'compress' },
);
