import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../lib/problem.js';
import { csvColumns, negotiate } from '../lib/representation.js';
import type { TradeFigureRepository } from '../repositories/trade-figure-repository.js';
import { noQuery } from '../schemas/common.js';
import { LIST_MEDIA, errorResponses } from '../schemas/responses.js';
import {
  tradeFigureCreateBody,
  tradeFigureListQuery,
  tradeFigurePatchBody,
  tradeFigureListResponse,
  tradeFigureParams,
  tradeFigureResponse,
  tradeFigureSchema,
} from '../schemas/trade-figure.js';
import { sendList } from './list-route.js';
import { registerWriteRoutes } from './write-route.js';
import type { RevisionRepository } from '../repositories/revision-repository.js';

export const TRADE_FIGURE_COLUMNS = csvColumns(tradeFigureSchema);

const routes: FastifyPluginAsyncZod<{ tradeFigures: TradeFigureRepository; revisions: RevisionRepository }> = async (
  app,
  { tradeFigures, revisions },
) => {
  app.get(
    '/trade-figures',
    {
      schema: {
        tags: ['Trade figures'],
        operationId: 'listTradeFigures',
        produces: LIST_MEDIA,
        summary: 'List, filter, search and export trade figures',
        description:
          'Ranges use bracketed names: `value[gte]`, `value[lte]`, `period[from]`, `period[to]`. Values are in base units of `unit` (USD as dollars).',
        querystring: tradeFigureListQuery,
        response: { 200: tradeFigureListResponse, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) =>
      sendList(request, reply, tradeFigures, request.query, {
        schema: tradeFigureListResponse,
        csvColumns: TRADE_FIGURE_COLUMNS,
        filename: 'trade-figures',
      }),
  );

  app.get(
    '/trade-figures/:id',
    {
      schema: {
        tags: ['Trade figures'],
        operationId: 'getTradeFigure',
        summary: 'One trade figure with its quote, period and caveat',
        description:
          'With who stated it, the verbatim quote and offsets, the period in the source’s own words, and any caveat about its arithmetic.',
        params: tradeFigureParams,
        querystring: noQuery,
        response: { 200: tradeFigureResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      negotiate(request, undefined, ['json']);
      const figure = await tradeFigures.findById(request.params.id);
      if (figure === null) throw notFound(`Trade figure "${request.params.id}"`);
      reply.recordVersion = figure.version;
      return { data: figure };
    },
  );

  registerWriteRoutes(app, {
    path: '/trade-figures',
    param: 'id',
    resourceType: 'trade_figure',
    tag: 'Trade figures',
    noun: { lower: 'trade figure', title: 'TradeFigure' },
    repo: tradeFigures,
    revisions,
    params: tradeFigureParams,
    createBody: tradeFigureCreateBody,
    patchBody: tradeFigurePatchBody,
    response: tradeFigureResponse,
    createNote:
      'Values in base units (USD as dollars). The server finds `quote` in the source text and records its offsets (422 if it is not verbatim there).',
  });
};

export default routes;
