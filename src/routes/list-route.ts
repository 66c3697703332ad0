import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ResponseSerializationError, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  csvStream,
  listBody,
  ndjsonStream,
  negotiate,
  sendExport,
  sendJsonLd,
  type Format,
  type ListBody,
} from '../lib/representation.js';
import { exportEtag, isNotModified } from '../lib/conditional-get.js';
import { exportFilename } from '../lib/export-filename.js';
import { notFound } from '../lib/problem.js';
import { varyOnAccept } from '../lib/vary.js';
import type { Snippet } from '../lib/snippet.js';
import type { ListResult } from '../repositories/list.js';
import { snippetSchema } from '../schemas/common.js';
import { CLAIM_LIST_MEDIA, LIST_MEDIA, errorResponses } from '../schemas/responses.js';

export type ListSource<Q, T> = {
  list(query: Q): Promise<ListResult<T>>;
  exportAll(query: Q): AsyncGenerator<T>;
};

/** A list response schema built by listEnvelope: `data` first, then meta and links. */
export type ListEnvelopeSchema = z.ZodType & { shape: { data: { element: z.ZodType } } };

/** UTF-8 JSON of list rows, per item schema and row object (see mapOncePerRow). */
const rowJson = new WeakMap<z.ZodType, WeakMap<object, Buffer>>();
const EMPTY_DATA = '{"data":[]';
const DATA_OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

