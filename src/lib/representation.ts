import { Readable } from 'node:stream';
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { csvCell } from './csv-cell.js';
import { HttpProblem } from './problem.js';

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

export async function* ndjsonStream(rows: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
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

export type ListBody<T> = {
  data: T[];
  meta: { total: number; limit: number; nextCursor: string | null; facets?: Record<string, Record<string, number>> };
  links: { self: string; next: string | null };
};

/**
 * The list envelope, with `Link: rel="next"` and `X-Total-Count` for clients that read headers.
 * `self` is the request's URL in its canonical spelling (src/lib/canonical-query.ts), so that
 * every spelling of one query gets the same body; `next` is it with the next cursor.
 */
export function listBody<T>(
  reply: FastifyReply,
  self: string,
  result: { rows: T[]; total: number; nextCursor: string | null; facets?: Record<string, Record<string, number>> | undefined },
  limit: number,
): ListBody<T> {
  let next: string | null = null;
  if (result.nextCursor !== null) {
    const url = new URL(self, 'http://placeholder');
    url.searchParams.set('cursor', result.nextCursor);
    next = `${url.pathname}${url.search}`;
    reply.header('link', `<${next}>; rel="next"`);
  }
  reply.header('x-total-count', String(result.total));
  return {
    data: result.rows,
    meta: {
      total: result.total,
      limit,
      nextCursor: result.nextCursor,
      ...(result.facets === undefined ? {} : { facets: result.facets }),
    },
    links: { self, next },
  };
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
