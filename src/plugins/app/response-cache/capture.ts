import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { isNotModified, keptOnNotModified } from '../../../lib/conditional-get.js';
import { isStorable } from './entry.js';

/**
 * NOTE: this is the one file that patches Node's ServerResponse. To store exactly what went on
 * the wire, after every onSend hook (ETag, compression, CORS, helmet) has run, it wraps the
 * response's own `writeHead`, `write` and `end` for one response and puts them back on
 * 'finish'. That relies on Fastify sending through those three methods and on
 * light-my-request (app.inject) writing `end`'s chunk through `write`; the response-cache
 * tests go through both (app.inject and a listening server). Nothing else in the app touches a
 * response's methods.
 */

export type Capture = {
  /**
   * The client's If-None-Match, set aside so the route answers in full and the cache can be
   * filled; the 304 the client would have had is produced here instead, by the rule every path uses.
   */
  ifNoneMatch: string | undefined;
  /** Largest body kept; past it the response still goes out, uncaptured. */
  maxBytes: number;
  /** A 200 went out as a 304. */
  onNotModified(): void;
  /** The response finished with a 200 that may be stored: its headers and its whole body. */
  onStorable(headers: OutgoingHttpHeaders, body: Buffer): void;
};

/**
 * The body as one buffer of its own: small buffers from Buffer.from() are slices of a shared
 * 8 KiB pool, which an entry would otherwise keep alive whole, and the byte budget would miss.
 */
function ownedBody(chunks: Buffer[], size: number): Buffer {
  const body = Buffer.allocUnsafeSlow(size);
  let offset = 0;
  for (const chunk of chunks) offset += chunk.copy(body, offset);
  return body;
}

/** Records what the app writes on `res` (a streamed export is teed while it streams). */
export function captureResponse(res: ServerResponse, capture: Capture): void {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let status = 0;
  let headers: OutgoingHttpHeaders = {};
  let chunks: Buffer[] | null = [];
  let size = 0;
  let suppressBody = false;

  const collect = (chunk: unknown, encoding: unknown): void => {
    if (chunks === null || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : null;
    if (buffer === null) {
      chunks = null;
      return;
    }
    size += buffer.length;
    if (size > capture.maxBytes) chunks = null;
    else chunks.push(buffer);
  };

  res.writeHead = function patchedWriteHead(this: ServerResponse, code: number, ...rest: unknown[]) {
    status = code;
    const given = rest.find((r) => r !== null && typeof r === 'object') as OutgoingHttpHeaders | unknown[] | undefined;
    headers = { ...this.getHeaders(), ...(Array.isArray(given) ? {} : given) };
    if (Array.isArray(given) || !isStorable(headers)) chunks = null;
    if (code === 200 && isNotModified(capture.ifNoneMatch, headers.etag)) {
      suppressBody = true;
      const notModified: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(headers)) {
        if (keptOnNotModified(name) && value !== undefined) notModified[name] = value;
      }
      for (const name of this.getHeaderNames()) this.removeHeader(name);
      capture.onNotModified();
      return writeHead.call(this, 304, notModified);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, code, ...rest);
  } as typeof res.writeHead;

  // Some response implementations (light-my-request's) write end()'s chunk through write().
  let ending = false;

  res.write = function patchedWrite(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!ending) collect(chunk, rest[0]);
    if (suppressBody) {
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (callback !== undefined) process.nextTick(callback);
      return true;
    }
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;

  res.end = function patchedEnd(this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    ending = true;
    try {
      if (suppressBody) {
        const callback = [chunk, ...rest].find((r) => typeof r === 'function') as (() => void) | undefined;
        return (end as (...args: unknown[]) => ServerResponse).call(this, callback);
      }
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } finally {
      ending = false;
    }
  } as typeof res.end;

  res.once('finish', () => {
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    if (status === 200 && chunks !== null) capture.onStorable(headers, ownedBody(chunks, size));
  });
}