/** `text` as UTF-8 in a buffer of its own (a small Buffer.from is a slice of a shared 8 KiB pool). */
function ownUtf8(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

/**
 * The list envelope as UTF-8 JSON, byte for byte what the route's zod serializer would write,
 * with each row encoded and checked against the item schema once per row object instead of on
 * every page that shows it: the repositories hand out the same object for a record until the
 * dataset changes. Rows are kept as UTF-8, so a page is copied together rather than joined as
 * text and encoded again (the text is two-byte: the quotes and dashes of the source). The
 * envelope itself (meta, links) is checked on every request.
 */
function listJson<T extends object>(schema: ListEnvelopeSchema, body: ListBody<T>, request: FastifyRequest): Buffer {
  const item = schema.shape.data.element;
  let cache = rowJson.get(item);
  if (cache === undefined) {
    cache = new WeakMap();
    rowJson.set(item, cache);
  }
  const parts: Buffer[] = [DATA_OPEN];
  let length = DATA_OPEN.length;
  for (const row of body.data) {
    let bytes = cache.get(row);
    if (bytes === undefined) {
      bytes = ownUtf8(JSON.stringify(encodeOrThrow(item, row, request)));
      cache.set(row, bytes);
    }
    if (parts.length > 1) {
      parts.push(COMMA);
      length += COMMA.length;
    }
    parts.push(bytes);
    length += bytes.length;
  }
  const snippets = body.meta.snippets;
  let envelope = JSON.stringify(
    encodeOrThrow(schema, { ...body, data: [], meta: { ...body.meta, ...(snippets && { snippets: [] }) } }, request),
  );
  if (!envelope.startsWith(EMPTY_DATA)) throw new Error('a list envelope must put data first');
  if (snippets !== undefined) envelope = withSnippets(envelope, snippets, request);
  const tail = Buffer.from(`]${envelope.slice(EMPTY_DATA.length)}`);
  parts.push(tail);
  return Buffer.concat(parts, length + tail.length);
}

/** The JSON of each search passage object (see snippetsOf in list.ts, which shares them), checked once. */
const snippetJson = new WeakMap<Snippet, string>();
/** `meta.snippets` emptied: a key in the envelope's JSON, never inside one of its strings, where `"` is escaped. */
const NO_SNIPPETS = '"snippets":[]';

/**
 * `envelope` (written with `meta.snippets` empty) with the page's passages in it, each written
 * and checked against its schema once per passage object: checked on every request, they were
 * the most of a search page's own serializing (20 µs of 22).
 */
function withSnippets(envelope: string, snippets: readonly (Snippet | null)[], request: FastifyRequest): string {
  const at = envelope.indexOf(NO_SNIPPETS);
  if (at < 0) throw new Error('a list envelope with snippets must have meta.snippets');
  const items = snippets.map((snippet) => {
    if (snippet === null) return 'null';
    let json = snippetJson.get(snippet);
    if (json === undefined) {
      json = JSON.stringify(encodeOrThrow(snippetSchema, snippet, request));
      snippetJson.set(snippet, json);
    }
    return json;
  });
  const end = at + NO_SNIPPETS.length - 1;
  return `${envelope.slice(0, end)}${items.join(',')}${envelope.slice(end)}`;
}

function encodeOrThrow(schema: z.ZodType, value: unknown, request: FastifyRequest): unknown {
  const result = z.safeEncode(schema, value);
  if (!result.success) throw new ResponseSerializationError(request.method, request.url, { cause: result.error });
  return result.data;
}

type ListQuery = { format?: 'json' | 'csv' | 'ndjson' | undefined; bom?: boolean | undefined; limit: number; facet?: unknown };

/** How a resource's list is answered, wherever it is listed (its own route, a country's sub-collection). */
export type ListRepresentation<T> = {
  schema: ListEnvelopeSchema;
  csvColumns: string[];
  /** Names the download, with the filters (see exportFilename). */
  resource: string;
  /** The JSON-LD of a page; `base` is PUBLIC_BASE_URL ('' when unset) for its ids. */
  jsonLd?: (body: ListBody<T>, base: string) => unknown;
};

/**
 * Answers a list request in the negotiated format: the paged JSON envelope, or every matching
 * row streamed as CSV or NDJSON (limit and cursor do not apply to exports).
 */
export async function sendList<Q extends ListQuery, T extends Record<string, unknown>>(
  request: FastifyRequest,
  reply: FastifyReply,
  source: ListSource<Q, T>,
  query: Q,
  options: ListRepresentation<T> & {
    /** Filters a route takes from its path (`/countries/KP/claims`: country KP), for the file name. */
    pathFilters?: Record<string, string>;
  },
): Promise<FastifyReply> {
  const formats: Format[] = options.jsonLd === undefined ? ['json', 'csv', 'ndjson'] : ['json', 'csv', 'ndjson', 'jsonld'];
  const format = negotiate(request, query.format, formats);
  varyOnAccept(reply);
  if (format === 'csv' || format === 'ndjson') {
    // Answered before the query: a stream cannot be hashed before it is sent.
    const tag = exportEtag(await request.server.datasetVersion(), format, request.server.canonicalUrl(request.url));
    reply.header('etag', tag);
    if (isNotModified(request.headers['if-none-match'], tag)) return reply.code(304).send();
    const { total } = await source.list({ ...query, limit: 1, facet: undefined, cursor: undefined });
    const rows = source.exportAll(query);
    const body = format === 'csv' ? csvStream(options.csvColumns, rows) : ndjsonStream(rows);
    const filename = exportFilename(options.resource, request.url, options.pathFilters);
    return sendExport(reply, format, filename, total, body, query.bom === true);
  }
  const body = listBody(reply, request.server.canonicalUrl(request.url), await source.list(query), query.limit);
  if (format === 'jsonld' && options.jsonLd !== undefined) {
    return sendJsonLd(reply, options.jsonLd(body, request.server.config.publicBaseUrl));
  }
  // A Buffer: a string payload was encoded to UTF-8 again by the ETag hash, the socket write
  // and the response cache's capture.
  return reply.type('application/json; charset=utf-8').send(listJson(options.schema, body, request));
}

export type ListRouteOptions<Q, T> = {
  url: string;
  tags: string[];
  operationId: string;
  summary: string;
  description: string;
  querystring: z.ZodType;
  source: ListSource<Q, T>;
  list: ListRepresentation<T>;
  /**
   * A country's sub-collection (`/countries/:code/…`): the filter its code sets, answered 404
   * when `exists` says there is no such country.
   */
  ofCountry?: { params: z.ZodType; filter: string; exists(code: string): Promise<boolean> };
};

/** `GET` of a list, documented for the spec: its formats (JSON-LD where the list has it) and problems. */
export function registerListRoute<Q extends ListQuery, T extends Record<string, unknown>>(
  app: FastifyInstance,
  o: ListRouteOptions<Q, T>,
) {
  const sub = o.ofCountry;
  app.withTypeProvider<ZodTypeProvider>().get(
    o.url,
    {
      schema: {
        tags: o.tags,
        operationId: o.operationId,
        produces: o.list.jsonLd === undefined ? LIST_MEDIA : CLAIM_LIST_MEDIA,
        summary: o.summary,
        description: o.description,
        ...(sub === undefined ? {} : { params: sub.params }),
        querystring: o.querystring,
        response: { 200: o.list.schema, ...(sub === undefined ? errorResponses(400, 406) : errorResponses(400, 404, 406)) },
      },
    },
    async (request, reply) => {
      const query = request.query as Q;
      if (sub === undefined) return sendList(request, reply, o.source, query, o.list);
      const { code } = request.params as { code: string };
      if (!(await sub.exists(code))) throw notFound(`Country "${code}"`);
      return sendList(
        request,
        reply,
        o.source,
        { ...query, [sub.filter]: [code] },
        { ...o.list, pathFilters: { [sub.filter]: code } },
      );
    },
  );
}
