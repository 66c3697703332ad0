import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvColumns, negotiate } from '../lib/representation.js';
import { noQuery } from '../schemas/common.js';
import { LIST_MEDIA, errorResponses } from '../schemas/responses.js';
import {
  tradeFigureCreateBody,
  tradeFigureEvidenceResponse,
  tradeFigureListQuery,
  tradeFigurePatchBody,
  tradeFigureListResponse,
  tradeFigureParams,
  tradeFigureResponse,
  tradeFigureSchema,
  type TradeFigureOut,
} from '../schemas/trade-figure.js';
import { en } from '../i18n/en.js';
import { FORMATTERS } from '../i18n/index.js';
import { formatFigure } from '../pages/trade-chart.js';
import { registerEvidenceRoute } from './evidence-route.js';
import { sendList } from './list-route.js';
import { foundRecord } from './record-route.js';
import { registerWriteRoutes } from './write-route.js';

export const TRADE_FIGURE_COLUMNS = csvColumns(tradeFigureSchema);

/** A figure in one English sentence, for its Web Annotation's body; the period in the source's own words. */
function figureStatement(figure: TradeFigureOut): string {
  const between = en.trade.reporterPartner(figure.reporter.name, figure.partner.name);
  const amount = formatFigure(figure, en, FORMATTERS.en);
  return `${en.indicators[figure.indicator]}, ${between}, “${figure.period.label}”: ${amount}; stated by ${figure.statedBy.name}.`;
}

const routes: FastifyPluginAsyncZod = async (app) => {
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
      sendList(request, reply, app.repositories.tradeFigures, request.query, {
        schema: tradeFigureListResponse,
        csvColumns: TRADE_FIGURE_COLUMNS,
        resource: 'trade-figures',
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
      const figure = await app.repositories.tradeFigures.findById(request.params.id);
      return { data: foundRecord(reply, figure, `Trade figure "${request.params.id}"`) };
    },
  );

  registerEvidenceRoute(app, {
    path: '/trade-figures',
    tag: 'Trade figures',
    noun: { lower: 'trade figure', title: 'TradeFigure' },
    params: tradeFigureParams,
    response: tradeFigureEvidenceResponse,
    bodyNote: 'the figure in words (what, between whom, the period as the source words it, how much, stated by whom)',
    evidence: (id) => app.repositories.tradeFigures.evidence(id),
    annotated: async (id) => {
      const found = await app.repositories.tradeFigures.annotated(id);
      return found === null ? null : { evidence: found.evidence, statement: figureStatement(found.record) };
    },
  });

  registerWriteRoutes(app, {
    path: '/trade-figures',
    param: 'id',
    resourceType: 'trade_figure',
    tag: 'Trade figures',
    noun: { lower: 'trade figure', title: 'TradeFigure' },
    repo: app.repositories.tradeFigures,
    params: tradeFigureParams,
    createBody: tradeFigureCreateBody,
    patchBody: tradeFigurePatchBody,
    response: tradeFigureResponse,
    createNote:
      'Values in base units (USD as dollars). The server finds `quote` in the source text and records its offsets (422 if it is not verbatim there).',
  });
};

export default routes;
