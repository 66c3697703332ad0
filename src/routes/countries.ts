import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ListResult } from '../repositories/list.js';
import { csvColumns, negotiate } from '../lib/representation.js';
import { countryClaimListQuery } from '../schemas/claim.js';
import {
  countryCreateBody,
  countryItemQuery,
  countryPatchBody,
  countryWriteResponse,
  countryListQuery,
  countryListResponse,
  countryParams,
  countryResponse,
  countrySchema,
  type CountryInclude,
} from '../schemas/country.js';
import { countryLeaderListQuery } from '../schemas/leader.js';
import { errorResponses } from '../schemas/responses.js';
import { countryTradeFigureListQuery } from '../schemas/trade-figure.js';
import { CLAIM_LIST } from './claims.js';
import { registerListRoute } from './list-route.js';
import { foundRecord } from './record-route.js';
import { registerWriteRoutes } from './write-route.js';
import { LEADER_LIST } from './leaders.js';
import { TRADE_FIGURE_LIST } from './trade-figures.js';

const COUNTRY_LIST = { schema: countryListResponse, csvColumns: csvColumns(countrySchema), resource: 'countries' };

const routes: FastifyPluginAsyncZod = async (app) => {
  const repos = app.repositories;
  const exists = (code: string) => repos.countries.exists(code);

  /**
   * The lists `include=` embeds: each is the first page (`limit` records) of the country's own
   * sub-collection, read with that route's query, so `included.<list>.next` continues it.
   */
  async function embedded(code: string, include: readonly CountryInclude[], limit: number) {
    const bounded = async <T>(path: string, page: Promise<ListResult<T>>) => {
      const { rows, total, nextCursor } = await page;
      const list = `/v1/countries/${code}/${path}`;
      // In the canonical spelling (parameters in name order): the self of the page it leads to.
      const next = nextCursor === null ? null : `${list}?cursor=${encodeURIComponent(nextCursor)}&limit=${limit}`;
      return { rows, about: { total, limit, list, next } };
    };
    const [claims, tradeFigures, leaders] = await Promise.all([
      include.includes('claims')
        ? bounded('claims', repos.claims.list({ ...countryClaimListQuery.parse({ limit }), country: [code] }))
        : undefined,
      include.includes('tradeFigures')
        ? bounded('trade-figures', repos.tradeFigures.list({ ...countryTradeFigureListQuery.parse({ limit }), reporter: [code] }))
        : undefined,
      include.includes('leaders')
        ? bounded('leaders', repos.leaders.list({ ...countryLeaderListQuery.parse({ limit }), country: [code] }))
        : undefined,
    ]);
    if (claims === undefined && tradeFigures === undefined && leaders === undefined) return {};
    return {
      ...(claims === undefined ? {} : { claims: claims.rows }),
      ...(tradeFigures === undefined ? {} : { tradeFigures: tradeFigures.rows }),
      ...(leaders === undefined ? {} : { leaders: leaders.rows }),
      included: {
        ...(claims === undefined ? {} : { claims: claims.about }),
        ...(tradeFigures === undefined ? {} : { tradeFigures: tradeFigures.about }),
        ...(leaders === undefined ? {} : { leaders: leaders.about }),
      },
    };
  }

  registerListRoute(app, {
    url: '/countries',
    tags: ['Countries'],
    operationId: 'listCountries',
    summary: 'List countries',
    description:
      'Russia’s four backers in the source, plus Russia and Ukraine, with counts of active claims, trade figures and leaders.',
    querystring: countryListQuery,
    source: repos.countries,
    list: COUNTRY_LIST,
  });

  app.get(
    '/countries/:code',
    {
      schema: {
        tags: ['Countries'],
        operationId: 'getCountry',
        summary: 'One country, optionally with its claims, trade figures and leaders',
        description:
          'The code is case-insensitive in and upper-case out. `include=claims,tradeFigures,leaders` embeds active related records in the same response, at most `includeLimit` of each (default 20, at most 100): the first page of the country’s own list, whose total and links (the full list, and the page after the embedded records) are in `included`.',
        params: countryParams,
        querystring: countryItemQuery,
        response: { 200: countryResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      negotiate(request, undefined, ['json']);
      const country = foundRecord(
        reply,
        await repos.countries.findByCode(request.params.code),
        `Country "${request.params.code}"`,
      );
      const { include = [], includeLimit } = request.query;
      return { data: { ...country, ...(await embedded(country.code, include, includeLimit)) } };
    },
  );

  registerListRoute(app, {
    url: '/countries/:code/claims',
    tags: ['Countries', 'Claims'],
    operationId: 'listCountryClaims',
    summary: 'Claims about one country',
    description: 'Same filters, search, sort, facets, pages and formats as `GET /v1/claims`, limited to this country.',
    querystring: countryClaimListQuery,
    source: repos.claims,
    list: CLAIM_LIST,
    ofCountry: { params: countryParams, filter: 'country', exists },
  });

  registerListRoute(app, {
    url: '/countries/:code/trade-figures',
    tags: ['Countries', 'Trade figures'],
    operationId: 'listCountryTradeFigures',
    summary: 'Trade figures this country reports',
    description: 'Figures whose reporter is this country; same filters and formats as `GET /v1/trade-figures`.',
    querystring: countryTradeFigureListQuery,
    source: repos.tradeFigures,
    list: TRADE_FIGURE_LIST,
    ofCountry: { params: countryParams, filter: 'reporter', exists },
  });

  registerListRoute(app, {
    url: '/countries/:code/leaders',
    tags: ['Countries', 'Leaders'],
    operationId: 'listCountryLeaders',
    summary: 'Leaders and cited people tied to this country',
    description: 'Same filters, sort, pages and formats as `GET /v1/leaders`, limited to people the source ties to this country.',
    querystring: countryLeaderListQuery,
    source: repos.leaders,
    list: LEADER_LIST,
    ofCountry: { params: countryParams, filter: 'country', exists },
  });

  registerWriteRoutes(app, {
    path: '/countries',
    param: 'code',
    resourceType: 'country',
    tag: 'Countries',
    noun: { lower: 'country', title: 'Country' },
    repo: repos.countries,
    params: countryParams,
    createBody: countryCreateBody,
    patchBody: countryPatchBody,
    response: countryWriteResponse,
    createNote: 'The ISO 3166-1 alpha-2 code is the record’s key; 409 if it (or the alpha-3 code) exists.',
  });
};

export default routes;
