import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/problem.js';
import { safeUrl, sourcePassages } from '../../pages/records.js';
import { segmentText } from '../../pages/source-text.js';
import { claimListQuery } from '../../schemas/claim.js';
import { htmlPage, PAGE_MEDIA, sourcePageQuery } from '../../schemas/pages.js';
import { errorResponses } from '../../schemas/responses.js';
import { sourceParams } from '../../schemas/source.js';
import { tradeFigureListQuery } from '../../schemas/trade-figure.js';
import { context, sendPage, type PageOptions } from './page.js';

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const routes: FastifyPluginAsyncZod<PageOptions> = async (app, options) => {
  const { reads } = options;
  const { repos } = reads;
  app.get(
    '/sources/:id',
    {
      schema: {
        tags: ['Pages'],
        operationId: 'getSourcePage',
        produces: PAGE_MEDIA,
        summary: 'A source’s full text, every claim’s and figure’s passage highlighted',
        description:
          'The page of `GET /v1/sources/{id}`: its metadata and the full text, with the passage every active claim and trade figure rests on highlighted, coloured by verification and linking to its record, and the data-quality notes beside the paragraphs they are about. `claim=` or `figure=` marks one record’s passage (the claim pages link here that way).',
        params: sourceParams,
        querystring: sourcePageQuery,
        response: { 200: htmlPage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const page = context(request, reply, options);
      const { id } = request.params;
      const [source, text, claims, figures] = await Promise.all([
        reads.source(id),
        reads.sourceText(id),
        collect(repos.claims.exportAll(claimListQuery.parse({ source: id }))),
        collect(repos.tradeFigures.exportAll(tradeFigureListQuery.parse({ source: id }))),
      ]);
      if (source === null || text === null) throw notFound(`Source "${id}"`);
      const { claim: focusClaim, figure: focusFigure } = request.query;
      const links = {
        claim: (c: string) => page.href(`/claims/${c}`),
        figure: (f: string) => page.href(`/trade-figures`) + `#figure-${f}`,
      };
      const passages = sourcePassages(source, claims, figures, links, page.m, page.fmt);
      const paragraphs = segmentText(text.text, passages, (p) =>
        p.kind === 'claim' || p.kind === 'verification' ? p.id === focusClaim : p.kind === 'figure' && p.id === focusFigure,
      );
      const focusedClaim = claims.find((c) => c.id === focusClaim) ?? null;
      const focusedFigure = figures.find((f) => f.id === focusFigure) ?? null;
      return sendPage(request, reply, page, './source', {
        title: source.title,
        source,
        url: safeUrl(source.url),
        language: text.language,
        paragraphs,
        focus:
          focusedClaim !== null
            ? {
                text: page.m.source.focusClaim,
                label: focusedClaim.statement,
                lang: 'en',
                anchor: `claim-${focusedClaim.id}`,
                back: links.claim(focusedClaim.id),
              }
            : focusedFigure !== null
              ? {
                  text: page.m.source.focusFigure,
                  label: focusedFigure.quote,
                  lang: 'fr',
                  anchor: `figure-${focusedFigure.id}`,
                  back: links.figure(focusedFigure.id),
                }
              : null,
      });
    },
  );
};

export default routes;
