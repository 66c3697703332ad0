import { Readable } from 'node:stream';
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { csvCell } from './csv-cell.js';
import { HttpProblem } from './problem.js';
import type { Snippet } from './snippet.js';

export const MEDIA_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
  jsonld: 'application/ld+json',
  atom: 'application/atom+xml',
  /** JSON-LD of the W3C Web Annotation profile (the evidence of a claim). */
  annotation: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
} as const;

export type Format = keyof typeof MEDIA_TYPES;

/** Picks a representation from `?format=` or else the Accept header; 406 when none fits. */
export function negotiate(request: FastifyRequest, formatParam: string | undefined, allowed: readonly Format[]): Format {
  if (formatParam !== undefined) {
    if ((allowed as readonly string[]).includes(formatParam)) return formatParam as Format;
    throw new HttpProblem(406, `format=${formatParam} is not available here; use one of: ${allowed.join(', ')}.`);
  }
  const types = allowed.map((f) => MEDIA_TYPES[f]);
  const chosen = request.accepts().type(types);
  const format = allowed.find((f) => MEDIA_TYPES[f] === chosen);
  if (format === undefined) {
    throw new HttpProblem(406, `None of the requested media types can be served; available: ${types.join(', ')}.`);
  }
  return format;
}

type Flat = Record<string, string | number | boolean | null>;

/** Nested objects become dotted columns (country.code); arrays are joined with "; ". */
export function flatten(value: Record<string, unknown>, prefix = '', out: Flat = {}): Flat {
  for (const [key, v] of Object.entries(value)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (v === null || v === undefined) out[name] = null;
    else if (Array.isArray(v)) out[name] = v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ');
    else if (typeof v === 'object') flatten(v as Record<string, unknown>, name, out);
    else out[name] = v as string | number | boolean;
  }
  return out;
}

const CSV_OPTIONS = { record_delimiter: '\r\n', cast: { boolean: (b: boolean) => String(b) } } as const;
/** Rows per csv-stringify call: each call sets up a stringifier, which cost more than a row. */
const CSV_BATCH = 100;

/**
 * RFC 4180 CSV (CRLF, quoted where needed, UTF-8 with a header row), streamed a batch of rows at
 * a time, text cells that a spreadsheet would run as formulas neutralised (csv-cell.ts). Columns come from the item schema's example row so an empty result still has its header.
 */
export async function* csvStream(columns: string[], rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  yield stringify([columns], CSV_OPTIONS);
  let batch: unknown[][] = [];
  for await (const row of rows) {
    const flat = flatten(row);
    batch.push(columns.map((c) => csvCell(flat[c] ?? '')));
    if (batch.length === CSV_BATCH) {
      yield stringify(batch, CSV_OPTIONS);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, CSV_OPTIONS);
}

/** One record of an NDJSON export: the downloads' files write the same lines. */
export const ndjsonLine = (row: unknown) => `${JSON.stringify(row)}\n`;

export async function* ndjsonStream(rows: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const row of rows) yield ndjsonLine(row);
}

/** Exports of at most this many rows are sent whole, with a Content-Length, instead of streamed. */
const BUFFERED_EXPORT_ROWS = 500;
/** Past this many characters a buffered export streams the rest (the count may have grown since). */
const BUFFERED_EXPORT_CHARS = 4 * 1024 * 1024;

const UTF8_BOM = '\ufeff';

async function* continued(prefix: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield prefix;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

export async function sendExport(
  reply: FastifyReply,
  format: 'csv' | 'ndjson',
  filename: string,
  total: number,
  lines: AsyncIterable<string>,
  bom = false,
): Promise<FastifyReply> {
  // Excel on Windows reads CSV without a byte order mark as the local code page (é, ’ and “
  // garbled); other tools show the mark as a stray character, so it is opt-in.
  const body = bom && format === 'csv' ? continued(UTF8_BOM, lines[Symbol.asyncIterator]()) : lines;
  reply.header('x-total-count', String(total));
  reply.header('content-disposition', `attachment; filename="${filename}.${format}"`);
  if (format === 'csv') {
    reply.type('text/csv; charset=utf-8');
  } else {
    reply.type('application/x-ndjson; charset=utf-8');
  }
  if (total > BUFFERED_EXPORT_ROWS) return reply.send(Readable.from(body));
  // A small export is one string: clients get its length, and the server builds no stream for it.
  const rows = body[Symbol.asyncIterator]();
  let text = '';
  for (let next = await rows.next(); next.done !== true; next = await rows.next()) {
    text += next.value;
    if (text.length > BUFFERED_EXPORT_CHARS) return reply.send(Readable.from(continued(text, rows)));
  }
  return reply.send(text);
}

/** Where a list page's cursors lead; `first` is the list without a cursor. */
export type ListLinks = { self: string; first: string; prev: string | null; next: string | null };

export type ListBody<T> = {
  data: T[];
  meta: {
    total: number;
    limit: number;
    nextCursor: string | null;
    prevCursor: string | null;
    facets?: Record<string, Record<string, number>>;
    snippets?: (Snippet | null)[];
  };
  links: ListLinks;
};

type ListPage<T> = {
  rows: T[];
  total: number;
  nextCursor: string | null;
  prevCursor: string | null;
  facets?: Record<string, Record<string, number>> | undefined;
  snippets?: (Snippet | null)[] | undefined;
};

/** Whether a `name=value` query part is the cursor (however its name is percent-encoded). */
function isCursorPart(part: string): boolean {
  const name = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')) === 'cursor';
  } catch {
    return false;
  }
}

