import { hash } from 'node:crypto';

/**
 * Conditional GET (RFC 9110 §13): how this API's validators are made and when a read is
 * answered 304 Not Modified. Pure functions; the http-caching plugin applies them to every
 * routed response, the response cache to its hits, the list exports before they query.
 */

/** Cache-Control of every read that sets none: clients may store it but must revalidate first. */
export const REVALIDATE = 'public, no-cache';

/**
 * A record's ETag, `"v<version>-<hash of the body>"`: If-Match compares only the version (see
 * `versionsInIfMatch`), If-None-Match the whole tag, so a change elsewhere (a country renamed in
 * an embedded object) moves the tag without making a curator's copy stale.
 */
export function recordEtag(version: number, body: string | Buffer): string {
  return `"v${version}-${hash('sha1', body, 'base64url').slice(0, 27)}"`;
}

/** The versions named by an If-Match of record ETags (`"v3-…"`, or `"v3"`); other tags name none. */
export function versionsInIfMatch(header: string): number[] {
  return header
    .split(',')
    .map((tag) => /^\s*"v(\d+)(?:-[^"]*)?"\s*$/.exec(tag)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
}

/** The hash inside the strong ETag of any other body (given to @fastify/etag, which quotes it). */
export function bodyHash(body: string | Buffer): string {
  return hash('sha1', body, 'base64');
}

/**
 * The ETag of a streamed export, which cannot be hashed before it is sent: the dataset version
 * (it moves with every write) and the exact request and representation.
 */
export function exportEtag(datasetVersion: number, format: string, url: string): string {
  return `"x${datasetVersion}-${hash('sha1', `${format} ${url}`, 'base64url').slice(0, 22)}"`;
}

/**
 * The ETag of the `coding` (gzip, br…) representation of a response whose identity ETag is
 * `etag`: `"abc"` becomes `"abc.gzip"` (no tag made here contains a dot otherwise). RFC 9110
 * §8.8.3: a strong tag names one representation, and a compressed body is one of its own. A
 * weak tag may stand for all of them and is left as it is.
 */
export function codedEtag(etag: string, coding: string | null): string {
  if (coding === null || etag.startsWith('W/') || !etag.endsWith('"')) return etag;
  return `${etag.slice(0, -1)}.${coding}"`;
}

const CODING_SUFFIX = /\.(?:br|gzip|deflate)"$/;

/** The entity tag without W/ and without the coding codedEtag added: what two codings of one response share. */
function opaqueTag(tag: string): string {
  const strong = tag.startsWith('W/') ? tag.slice(2) : tag;
  return CODING_SUFFIX.test(strong) ? strong.replace(CODING_SUFFIX, '"') : strong;
}

/**
 * RFC 9110 §13.1.2: weak comparison against each entity tag in the list, or `*`. The tags of one
 * response's codings match each other, so a client (or a shared cache) holding the gzip
 * representation gets its 304 whichever coding it asks for next.
 */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  // What a revalidating client almost always sends: the one tag it was given, as given.
  if (header === etag) return true;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const opaque = opaqueTag(etag);
  for (const raw of trimmed.split(',')) {
    if (opaqueTag(raw.trim()) === opaque) return true;
  }
  return false;
}

/**
 * The one rule for 304, whichever path answers (a response-cache hit, the cache filling itself,
 * the http-caching plugin's last onSend hook, a list export before its query): a read whose 200
 * would carry `etag` is answered 304 when the client's If-None-Match matches it.
 */
export function isNotModified(ifNoneMatch: string | undefined, etag: unknown): boolean {
  return ifNoneMatch !== undefined && typeof etag === 'string' && ifNoneMatchMatches(ifNoneMatch, etag);
}

/**
 * The headers a 304 carries, whichever path answers it.
 *
 * RFC 9110 §15.4.5: the fields a 200 would have had that guide caches (Cache-Control,
 * Content-Location, Date, ETag, Expires, Vary) and no other representation metadata. A client
 * updates the 200 it stored with the 304's fields (RFC 9111 §4.3.4), so that 200 keeps its
 * Content-Type, security headers, Link and X-Total-Count; on a response with no body those
 * guard nothing and were most of a 304's bytes. CORS headers stay because a script that sends
 * its own If-None-Match receives the 304 itself, and the browser checks CORS on it. The request
 * id and rate-limit counters describe this request, not the representation.
 */
const KEPT = new Set(['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary', 'x-request-id']);
const KEPT_PREFIXES = ['access-control-', 'x-ratelimit-', 'ratelimit-'];

export function keptOnNotModified(name: string): boolean {
  const lower = name.toLowerCase();
  return KEPT.has(lower) || KEPT_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
