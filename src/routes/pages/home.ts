import { HttpProblem } from '../../lib/problem.js';
import { varyOnAccept } from '../../lib/vary.js';
import { countryListQuery } from '../../schemas/country.js';
import { datasetSchema } from '../../schemas/meta.js';
import { pageQuery } from '../../schemas/pages.js';
import { jsonDataBlock } from '../../pages/escape.js';
import { datasetDocument, datasetIndex } from '../meta.js';
import { pageRoute, sendPage } from './page.js';

const ALLIES = countryListQuery.parse({ role: 'ally_of_russia', limit: 100 });

/**
 * `/`: what the dataset is, for a reader. A client that prefers JSON (`Accept:
 * application/json`) gets the API index itself, the body of `GET /v1`, with
 * `Content-Location: /v1`; no redirect, so `curl -H 'Accept: application/json' host/` works.
 */
export const homePage = pageRoute(
  '/',
  {
    operationId: 'getHomePage',
    summary: 'Home page: the dataset for readers, or the API index as JSON',
    description:
      'HTML for browsers, with the schema.org Dataset of `GET /v1` (JSON-LD) embedded for dataset search engines: the source and its licence, the four backers with their stance and claim counts, a search box, links to the API, `/docs` and the downloads. `Accept: application/json` gives the API index (the same body as `GET /v1`, `Content-Location: /v1`).',
    querystring: pageQuery,
    errors: [400, 406],
    produces: ['text/html', 'application/json'],
    body: datasetSchema,
  },
  async (request, reply, tools) => {
    const { reads, repos } = tools;
    const type = request.accepts().type(['text/html', 'application/json']);
    varyOnAccept(reply);
    if (type === false) {
      throw new HttpProblem(406, 'The home page is available as text/html, and as application/json for the API index.');
    }
    if (type === 'application/json') {
      reply.header('content-location', '/v1');
      return reply.type('application/json; charset=utf-8').send(await datasetIndex(repos.meta));
    }
    // Only now: the page context's Vary and Content-Language are the HTML answer's.
    const { page } = tools;
    const [allies, sources, dataset] = await Promise.all([
      repos.countries.list(ALLIES),
      reads.sources(),
      datasetDocument(request.server, { wait: false }),
    ]);
    // Not kept by the response cache until the downloads' sizes and hashes are in it.
    if (!dataset.complete) reply.header('cache-control', 'no-store');
    return sendPage(request, reply, page, './home', {
      title: page.m.home.title,
      allies: allies.rows,
      sources,
      datasetJsonLd: jsonDataBlock(dataset.document),
    });
  },
);
