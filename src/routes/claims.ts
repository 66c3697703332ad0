import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../lib/problem.js';
import { csvColumns, negotiate, sendJsonLd } from '../lib/representation.js';
import { varyOnAccept } from '../lib/vary.js';
import { sendList } from './list-route.js';
import { foundRecord } from './record-route.js';
import type { ClaimRepository } from '../repositories/claim-repository.js';
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
  type ClaimListQuery,
} from '../schemas/claim.js';
import { CLAIM_LIST_MEDIA, CLAIM_MEDIA, errorResponses } from '../schemas/responses.js';
import { registerWriteRoutes } from './write-route.js';
import { claimListJsonLd, claimJsonLd } from './claims-jsonld.js';
import { ANNOTATION_MEDIA, evidenceAnnotation } from '../lib/web-annotation.js';
import type { FastifyReply, FastifyRequest } from 'fastify';

const CLAIM_COLUMNS = csvColumns(claimSchema);

const CLAIM_LIST = { schema: claimListResponse, csvColumns: CLAIM_COLUMNS, jsonLd: claimListJsonLd };

/** Shared by /v1/claims and /v1/countries/{code}/claims. */
export function sendClaimList(
  request: FastifyRequest,
  reply: FastifyReply,
  claims: ClaimRepository,
  query: ClaimListQuery,
  pathFilters?: Record<string, string>,
) {
  return sendList(request, reply, claims, query, {
    ...CLAIM_LIST,
    resource: 'claims',
    ...(pathFilters === undefined ? {} : { pathFilters }),
  });
}

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/claims',
    {
      schema: {
        tags: ['Claims'],
        operationId: 'listClaims',
        produces: CLAIM_LIST_MEDIA,
        summary: 'List, filter, search and export claims',
        description:
          'Filters combine with AND; comma lists within a filter with OR. `q` searches statement, quote and claimant, accent-insensitively. Pages are keyset cursors, forward and back (`meta.nextCursor` and `meta.prevCursor`; `links` and the `Link` header give `first`, `prev` and `next`). `format=csv|ndjson` (or Accept) exports every matching row; `Accept: application/ld+json` gives schema.org ClaimReview.',
        querystring: claimListQuery,
        response: { 200: claimListResponse, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) => sendClaimList(request, reply, app.repositories.claims, request.query),
  );

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

  app.get(
    '/claims/:id/evidence',
    {
      schema: {
        tags: ['Claims'],
        operationId: 'getClaimEvidence',
        produces: ['application/json', ANNOTATION_MEDIA],
        summary: 'The evidence a claim rests on, checkable against the original',
        description:
          'The quote and its offsets, the paragraph around it, the source’s metadata and the SHA-256 of the source text, so anyone can fetch the text and check the record. `Accept: application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"` gives a W3C Web Annotation: the source text as target, selected by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points), the claim as body.',
        params: claimIdParams,
        querystring: claimItemQuery,
        response: { 200: evidenceResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const format = negotiate(request, undefined, ['json', 'annotation']);
      varyOnAccept(reply);
      const evidence = await app.repositories.claims.evidence(request.params.id);
      if (evidence === null) throw notFound(`Claim "${request.params.id}"`);
      if (format === 'annotation') {
        const claim = await app.repositories.claims.findById(request.params.id);
        if (claim === null) throw notFound(`Claim "${request.params.id}"`);
        const annotation = evidenceAnnotation(evidence, claim, app.config.publicBaseUrl);
        return sendJsonLd(reply, annotation, ANNOTATION_MEDIA);
      }
      return { data: evidence };
    },
  );

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
