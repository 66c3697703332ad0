import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageContext } from '../../pages/context.js';
import { pageReads } from '../../pages/reads.js';
import { renderTemplate } from '../../pages/render.js';
import { varyOnAccept } from '../../lib/vary.js';
import type { Problem } from '../../lib/problem.js';
import { assetPage } from './assets.js';
import { claimPage, claimsPage } from './claims.js';
import { countryPage } from './countries.js';
import { homePage } from './home.js';
import type { PageDefinition, PageOptions } from './page.js';
import { sourcePage } from './sources.js';
import { tradeFiguresPage } from './trade-figures.js';

/** Every page route, in the order the spec lists them. */
const PAGES: readonly PageDefinition[] = [homePage, countryPage, claimsPage, claimPage, sourcePage, tradeFiguresPage, assetPage];

/** A browser asking for a page gets an HTML error page; everyone else the API's problem+json. */
function prefersHtml(request: FastifyRequest): boolean {
  return request.accepts().type(['application/problem+json', 'text/html']) === 'text/html';
}

/** Same-origin public URL for links: PUBLIC_BASE_URL, else OPENAPI_SERVERS' first absolute http(s) entry. */
function publicOrigin(publicBaseUrl: string, servers: readonly string[]): string {
  if (publicBaseUrl !== '') return publicBaseUrl;
  const first = servers.find((url) => /^https?:\/\//i.test(url));
  return first === undefined ? '' : first.replace(/\/+$/, '');
}

/**
 * The journalist's explorer: server-rendered pages over the same repositories as the API,
 * English and French, readable without JavaScript. Errors keep the API's status and wording
 * (the errors plugin makes the problem); for a browser, the problem is written out as a page.
 */
const pages: FastifyPluginAsyncZod = async (app) => {
  const reads = pageReads(app.repositories, () => app.generation.now());
  const options: PageOptions = { reads, origin: publicOrigin(app.config.publicBaseUrl, app.config.openapiServers) };

  // The filter form sends every field, empty ones included, and repeats a field for each ticked
  // box: as the API's query, that is no value and a comma list.
  app.addHook('preValidation', (request, _reply, done) => {
    const query = request.query as Record<string, unknown>;
    for (const [key, value] of Object.entries(query)) {
      const joined = Array.isArray(value) ? value.filter((v) => v !== '').join(',') : value;
      if (joined === '') delete query[key];
      else query[key] = joined;
    }
    done();
  });
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (prefersHtml(request)) {
      // The app's error handler (the parent's, reached by rethrowing) decides status and detail;
      // its problem is then written out as a page instead of JSON.
      reply.serializer((problem: unknown) => {
        const page = pageContext(request, reply, options.origin);
        varyOnAccept(reply);
        reply.type('text/html; charset=utf-8');
        const p = problem as Problem;
        const heading = page.m.error.headings[String(p.status)] ?? page.m.error.headings.other;
        return renderTemplate('./error', {
          page,
          m: page.m,
          title: page.m.error.title(p.status),
          heading,
          problem: p,
          version: '',
        });
      });
    }
    throw error;
  });

  for (const register of PAGES) register(app, options);
};

export default pages;
