import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { notFound } from '../lib/problem.js';
import { negotiate, sendJsonLd } from '../lib/representation.js';
import { varyOnAccept } from '../lib/vary.js';
import { ANNOTATION_MEDIA, evidenceAnnotation, type AnnotatedEvidence } from '../lib/web-annotation.js';
import { noQuery } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';

export type EvidenceRouteOptions<R> = {
  /** Collection path under /v1, e.g. '/claims'. */
  path: string;
  tag: string;
  /** For the summary and the 404 (`lower`), and the operation id (`title`: getClaimEvidence). */
  noun: { lower: string; title: string };
  params: z.ZodType;
  response: z.ZodType;
  /** What the annotation's body gives besides the record, for the description: 'the claim'. */
  bodyNote: string;
  repo: {
    evidence(id: string): Promise<AnnotatedEvidence | null>;
    /** The evidence and its record, read together (an annotation's target and body never mix versions); null when it is gone. */
    annotated(id: string): Promise<{ evidence: AnnotatedEvidence; record: R } | null>;
  };
  /** What the record states, in English: the annotation's body. */
  statement(record: R): string;
};

/**
 * `GET /v1/{path}/{id}/evidence`, shared by claims and trade figures: the quote, its paragraph
 * and the source as JSON, or as a W3C Web Annotation for its profile's media type.
 */
export function registerEvidenceRoute<R>(app: FastifyInstance, o: EvidenceRouteOptions<R>) {
  const what = (id: string) => `${o.noun.lower.charAt(0).toUpperCase()}${o.noun.lower.slice(1)} "${id}"`;
  app.withTypeProvider<ZodTypeProvider>().get(
    `${o.path}/:id/evidence`,
    {
      schema: {
        tags: [o.tag],
        operationId: `get${o.noun.title}Evidence`,
        produces: ['application/json', ANNOTATION_MEDIA],
        summary: `The evidence a ${o.noun.lower} rests on, checkable against the original`,
        description: `The quote and its offsets, the paragraph around it, the source’s metadata and the SHA-256 of the source text, so anyone can fetch the text and check the record. \`Accept: ${ANNOTATION_MEDIA}\` gives a W3C Web Annotation: the source text as target, selected by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points), ${o.bodyNote} as body.`,
        params: o.params,
        querystring: noQuery,
        response: { 200: o.response, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const format = negotiate(request, undefined, ['json', 'annotation']);
      varyOnAccept(reply);
      const id = (request.params as { id: string }).id;
      if (format !== 'annotation') {
        const evidence = await o.repo.evidence(id);
        if (evidence === null) throw notFound(what(id));
        return { data: evidence };
      }
      const annotated = await o.repo.annotated(id);
      if (annotated === null) throw notFound(what(id));
      const { evidence, record } = annotated;
      const statement = o.statement(record);
      const annotation = evidenceAnnotation(evidence, { path: `/v1${o.path}/${id}`, statement }, app.config.publicBaseUrl);
      return sendJsonLd(reply, annotation, ANNOTATION_MEDIA);
    },
  );
}
