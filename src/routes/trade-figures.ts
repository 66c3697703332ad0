import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvColumns } from '../lib/representation.js';
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
import { registerListRoute } from './list-route.js';
import { registerRecordRoute } from './record-route.js';
import { registerWriteRoutes } from './write-route.js';

/** How a list of trade figures is answered, here and on a country's sub-collection. */
export const TRADE_FIGURE_LIST = {
  schema: tradeFigureListResponse,
  csvColumns: csvColumns(tradeFigureSchema),
  resource: 'trade-figures',
};

/** A figure in one English sentence, for its Web Annotation's body; the period in the source's own words. */
function figureStatement(figure: TradeFigureOut): string {
  const between = en.trade.reporterPartner(figure.reporter.name, figure.partner.name);
  const amount = formatFigure(figure, en, FORMATTERS.en);
  return `${en.indicators[figure.indicator]}, ${between}, “${figure.period.label}”: ${amount}; stated by ${figure.statedBy.name}.`;
}

const routes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/trade-figures',
    tags: ['Trade figures'],
    operationId: 'listTradeFigures',
    summary: 'List, filter, search and export trade figures',
    description:
      'Ranges use bracketed names: `value[gte]`, `value[lte]`, `period[from]`, `period[to]`. Values are in base units of `unit` (USD as dollars).',
    querystring: tradeFigureListQuery,
    source: app.repositories.tradeFigures,
    list: TRADE_FIGURE_LIST,
  });

  registerRecordRoute(app, {
    url: '/trade-figures/:id',
    tags: ['Trade figures'],
    operationId: 'getTradeFigure',
    summary: 'One trade figure with its quote, period and caveat',
    description:
      'With who stated it, the verbatim quote and offsets, the period in the source’s own words, and any caveat about its arithmetic.',
    params: tradeFigureParams,
    response: tradeFigureResponse,
    noun: 'Trade figure',
    find: (id) => app.repositories.tradeFigures.findById(id),
  });

  registerEvidenceRoute(app, {
    path: '/trade-figures',
    tag: 'Trade figures',
    noun: { lower: 'trade figure', title: 'TradeFigure' },
    params: tradeFigureParams,
    response: tradeFigureEvidenceResponse,
    bodyNote: 'the figure in words (what, between whom, the period as the source words it, how much, stated by whom)',
    repo: app.repositories.tradeFigures,
    statement: figureStatement,
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
