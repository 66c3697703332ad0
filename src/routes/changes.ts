import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { negotiate } from '../lib/representation.js';
import { varyOnAccept } from '../lib/vary.js';
import { atomQuery, changesQuery, changesResponse } from '../schemas/change.js';
import { CHANGES_MEDIA, errorResponses } from '../schemas/responses.js';

const ATOM_DESCRIPTION =
  'Atom (RFC 4287) for feed readers: the latest `limit` changes, newest first, each entry linking to the record’s page and its revisions.';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { revisions, meta } = app.repositories;
  const base = app.config.publicBaseUrl;

  async function sendAtom(reply: FastifyReply, limit: number) {
    // Loaded with the first feed asked for: xmlbuilder2 and its DOM are about 3 MB of heap.
    const { changesAtom } = await import('../lib/atom.js');
    const [rows, status] = await Promise.all([revisions.latest(limit), meta.status()]);
    const xml = changesAtom(rows, { base, updated: status.updatedAt.toISOString() });
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  }

  async function sendFeed(request: FastifyRequest, query: { since?: string | undefined; limit: number }) {
    const { since, limit } = query;
    const byId = since !== undefined && /^\d+$/.test(since);
    const page = await revisions.changesAfter(
      byId ? Number(since) : 0,
      limit,
      byId || since === undefined ? undefined : new Date(since),
    );
    const last = page.rows[page.rows.length - 1];
    // With nothing new the cursor stays where the client is; after a timestamp, that is the latest change.
    const nextCursor = String(last?.id ?? (byId ? Number(since) : await revisions.latestId()));
    return {
      data: page.rows,
      meta: { limit, nextCursor, hasMore: page.hasMore },
      links: { self: app.canonicalUrl(request.url), next: `/v1/changes?since=${nextCursor}&limit=${limit}` },
    };
  }

  app.get(
    '/changes',
    {
      schema: {
        tags: ['Meta'],
        operationId: 'listChanges',
        produces: CHANGES_MEDIA,
        summary: 'Feed of every change to the dataset, in commit order',
        description: `For mirrors and frontends syncing incrementally: start without \`since\` (the seed’s creations come first), then poll with \`since=<meta.nextCursor>\`. Each entry names the record, its new version, the action, the curator key name, the reason and a field-level diff. \`Accept: application/atom+xml\` (or \`/v1/changes.atom\`): ${ATOM_DESCRIPTION}`,
        querystring: changesQuery,
        response: { 200: changesResponse, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) => {
      const format = negotiate(request, undefined, ['json', 'atom']);
      varyOnAccept(reply);
      if (format === 'atom') return sendAtom(reply, request.query.limit);
      return sendFeed(request, request.query);
    },
  );

  app.get(
    '/changes.atom',
    {
      schema: {
        tags: ['Meta'],
        operationId: 'getChangesAtom',
        produces: ['application/atom+xml'],
        summary: 'The change feed as Atom, to subscribe to in a feed reader',
        description: ATOM_DESCRIPTION,
        querystring: atomQuery,
        response: { 200: changesResponse, ...errorResponses(400) },
      },
    },
    async (request, reply) => sendAtom(reply, request.query.limit),
  );
};

export default routes;
