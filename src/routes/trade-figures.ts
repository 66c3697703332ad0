import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../lib/problem.js';
import { csvColumns, negotiate } from '../lib/representation.js';
import type { TradeFigureRepository } from '../repositories/trade-figure-repository.js';
import { noQuery } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';
import {
  tradeFigureListQuery,
  tradeFigureListResponse,
  tradeFigureParams,
  tradeFigureResponse,
  tradeFigureSchema,
} from '../schemas/trade-figure.js';
import { sendList } from './list-route.js';

export const TRADE_FIGURE_COLUMNS = csvColumns(tradeFigureSchema);

const routes: FastifyPluginAsyncZod<{ tradeFigures: TradeFigureRepository }> = async (app, { tradeFigures }) => {
  app.get(
    '/trade-figures',
    {
      schema: {
        tags: ['Trade figures'],
        operationId: 'listTradeFigures',
        summary: 'List, filter, search and export trade figures',
        description:
          'Ranges use bracketed names: `value[gte]`, `value[lte]`, `period[from]`, `period[to]`. Values are in base units of `unit` (USD as dollars).',
        querystring: tradeFigureListQuery,
        response: { 200: tradeFigureListResponse, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) =>
      sendList(request, reply, tradeFigures, request.query, { csvColumns: TRADE_FIGURE_COLUMNS, filename: 'trade-figures' }),
  );

  app.get(
    '/trade-figures/:id',
    {
      schema: {
        tags: ['Trade figures'],
        operationId: 'getTradeFigure',
        summary: 'One trade figure with its quote, period and caveat',
        params: tradeFigureParams,
        querystring: noQuery,
        response: { 200: tradeFigureResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request) => {
      negotiate(request, undefined, ['json']);
      const figure = await tradeFigures.findById(request.params.id);
      if (figure === null) throw notFound(`Trade figure "${request.params.id}"`);
      return { data: figure };
    },
  );
};

export default routes;
