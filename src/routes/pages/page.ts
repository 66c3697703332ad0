import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { VERIFICATIONS } from '../../domain/vocabulary.js';
import type { PageReads } from '../../pages/reads.js';
import { pageContext, queryString, type PageContext, type Params } from '../../pages/context.js';
import { renderTemplate } from '../../pages/render.js';
import { htmlPage, PAGE_MEDIA } from '../../schemas/pages.js';
import { errorResponses } from '../../schemas/responses.js';

/** What each page route is registered with. */
export type PageOptions = {
  /** Every read goes through the repositories (reads.repos), some shared reads remembered (see pageReads). */
  reads: PageReads;
  /** Public origin for absolute links, or '' (see PageContext.origin). */
  origin: string;
};

export type PageModel = { title: string } & Record<string, unknown>;

type PluginApp = Parameters<FastifyPluginAsyncZod>[0];

/** What a page route says of itself in the spec, besides what every page has in common. */
export type PageRoute<Params extends z.ZodType | undefined, Query extends z.ZodType> = {
  operationId: string;
  summary: string;
  description: string;
  params?: Params;
  querystring: Query;
  /** The problem+json statuses it may answer besides 200. */
  errors: number[];
  /** The 200 body and its media types, when not an HTML page. */
  body?: z.ZodType;
  produces?: string[];
};

/** A page handler's request, typed by its route's params and query. */
export type PageRequest<Params extends z.ZodType | undefined, Query extends z.ZodType> = FastifyRequest<{
  Params: Params extends z.ZodType ? z.output<Params> : unknown;
  Querystring: z.output<Query>;
}>;

/** What a page handler is given besides the request and reply. */
export type PageTools = PageOptions & {
  repos: PageReads['repos'];
  /**
   * The request's page context (language, links), made when first read: making it sets Vary and
   * Content-Language, which a JSON answer (the home page's) or an asset must not get.
   */
  readonly page: PageContext;
};

/** Registers a page route on the pages' plugin, with the options every page is given. */
export type PageDefinition = (app: PluginApp, options: PageOptions) => void;

/**
 * GET `path` as a page: tagged Pages in the spec, an HTML body (unless `body` says otherwise)
 * and problem+json for `errors`, its params and query validated by their schemas; the handler
 * is given the pages' reads and origin and the request's page context (PageTools).
 */
export function pageRoute<Query extends z.ZodType, Params extends z.ZodType | undefined = undefined>(
  path: string,
  route: PageRoute<Params, Query>,
  handler: (request: PageRequest<Params, Query>, reply: FastifyReply, tools: PageTools) => Promise<unknown>,
): PageDefinition {
  const { operationId, summary, description, params, querystring, errors, body, produces } = route;
  const schema = {
    tags: ['Pages'],
    operationId,
    produces: produces ?? PAGE_MEDIA,
    summary,
    description,
    ...(params === undefined ? {} : { params }),
    querystring,
    response: { 200: body ?? htmlPage, ...errorResponses(...errors) },
  };
  return (app, options) => {
    // The request's types come from the route's schemas, as the type provider would give them.
    const handle = (request: PageRequest<Params, Query>, reply: FastifyReply) => {
      let page: PageContext | undefined;
      return handler(request, reply, {
        ...options,
        repos: options.reads.repos,
        get page() {
          return (page ??= pageContext(request, reply, options.origin));
        },
      });
    };
    app.get(path, { schema }, handle as never);
  };
}

/** Renders `template` inside the layout and sends it as HTML. */
export async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: PageContext,
  template: string,
  model: PageModel,
): Promise<FastifyReply> {
  const version = await request.server.datasetVersion();
  const html = renderTemplate(template, { verifications: VERIFICATIONS, ...model, page, m: page.m, version });
  return reply.type('text/html; charset=utf-8').send(html);
}

/** The API lists' defaults, which a page's links leave out. */
const LIST_DEFAULTS: Params = { status: 'active', limit: 20 };

/**
 * The API query a list page's query stands for: without the page's own parameters (language,
 * cursor; a BOM is for a spreadsheet user to ask for, not a page default) and the defaults.
 */
export function listParams(query: Record<string, unknown>): Params {
  const { lang: _lang, cursor: _cursor, bom: _bom, ...rest } = query;
  return Object.fromEntries(Object.entries(rest).filter(([key, value]) => LIST_DEFAULTS[key] !== value)) as Params;
}

/** A list page's links to the pages after and before it and to the first, with its filters and language. */
export function pagerLinks(
  page: PageContext,
  path: string,
  api: Params,
  result: { nextCursor: string | null; prevCursor: string | null },
  cursor: string | undefined,
) {
  return {
    next: result.nextCursor === null ? null : page.href(path, { ...api, cursor: result.nextCursor }),
    prev: result.prevCursor === null ? null : page.href(path, { ...api, cursor: result.prevCursor }),
    first: cursor === undefined ? null : page.href(path, api),
  };
}

/** The list of `/v1/<resource>` with the same query, as JSON, CSV and NDJSON. */
export function listExports(resource: string, api: Params) {
  return {
    json: `/v1/${resource}${queryString(api)}`,
    csv: `/v1/${resource}${queryString({ ...api, format: 'csv' })}`,
    ndjson: `/v1/${resource}${queryString({ ...api, format: 'ndjson' })}`,
  };
}
