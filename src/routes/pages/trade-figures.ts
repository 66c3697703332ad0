import { tradeCharts, formatFigure } from '../../pages/trade-chart.js';
import { tradeFiguresPageQuery } from '../../schemas/pages.js';
import { listExports, listParams, pagerLinks, pageRoute, sendPage } from './page.js';

export const tradeFiguresPage = pageRoute(
  '/trade-figures',
  {
    operationId: 'getTradeFiguresPage',
    summary: 'Trade figures as charts that do not mislead, and as a table',
    description:
      'The page of `GET /v1/trade-figures`, with the same filters, sort and cursors (a page of `limit` figures, how many of how many, and links to the next and previous pages): server-rendered SVG charts of the page’s figures, one per unit and kind with its own scale (dollar amounts and percentage changes never share an axis), a warning and numbered caveats where the bars of a chart cover different periods, ratios left undrawn, and every figure of the page in a table with its period, who stated it, its quote and its caveat.',
    querystring: tradeFiguresPageQuery,
    errors: [400],
  },
  async (request, reply, { page, repos }) => {
    const { lang: _lang, ...list } = request.query;
    const result = await repos.tradeFigures.list(list);
    const figures = result.rows;
    const { charts, undrawn } = tradeCharts(figures, page.m, page.fmt, (f) => `#figure-${f.id}`);
    const api = listParams(request.query);
    return sendPage(request, reply, page, './trade-figures', {
      title: page.m.trade.title,
      charts,
      undrawn,
      figures: figures.map((f) => ({ ...f, valueText: formatFigure(f, page.m, page.fmt) })),
      count: page.m.trade.count(page.fmt.integer(figures.length), result.total, page.fmt.integer(result.total)),
      pager: pagerLinks(page, '/trade-figures', api, result, list.cursor),
      exports: listExports('trade-figures', api),
    });
  },
);
