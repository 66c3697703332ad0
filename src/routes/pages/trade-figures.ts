import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tradeCharts, formatFigure } from '../../pages/trade-chart.js';
import { queryString } from '../../pages/context.js';
import { htmlPage, PAGE_MEDIA, tradeFiguresPageQuery } from '../../schemas/pages.js';
import { errorResponses } from '../../schemas/responses.js';
import type { TradeFigureOut } from '../../schemas/trade-figure.js';
import { context, sendPage, type PageOptions } from './page.js';

const routes: FastifyPluginAsyncZod<PageOptions> = async (app, options) => {
  const { repos } = options.reads;
  app.get(
    '/trade-figures',
    {
      schema: {
        tags: ['Pages'],
        operationId: 'getTradeFiguresPage',
        produces: PAGE_MEDIA,
        summary: 'Trade figures as charts that do not mislead, and as a table',
        description:
          'The page of `GET /v1/trade-figures` (same filters): server-rendered SVG charts, one per unit and kind with its own scale (dollar amounts and percentage changes never share an axis), a warning and numbered caveats where the bars of a chart cover different periods, ratios left undrawn, and every figure in a table with its period, who stated it, its quote and its caveat.',
        querystring: tradeFiguresPageQuery,
        response: { 200: htmlPage, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const page = context(request, reply, options);
      const { lang: _lang, ...filters } = request.query;
      const figures: TradeFigureOut[] = [];
      for await (const figure of repos.tradeFigures.exportAll({ ...filters, limit: 100 })) figures.push(figure);
      const { charts, undrawn } = tradeCharts(figures, page.m, page.fmt, (f) => `#figure-${f.id}`);
      // The page's own exports: a BOM is for a spreadsheet user to ask for, not a page default.
      const { bom: _bom, ...linked } = filters;
      const api = Object.fromEntries(Object.entries(linked).filter(([key, value]) => !(key === 'status' && value === 'active')));
      return sendPage(request, reply, page, './trade-figures', {
        title: page.m.trade.title,
        charts,
        undrawn,
        figures: figures.map((f) => ({ ...f, valueText: formatFigure(f, page.m, page.fmt) })),
        exports: {
          json: `/v1/trade-figures${queryString(api)}`,
          csv: `/v1/trade-figures${queryString({ ...api, format: 'csv' })}`,
          ndjson: `/v1/trade-figures${queryString({ ...api, format: 'ndjson' })}`,
        },
      });
    },
  );
};

export default routes;
