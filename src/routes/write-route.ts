import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { HttpProblem, notFound } from '../lib/problem.js';
import { versionsInIfMatch } from '../lib/conditional-get.js';
import { negotiate } from '../lib/representation.js';
import type { ResourceType } from '../repositories/revision-repository.js';
import { ifMatchHeaders, noQuery, reasonBody, revisionListResponse, writeHeaders } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';
import { requestFingerprint } from '../repositories/idempotency-repository.js';
import type { ExpectedVersion, WriteContext, WriteResult } from '../repositories/write.js';

/** Who is writing and, for a POST with Idempotency-Key, what identifies the request. */
export function writeContext(request: FastifyRequest): WriteContext {
  const actor = request.curator;
  if (actor === undefined) throw new Error('write route without the requireCurator preHandler');
  const key = request.headers['idempotency-key'];
  if (request.method !== 'POST' || typeof key !== 'string') return { actor };
  return {
    actor,
    idempotency: {
      key,
      method: request.method,
      path: request.url,
      fingerprint: requestFingerprint(request.method, request.url, request.body),
    },
  };
}

/**
 * The version an If-Match names. Record ETags look like "v3-<hash>"; only the version part is
 * compared, so a change elsewhere (a country renamed in an embedded object) does not make a
 * curator's copy stale. Missing If-Match is 428; one naming no version of this record is 412.
 * `*` (any current version, RFC 9110) is null: the repository then skips the comparison, so
 * the record is checked and written in one transaction instead of read first here.
 */
export function expectedVersion(request: FastifyRequest): ExpectedVersion {
  const header = request.headers['if-match'];
  if (typeof header !== 'string' || header.trim() === '') {
    throw new HttpProblem(428, 'This request must carry If-Match with the ETag of the version you are changing (GET it first).');
  }
  if (header.trim() === '*') return null;
  const versions = versionsInIfMatch(header);
  // A list matches when any of its tags does (RFC 9110 §13.1.1).
  if (versions.length === 0) throw new HttpProblem(412, 'If-Match does not name a version of this record.');
  return versions;
}

export function sendWrite<T extends { version: number }>(reply: FastifyReply, result: WriteResult<T>, location?: string) {
  reply.code(result.status);
  reply.recordVersion = result.body.version;
  if (location !== undefined && result.status === 201) reply.header('location', location);
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  reply.header('cache-control', 'no-store');
  return { data: result.body };
}

type WritableRepository<C, P, T> = {
  create(input: C, ctx: WriteContext): Promise<WriteResult<T>>;
  update(id: string, patch: P, expectedVersion: ExpectedVersion, ctx: WriteContext): Promise<WriteResult<T>>;
  retract?(id: string, reason: string, expectedVersion: ExpectedVersion, ctx: WriteContext): Promise<WriteResult<T>>;
};

export type WriteRoutesOptions<C, P, T> = {
  /** Collection path under /v1, e.g. '/claims'. */
  path: string;
  /** Path parameter naming the record, e.g. 'id' or 'code'. */
  param: string;
  resourceType: ResourceType;
  tag: string;
  /** Singular and plural nouns for summaries and operation ids, e.g. ['claim', 'Claim', 'Claims']. */
  noun: { lower: string; title: string };
  repo: WritableRepository<C, P, T>;
  params: z.ZodType;
  createBody: z.ZodType<C>;
  patchBody: z.ZodType<P>;
  response: z.ZodType;
  createNote: string;
};

/**
 * The curated-write routes every writable resource shares: revisions, create, update and,
 * where records can be retracted, DELETE as a retraction. All writes need a curator key,
 * checked before the body is even parsed.
 */
