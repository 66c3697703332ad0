import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  csvStream,
  listBody,
  ndjsonStream,
  negotiate,
  sendExport,
  sendJsonLd,
  type Format,
  type ListBody,
  varyOnAccept,
} from '../lib/representation.js';
import type { ListResult } from '../repositories/list.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Current dataset version; moves with every acknowledged write. */
    datasetVersion: () => Promise<number>;
  }
}

export type ListSource<Q, T> = {
  list(query: Q): Promise<ListResult<T>>;
  exportAll(query: Q): AsyncGenerator<T>;
};

type ListQuery = { format?: 'json' | 'csv' | 'ndjson' | undefined; limit: number; facet?: unknown };

/**
 * Answers a list request in the negotiated format: the paged JSON envelope, or every matching
 * row streamed as CSV or NDJSON (limit and cursor do not apply to exports).
 */
export async function sendList<Q extends ListQuery, T extends Record<string, unknown>>(
  request: FastifyRequest,
  reply: FastifyReply,
  source: ListSource<Q, T>,
  query: Q,
  options: { csvColumns: string[]; filename: string; jsonLd?: (body: ListBody<T>) => unknown },
): Promise<ListBody<T> | FastifyReply> {
  const formats: Format[] = options.jsonLd === undefined ? ['json', 'csv', 'ndjson'] : ['json', 'csv', 'ndjson', 'jsonld'];
  const format = negotiate(request, query.format, formats);
  varyOnAccept(reply);
  if (format === 'csv' || format === 'ndjson') {
    // A stream cannot be hashed before it is sent, so its validator is the dataset version
    // (it moves with every write) and the exact request and representation.
    const version = await request.server.datasetVersion();
    const tag = `"x${version}-${createHash('sha1').update(`${format} ${request.url}`).digest('base64url').slice(0, 22)}"`;
    reply.header('etag', tag);
    if (request.headers['if-none-match']?.split(',').some((t) => t.trim() === tag)) return reply.code(304).send();
    const { total } = await source.list({ ...query, limit: 1, facet: undefined, cursor: undefined });
    const rows = source.exportAll(query);
    const body = format === 'csv' ? csvStream(options.csvColumns, rows) : ndjsonStream(rows);
    return sendExport(reply, format, options.filename, total, body);
  }
  const body = listBody(request, reply, await source.list(query), query.limit);
  if (format === 'jsonld' && options.jsonLd !== undefined) {
    return sendJsonLd(reply, options.jsonLd(body));
  }
  return body;
}
