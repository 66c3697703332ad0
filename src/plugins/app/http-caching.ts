import etag from '@fastify/etag';
import { Readable } from 'node:stream';
import fp from 'fastify-plugin';
import { bodyHash, codedEtag, isNotModified, keptOnNotModified, recordEtag, REVALIDATE } from '../../lib/conditional-get.js';
import { contentCoding } from '../../lib/content-coding.js';
import { varyOnAcceptEncoding } from '../../lib/vary.js';

declare module 'fastify' {
  interface FastifyReply {
    /** Version of the record in the body; turns the ETag into "v<version>-<hash>" for If-Match. */
    recordVersion: number | null;
  }
}

/**
 * Validators and caching headers of every routed response (src/lib/conditional-get.ts has the
 * rules): a record's ETag from its version, any other body's from its hash (@fastify/etag), then
 * made per content coding (src/lib/content-coding.ts),
 * Cache-Control and Vary on every read, and the 304 when If-None-Match matches, with only the
 * headers a 304 keeps. The three onSend hooks run in the order registered here, before
 * @fastify/compress's (per route, so after every app-wide one). @fastify/etag is registered here
 * rather than in plugins/external because its place between the other two is the logic.
 *
 * The hooks take a callback: an async hook costs every request a promise and a microtask turn,
 * and these run on every response.
 */
export default fp(
  async (app) => {
    app.decorateReply('recordVersion', null);
    app.addHook('onSend', (_request, reply, payload, done) => {
      // Before @fastify/etag, which keeps an ETag that is already set.
      if (reply.recordVersion !== null && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        reply.header('etag', recordEtag(reply.recordVersion, payload));
      }
      done(null, payload);
    });
    // @fastify/etag only tags; whether to answer 304 is decided below, by the rule every path uses.
    await app.register(etag, { hashFn: bodyHash, replyWith304: false });
    app.addHook('onSend', (request, reply, payload, done) => {
      const read = request.method === 'GET' || request.method === 'HEAD';
      // One tag per content coding (gzip and br bodies are representations of their own),
      // before the 304, which then carries the tag its 200 would have had.
      const etag = reply.getHeader('etag');
      if (typeof etag === 'string') {
        const coding = contentCoding(request.headers);
        if (coding !== null) {
          reply.header('etag', codedEtag(etag, coding));
          if (!read) varyOnAcceptEncoding(reply);
        }
      }
      if (read) {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', REVALIDATE);
        // Named on every read, not only when @fastify/compress compresses (it runs after this
        // hook and sees nothing to compress on a 304), so a 304 has the Vary its 200 had.
        varyOnAcceptEncoding(reply);
      }
      if (
        read &&
        reply.statusCode === 200 &&
        (typeof payload === 'string' || Buffer.isBuffer(payload)) &&
        isNotModified(request.headers['if-none-match'], reply.getHeader('etag'))
      ) {
        reply.code(304);
      }
      if (reply.statusCode === 304) {
        for (const name of Object.keys(reply.getHeaders())) if (!keptOnNotModified(name)) reply.removeHeader(name);
        if (payload instanceof Readable) payload.destroy();
        // For GET an empty payload would get `Content-Length: 0`, which RFC 9110 §8.6 forbids on a
        // 304 (it may only state the 200's length); no payload gets none. Fastify's HEAD hook runs
        // after this one, needs a payload and always states a length, so a HEAD gets an empty one.
        done(null, request.method === 'HEAD' ? '' : null);
        return;
      }
      done(null, payload);
    });
  },
  { name: 'http-caching' },
);