export function registerWriteRoutes<C, P, T extends { version: number }>(app: FastifyInstance, o: WriteRoutesOptions<C, P, T>) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const item = `${o.path}/:${o.param}`;
  const id = (request: FastifyRequest) => (request.params as Record<string, string>)[o.param] ?? '';
  const auth = { onRequest: app.requireCurator, security: [{ curatorKey: [] }] };

  typed.get(
    `${item}/revisions`,
    {
      schema: {
        tags: [o.tag],
        operationId: `list${o.noun.title}Revisions`,
        summary: `Every version of a ${o.noun.lower}: who changed what, when and why`,
        description: 'Oldest first. `actor` is the name of the curator key (never the key); `changes` is a field-level diff.',
        params: o.params,
        querystring: noQuery,
        response: { 200: revisionListResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request) => {
      negotiate(request, undefined, ['json']);
      const rows = await app.repositories.revisions.forRecord(o.resourceType, id(request));
      if (rows.length === 0) throw notFound(`${o.noun.title} "${id(request)}"`);
      return { data: rows };
    },
  );

  typed.post(
    o.path,
    {
      onRequest: auth.onRequest,
      schema: {
        tags: [o.tag],
        operationId: `create${o.noun.title}`,
        summary: `Add a ${o.noun.lower}`,
        description: `Curators only (\`Authorization: Bearer <key>\`). ${o.createNote} Send \`Idempotency-Key\` to make retries safe: the same key replays the first result.`,
        headers: writeHeaders,
        body: o.createBody,
        security: auth.security,
        response: { 201: o.response, ...errorResponses(400, 401, 409, 413, 415, 422, 429, 503) },
      },
    },
    async (request, reply) => {
      const result = await o.repo.create(request.body as C, writeContext(request));
      return sendWrite(reply, result, `/v1${o.path}/${String((result.body as Record<string, unknown>)[o.param] ?? '')}`);
    },
  );

  /** PATCH and DELETE: a change to the version If-Match names (428 without it, 412 once it moved on). */
  function versionedWrite<B>(
    method: 'PATCH' | 'DELETE',
    route: { operationId: string; summary: string; description: string; body: z.ZodType<B>; errors: number[] },
    write: (id: string, body: B, expected: ExpectedVersion, ctx: WriteContext) => Promise<WriteResult<T>>,
  ) {
    typed.route({
      method,
      url: item,
      onRequest: auth.onRequest,
      schema: {
        tags: [o.tag],
        operationId: route.operationId,
        summary: route.summary,
        description: route.description,
        params: o.params,
        headers: ifMatchHeaders,
        body: route.body,
        security: auth.security,
        response: { 200: o.response, ...errorResponses(...route.errors) },
      },
      handler: async (request, reply) =>
        sendWrite(reply, await write(id(request), request.body as B, expectedVersion(request), writeContext(request))),
    });
  }

  versionedWrite(
    'PATCH',
    {
      operationId: `update${o.noun.title}`,
      summary: `Correct a ${o.noun.lower}`,
      description: `Curators only. Requires \`If-Match\` with the ETag of the version being changed (428 without it, 412 if it changed since). Send only the fields to change, plus a \`reason\`.`,
      body: o.patchBody,
      errors: [400, 401, 404, 409, 412, 413, 415, 422, 428, 429, 503],
    },
    (record, patch, expected, ctx) => o.repo.update(record, patch, expected, ctx),
  );

  const retract = o.repo.retract?.bind(o.repo);
  if (retract === undefined) return;
  versionedWrite(
    'DELETE',
    {
      operationId: `retract${o.noun.title}`,
      summary: `Retract a ${o.noun.lower}, with a reason`,
      description: `Curators only. Nothing is deleted: the ${o.noun.lower} stays readable with \`status: retracted\` and the reason, and leaves default lists (see \`status=retracted\` or \`status=all\`). Requires \`If-Match\`.`,
      body: reasonBody,
      errors: [400, 401, 404, 409, 412, 413, 415, 428, 429, 503],
    },
    (record, body, expected, ctx) => retract(record, body.reason, expected, ctx),
  );
}
