import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { HttpProblem, notFound } from '../lib/problem.js';
import { negotiate } from '../lib/representation.js';
import type { ResourceType, RevisionRepository } from '../repositories/revision-repository.js';
import { ifMatchHeaders, noQuery, reasonBody, revisionListResponse, writeHeaders } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';
import { requestFingerprint } from '../repositories/idempotency-repository.js';
import type { ExpectedVersion, WriteContext, WriteResult } from '../repositories/write.js';

declare module 'fastify' {
  interface FastifyReply {
    /** Version of the record in the body; turns the ETag into "v<version>-<hash>" for If-Match. */
    recordVersion: number | null;
  }
}

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
  const versions = header
    .split(',')
    .map((tag) => /^\s*"v(\d+)(?:-[^"]*)?"\s*$/.exec(tag)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
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
  revisions: RevisionRepository;
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
      const rows = await o.revisions.forRecord(o.resourceType, id(request));
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

  typed.patch(
    item,
    {
      onRequest: auth.onRequest,
      schema: {
        tags: [o.tag],
        operationId: `update${o.noun.title}`,
        summary: `Correct a ${o.noun.lower}`,
        description: `Curators only. Requires \`If-Match\` with the ETag of the version being changed (428 without it, 412 if it changed since). Send only the fields to change, plus a \`reason\`.`,
        params: o.params,
        headers: ifMatchHeaders,
        body: o.patchBody,
        security: auth.security,
        response: { 200: o.response, ...errorResponses(400, 401, 404, 409, 412, 413, 415, 422, 428, 429, 503) },
      },
    },
    async (request, reply) => {
      const result = await o.repo.update(id(request), request.body as P, expectedVersion(request), writeContext(request));
      return sendWrite(reply, result);
    },
  );

  const retract = o.repo.retract?.bind(o.repo);
  if (retract === undefined) return;
  typed.delete(
    item,
    {
      onRequest: auth.onRequest,
      schema: {
        tags: [o.tag],
        operationId: `retract${o.noun.title}`,
        summary: `Retract a ${o.noun.lower}, with a reason`,
        description: `Curators only. Nothing is deleted: the ${o.noun.lower} stays readable with \`status: retracted\` and the reason, and leaves default lists (see \`status=retracted\` or \`status=all\`). Requires \`If-Match\`.`,
        params: o.params,
        headers: ifMatchHeaders,
        body: reasonBody,
        security: auth.security,
        response: { 200: o.response, ...errorResponses(400, 401, 404, 409, 412, 413, 415, 428, 429, 503) },
      },
    },
    async (request, reply) => {
      const result = await retract(id(request), request.body.reason, expectedVersion(request), writeContext(request));
      return sendWrite(reply, result);
    },
  );
}
