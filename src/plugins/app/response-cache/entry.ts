import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { keptOnNotModified } from '../../../lib/conditional-get.js';

/**
 * A stored response: the headers and body that went on the wire, as the lists a hit hands to
 * `writeHead` as they are (writeHead turns a flat list into the header block at once, so one
 * list per entry is reused and a hit builds no header object).
 */
export type StoredResponse = {
  generation: number;
  size: number;
  body: Buffer;
  etag: string | undefined;
  /**
   * Headers for the 200 as a flat name/value list, content-length included, ending in an
   * `x-request-id` slot that is filled in per hit.
   */
  headers: string[];
  /** The same for a 304 (the headers keptOnNotModified keeps), made on the first 304. */
  notModifiedHeaders: string[] | null;
  /** Hit since the eviction sweep last passed it (second-chance eviction, see store.ts). */
  referenced: boolean;
};

/**
 * Hop-by-hop or per-request headers never replayed from the cache: a hit gets its own from the
 * hooks that run before the cache (request id, rate-limit counters) or from Node.
 */
const UNSTORED_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'x-request-id',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'ratelimit-policy',
]);

/** Request headers that may select a different response at the same URL; all are in the key. */
const KEYED_VARY = new Set(['accept', 'accept-encoding', 'accept-language', 'origin']);
/** Rough per-entry overhead of the Map slot, key string and header objects. */
const ENTRY_OVERHEAD = 1024;
const REQUEST_ID = 'x-request-id';

export function headerText(value: string | string[] | number | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Key: method, the URL in its canonical spelling (src/lib/canonical-query.ts, which `links.self`
 * states too, so equivalent spellings share one body) and the negotiated representation, the
 * pages' language included.
 */
export function cacheKey(url: string, headers: IncomingHttpHeaders): string {
  return `GET ${url}\n${headerText(headers.accept)}\n${headerText(headers['accept-encoding'])}\n${headerText(headers['accept-language'])}`;
}

/**
 * Whether a response with these headers may be stored: not private, no cookie, the same for
 * every origin, and varying on nothing the key leaves out.
 */
export function isStorable(headers: OutgoingHttpHeaders): boolean {
  if (headers['set-cookie'] !== undefined) return false;
  const cacheControl = headerText(headers['cache-control']).toLowerCase();
  if (/(^|[\s,])(no-store|private)([\s,=]|$)/.test(cacheControl)) return false;
  // Origin is not in the key: that only holds while reads answer every origin with `*`.
  const allowOrigin = headers['access-control-allow-origin'];
  if (allowOrigin !== undefined && allowOrigin !== '*') return false;
  const vary = headerText(headers.vary);
  if (vary === '') return true;
  return vary.split(',').every((name) => {
    const lower = name.trim().toLowerCase();
    return lower === '' || KEYED_VARY.has(lower);
  });
}

export function storedResponse(generation: number, key: string, headers: OutgoingHttpHeaders, body: Buffer): StoredResponse {
  const flat: string[] = [];
  let headerBytes = 0;
  let etag: string | undefined;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || UNSTORED_HEADERS.has(lower)) continue;
    if (lower === 'etag' && typeof value === 'string') etag = value;
    for (const item of Array.isArray(value) ? value : [String(value)]) {
      flat.push(lower, item);
      headerBytes += lower.length + item.length;
    }
  }
  flat.push('content-length', String(body.length), REQUEST_ID, '');
  return {
    generation,
    size: body.length + key.length + headerBytes + ENTRY_OVERHEAD,
    body,
    etag,
    headers: flat,
    notModifiedHeaders: null,
    referenced: false,
  };
}

/** The entry's 304 header list: the part of its 200 list a 304 carries, request-id slot last. */
export function notModifiedHeaders(entry: StoredResponse): string[] {
  if (entry.notModifiedHeaders === null) {
    const flat: string[] = [];
    for (let i = 0; i < entry.headers.length; i += 2) {
      const name = entry.headers[i] as string;
      if (keptOnNotModified(name)) flat.push(name, entry.headers[i + 1] as string);
    }
    entry.notModifiedHeaders = flat;
  }
  return entry.notModifiedHeaders;
}

/**
 * The stored list with the headers hooks before the cache's set (request id, rate-limit
 * counters) in place of its request-id slot; a stored header wins over an early one.
 */
export function withEarlyHeaders(
  stored: string[],
  early: Record<string, string | number | string[] | undefined>,
  notModified: boolean,
): string[] {
  const names = new Set<string>();
  for (let i = 0; i < stored.length - 2; i += 2) names.add(stored[i] as string);
  const merged = stored.slice(0, -2);
  for (const name in early) {
    const value = early[name];
    if (value === undefined || names.has(name) || (notModified && !keptOnNotModified(name))) continue;
    for (const item of Array.isArray(value) ? value : [String(value)]) merged.push(name, item);
  }
  return merged;
}
