import { CSV_FORMULA_NOTE } from '../lib/csv-cell.js';

/**
 * Every operation's responses as the spec states them (the route schemas give only their bodies):
 * problem+json for errors, the alternate formats a route declares in `produces`, the 304 and
 * the ETag every GET can answer, and the 429/500/503 any operation can.
 */

const STATUS_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created; Location names the new record',
  '304': 'Not Modified: the representation still matches the ETag sent in If-None-Match',
  '400': 'Invalid parameter or body; `errors` names each offending parameter or JSON pointer',
  '404': 'No such record or route',
  '406': 'None of the media types in Accept (or `format`) can be served',
  '401': 'Missing or wrong curator key (see WWW-Authenticate)',
  '409': 'Conflicts with the current state (already exists, already retracted)',
  '412': 'If-Match names a version that is no longer current',
  '413': 'Body larger than the configured limit',
  '415': 'Body is not application/json',
  '422': 'Well-formed but not acceptable: quote not verbatim in its source, unknown reference, reused Idempotency-Key',
  '428': 'If-Match is required',
  '429': 'Too many requests; see Retry-After',
  '500': 'Unexpected error; details are logged, never sent',
  '503': 'Overloaded, database busy or out of space, or not ready; see Retry-After. Nothing was written.',
};

/** Non-JSON representations a route can also serve, and how the spec describes their bodies. */
const ALTERNATE_BODIES: Record<string, Record<string, unknown>> = {
  'text/csv': {
    type: 'string',
    description: `RFC 4180 CSV with a header row; nested fields as dotted columns; every matching row. ${CSV_FORMULA_NOTE}.`,
  },
  'application/x-ndjson': { type: 'string', description: 'One JSON object per line; every matching row, streamed' },
  'application/ld+json': {
    type: 'object',
    description:
      'schema.org JSON-LD: ClaimReview for a claim; for a list, a `@graph` of ClaimReview, the page being in the `Link` and `X-Total-Count` headers; Dataset for /v1',
  },
  'application/zip': { type: 'string', contentMediaType: 'application/zip', description: 'A zip archive' },
  'application/vnd.sqlite3': {
    type: 'string',
    contentMediaType: 'application/vnd.sqlite3',
    description: 'A SQLite 3 database file',
  },
  'application/atom+xml': { type: 'string', description: 'An Atom feed (RFC 4287)' },
  'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"': {
    type: 'object',
    description: 'A W3C Web Annotation (JSON-LD)',
  },
  'text/plain': { type: 'string' },
  'text/html': {
    type: 'string',
    description: 'A server-rendered page, readable without JavaScript; errors are problem+json, or a page for browsers',
    example: '<!doctype html><html lang="en">…</html>',
  },
  'text/css': { type: 'string' },
  'text/javascript': { type: 'string' },
  'image/svg+xml': { type: 'string' },
};

export type RouteSchema = Record<string, unknown> & { response?: Record<string, unknown>; produces?: string[] };

/**
 * Gives every response its real media types: problem+json for errors, the alternate formats a
 * route declares in `produces`, and the 304 and 500 every GET can answer.
 */
export function describeResponses(schema: RouteSchema, method: string): RouteSchema {
  const { produces, response = {}, ...rest } = schema;
  const media = produces ?? ['application/json'];
  const out: Record<string, unknown> = {};
  for (const [status, body] of Object.entries(response)) {
    const description = STATUS_DESCRIPTIONS[status] ?? 'Response';
    if (Number(status) >= 400) {
      out[status] = { description, content: { 'application/problem+json': { schema: body } } };
    } else {
      const content = Object.fromEntries(
        media.map((type) => [
          type,
          { schema: type === 'application/json' || type === 'text/plain' ? body : ALTERNATE_BODIES[type] },
        ]),
      );
      out[status] = { description, content };
    }
  }
  // Rate limiting, load shedding and unexpected failures can answer any operation.
  for (const status of ['429', '500', '503']) {
    out[status] ??= {
      description: STATUS_DESCRIPTIONS[status],
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  const ok = out['200'] as Record<string, unknown> | undefined;
  if (method === 'GET' && ok !== undefined) {
    ok.headers = {
      ETag: { type: 'string', description: 'Strong validator of this representation; send it back in If-None-Match' },
      ...(media.includes('text/csv')
        ? {
            'X-Total-Count': { type: 'integer', description: 'Number of records matching the filters' },
            Link: { type: 'string', description: 'rel="next" link to the next page, when there is one' },
          }
        : {}),
    };
    out['304'] = { type: 'null', description: STATUS_DESCRIPTIONS['304'] };
  }
  return { ...rest, response: out };
}
