import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { negotiate } from '../lib/representation.js';
import { changesQuery, changesResponse } from '../schemas/change.js';
import { errorResponses } from '../schemas/responses.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { revisions } = app.repositories;
  app.get(
    '/changes',
    {
      schema: {
        tags: ['Meta'],
        operationId: 'listChanges',
        summary: 'Feed of every change to the dataset, in commit order',
        description:
          'For mirrors and frontends syncing incrementally: start without `since` (the seed’s creations come first), then poll with `since=<meta.nextCursor>`. Each entry names the record, its new version, the action, the curator key name, the reason and a field-level diff.',
        querystring: changesQuery,
        response: { 200: changesResponse, ...errorResponses(400, 406) },
      },
    },
    async (request) => {
      negotiate(request, undefined, ['json']);
      const { since, limit } = request.query;
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
    },
  );
};

export default routes;
