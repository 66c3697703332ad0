import { Readable } from 'node:stream';
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

export const MEDIA_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
  jsonld: 'application/ld+json',
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

/**
 * Marks a response whose representation was picked from the Accept header, so a shared cache
 * does not hand a CSV body to a client that asked for JSON at the same URL.
 */
export function varyOnAccept(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim());
  if (values.some((v) => v.toLowerCase() === 'accept')) return;
  reply.header('vary', [...values.filter((v) => v !== ''), 'Accept'].join(', '));
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

function csvLine(cells: unknown[]): string {
  return stringify([cells], { record_delimiter: '\r\n', cast: { boolean: (b) => String(b) } });
}

/**
 * RFC 4180 CSV (CRLF, quoted where needed, UTF-8 with a header row), streamed. Columns come
 * from the item schema's example row so an empty result still has its header.
 */
export async function* csvStream(columns: string[], rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  yield csvLine(columns);
  for await (const row of rows) {
    const flat = flatten(row);
    yield csvLine(columns.map((c) => flat[c] ?? ''));
  }
}

export async function* ndjsonStream(rows: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}

export function sendExport(
  reply: FastifyReply,
  format: 'csv' | 'ndjson',
  filename: string,
  total: number,
  body: AsyncIterable<string>,
): FastifyReply {
  reply.header('x-total-count', String(total));
  if (format === 'csv') {
    reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.csv"`);
  } else {
    reply.type('application/x-ndjson; charset=utf-8');
  }
  return reply.send(Readable.from(body));
}

export type ListBody<T> = {
  data: T[];
  meta: { total: number; limit: number; nextCursor: string | null; facets?: Record<string, Record<string, number>> };
  links: { self: string; next: string | null };
};

/** The list envelope, with `Link: rel="next"` and `X-Total-Count` for clients that read headers. */
export function listBody<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  result: { rows: T[]; total: number; nextCursor: string | null; facets?: Record<string, Record<string, number>> | undefined },
  limit: number,
): ListBody<T> {
  const self = request.url;
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
export function sendJsonLd(reply: FastifyReply, document: unknown): FastifyReply {
  return reply.type('application/ld+json').send(JSON.stringify(document));
}