/**
 * The links of the page at `self` (a path and query, in its canonical spelling: see
 * src/lib/canonical-query.ts): the same query with the cursor replaced, or without it for
 * `first`. The cursor goes where the canonical spelling puts it, among the parameters in name
 * order, so each link is the `self` of the page it leads to.
 */
export function listLinks(self: string, page: Pick<ListPage<unknown>, 'nextCursor' | 'prevCursor'>): ListLinks {
  const mark = self.indexOf('?');
  const path = mark === -1 ? self : self.slice(0, mark);
  // What the request line let through but a URI (and the Link header's <…>) may not hold, escaped.
  const kept = (mark === -1 ? [] : self.slice(mark + 1).split('&'))
    .filter((part) => part !== '' && !isCursorPart(part))
    .map((part) => part.replace(/[^A-Za-z0-9\-._~!$'()*+,;=:@/?%]/gu, (c) => encodeURIComponent(c)));
  const at = kept.findIndex((part) => (part.split('=', 1)[0] ?? '') > 'cursor');
  const before = at === -1 ? kept : kept.slice(0, at);
  const after = at === -1 ? [] : kept.slice(at);
  const link = (cursor: string | null): string => {
    const parts = cursor === null ? kept : [...before, `cursor=${encodeURIComponent(cursor)}`, ...after];
    return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
  };
  const next = page.nextCursor === null ? null : link(page.nextCursor);
  const prev = page.prevCursor === null ? null : link(page.prevCursor);
  return { self, first: link(null), prev, next };
}

/** `links` as an RFC 8288 Link header: rel="first" always, "prev" and "next" where there is such a page. */
export function linkHeader(links: ListLinks): string {
  let value = `<${links.first}>; rel="first"`;
  if (links.prev !== null) value += `, <${links.prev}>; rel="prev"`;
  if (links.next !== null) value += `, <${links.next}>; rel="next"`;
  return value;
}

/** The envelope of a list page read at `self` (a path and query). */
export function listEnvelopeBody<T>(self: string, page: ListPage<T>, limit: number): ListBody<T> {
  return {
    data: page.rows,
    meta: {
      total: page.total,
      limit,
      nextCursor: page.nextCursor,
      prevCursor: page.prevCursor,
      ...(page.facets === undefined ? {} : { facets: page.facets }),
      ...(page.snippets === undefined ? {} : { snippets: page.snippets }),
    },
    links: listLinks(self, page),
  };
}

/**
 * The list envelope, with its links as a `Link` header and `X-Total-Count`, for clients that read
 * headers. `self` is the request's URL in its canonical spelling (src/lib/canonical-query.ts), so
 * that every spelling of one query gets the same body.
 */
export function listBody<T>(reply: FastifyReply, self: string, page: ListPage<T>, limit: number): ListBody<T> {
  const body = listEnvelopeBody(self, page, limit);
  reply.header('link', linkHeader(body.links));
  reply.header('x-total-count', String(page.total));
  return body;
}

/** CSV column names for an object schema: nested objects become dotted columns, like `flatten`. */
export function csvColumns(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape).flatMap(([key, child]) =>
    csvColumns(child as z.ZodType, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** Serialized here because the route's response schema describes the JSON representation only. */
export function sendJsonLd(reply: FastifyReply, document: unknown, mediaType = 'application/ld+json'): FastifyReply {
  return reply.type(mediaType).send(JSON.stringify(document));
}
