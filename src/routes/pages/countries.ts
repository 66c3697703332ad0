import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TOPICS } from '../../domain/vocabulary.js';
import { notFound } from '../../lib/problem.js';
import { topicsOf } from '../../pages/records.js';
import { formatFigure } from '../../pages/trade-chart.js';
import type { ClaimOut } from '../../schemas/claim.js';
import { countryParams } from '../../schemas/country.js';
import type { LeaderOut } from '../../schemas/leader.js';
import { htmlPage, PAGE_MEDIA, pageQuery } from '../../schemas/pages.js';
import { errorResponses } from '../../schemas/responses.js';
import { context, sendPage, type PageOptions } from './page.js';

const routes: FastifyPluginAsyncZod<PageOptions> = async (app, options) => {
  const { reads } = options;
  const { repos } = reads;
  app.get(
    '/countries/:code',
    {
      schema: {
        tags: ['Pages'],
        operationId: 'getCountryPage',
        produces: PAGE_MEDIA,
        summary: 'A country’s page: stance, people, claims by topic, trade figures',
        description:
          'The page of `GET /v1/countries/{code}`: its stance, its leaders and the people cited about it, its claims grouped by topic with verification labels in words, and its trade figures with their caveats.',
        params: countryParams,
        querystring: pageQuery,
        response: { 200: htmlPage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const page = context(request, reply, options);
      const country = await repos.countries.findByCode(request.params.code, ['claims', 'tradeFigures', 'leaders']);
      if (country === null) throw notFound(`Country "${request.params.code}"`);
      const claims = country.claims ?? [];
      const people = await peopleOf(country.leaders ?? [], claims, reads.people);
      const byTopic = TOPICS.map((topic) => ({ topic, claims: claims.filter((c) => topicsOf(c).includes(topic)) })).filter(
        (group) => group.claims.length > 0,
      );
      return sendPage(request, reply, page, './country', {
        title: country.name,
        country,
        people,
        // The claims the curators' stance summarises, as its basis names them.
        stanceClaims: country.basis.stance.claimIds
          .map((id) => claims.find((c) => c.id === id))
          .filter((c): c is ClaimOut => c !== undefined),
        byTopic,
        figures: (country.tradeFigures ?? []).map((f) => ({ ...f, valueText: formatFigure(f, page.m, page.fmt) })),
      });
    },
  );
};

/** The country's own leaders, then the people its claims cite who are not among them. */
async function peopleOf(
  leaders: readonly LeaderOut[],
  claims: readonly ClaimOut[],
  find: (ids: readonly string[]) => Promise<LeaderOut[]>,
): Promise<LeaderOut[]> {
  const known = new Set(leaders.map((l) => l.id));
  const cited = [...new Set(claims.map((c) => c.claimant.leaderId).filter((id): id is string => id !== null && !known.has(id)))];
  return [...leaders, ...(await find(cited))];
}

export default routes;
