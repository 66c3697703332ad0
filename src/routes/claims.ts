import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvColumns, negotiate, sendJsonLd } from '../lib/representation.js';
import { varyOnAccept } from '../lib/vary.js';
import { registerListRoute } from './list-route.js';
import { foundRecord } from './record-route.js';
import {
  claimIdParams,
  claimItemQuery,
  claimListQuery,
  claimCreateBody,
  claimListResponse,
  claimPatchBody,
  claimResponse,
  claimSchema,
  evidenceResponse,
} from '../schemas/claim.js';
import { CLAIM_MEDIA, errorResponses } from '../schemas/responses.js';
import { registerWriteRoutes } from './write-route.js';
import { claimListJsonLd, claimJsonLd } from './claims-jsonld.js';
import { registerEvidenceRoute } from './evidence-route.js';

/** How a list of claims is answered (JSON-LD too), here and on a country's sub-collection. */
export const CLAIM_LIST = {
  schema: claimListResponse,
  csvColumns: csvColumns(claimSchema),
  jsonLd: claimListJsonLd,
  resource: 'claims',
};

const routes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/claims',
    tags: ['Claims'],
    operationId: 'listClaims',
    summary: 'List, filter, search and export claims',
    description:
      'Filters combine with AND; comma lists within a filter with OR. `q` searches statement, quote and claimant, accent-insensitively. Pages are keyset cursors, forward and back (`meta.nextCursor` and `meta.prevCursor`; `links` and the `Link` header give `first`, `prev` and `next`). `format=csv|ndjson` (or Accept) exports every matching row; `Accept: application/ld+json` gives schema.org ClaimReview.',
    querystring: claimListQuery,
    source: app.repositories.claims,
    list: CLAIM_LIST,
  });

  app.get(
    '/claims/:id',
    {
      schema: {
        tags: ['Claims'],
        operationId: 'getClaim',
        produces: CLAIM_MEDIA,
        summary: 'One claim with its quote, claimant and verification',
        description: '`Accept: application/ld+json` gives a schema.org ClaimReview.',
        params: claimIdParams,
        querystring: claimItemQuery,
        response: { 200: claimResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const format = negotiate(request, undefined, ['json', 'jsonld']);
      varyOnAccept(reply);
      const claim = foundRecord(reply, await app.repositories.claims.findById(request.params.id), `Claim "${request.params.id}"`);
      if (format === 'jsonld') return sendJsonLd(reply, claimJsonLd(claim, true, app.config.publicBaseUrl));
      return { data: claim };
    },
  );

  registerEvidenceRoute(app, {
    path: '/claims',
    tag: 'Claims',
    noun: { lower: 'claim', title: 'Claim' },
    params: claimIdParams,
    response: evidenceResponse,
    bodyNote: 'the claim',
    repo: app.repositories.claims,
    statement: (claim) => claim.statement,
  });

  registerWriteRoutes(app, {
    path: '/claims',
    param: 'id',
    resourceType: 'claim',
    tag: 'Claims',
    noun: { lower: 'claim', title: 'Claim' },
    repo: app.repositories.claims,
    params: claimIdParams,
    createBody: claimCreateBody,
    patchBody: claimPatchBody,
    response: claimResponse,
    createNote:
      'The server finds `quote` in the source text and records its offsets: 422 if it is not verbatim there, or occurs several times and no `quoteOffsetHint` picks one.',
  });
};

export default routes;
