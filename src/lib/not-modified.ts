/**
 * The headers a 304 carries, whichever path answers it: a response-cache hit, the cache filling
 * itself from a conditional request, or the security plugin's last onSend hook for everything
 * the cache does not answer (cache off, exports, misses the cache does not store).
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

/** RFC 9110 §13.1.2: weak comparison against each entity tag in the list, or `*`. */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  // What a revalidating client almost always sends: the one tag it was given, as given.
  if (header === etag) return true;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const raw of trimmed.split(',')) {
    const tag = raw.trim();
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === opaque) return true;
  }
  return false;
}
