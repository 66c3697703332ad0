import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { notFound } from '../lib/problem.js';
import { negotiate } from '../lib/representation.js';
import { noQuery } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';

/**
 * The record a GET names, or a 404 naming `what`. Its version goes on the reply, so its ETag is
 * "v<version>-<hash>" (src/plugins/app/http-caching.ts), which a curator's If-Match names.
 */
export function foundRecord<T extends { version: number }>(reply: FastifyReply, record: T | null, what: string): T {
  if (record === null) throw notFound(what);
  reply.recordVersion = record.version;
  return record;
}

export type RecordRouteOptions<T> = {
  /** The record's path, with its one parameter, e.g. '/leaders/:id'. */
  url: string;
  tags: string[];
  operationId: string;
  summary: string;
  description: string;
  params: z.ZodType;
  response: z.ZodType;
  /** How the 404 names the record: 'Leader'. */
  noun: string;
  find(id: string): Promise<T | null>;
};

/** `GET` of one record as JSON (no query parameters), with its version for the ETag, or a 404. */
export function registerRecordRoute<T extends { version: number }>(app: FastifyInstance, o: RecordRouteOptions<T>) {
  app.withTypeProvider<ZodTypeProvider>().get(
    o.url,
    {
      schema: {
        tags: o.tags,
        operationId: o.operationId,
        summary: o.summary,
        description: o.description,
        params: o.params,
        querystring: noQuery,
        response: { 200: o.response, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      negotiate(request, undefined, ['json']);
      const id = Object.values(request.params as Record<string, string>)[0] ?? '';
      return { data: foundRecord(reply, await o.find(id), `${o.noun} "${id}"`) };
    },
  );
}
