import type { FastifyReply, FastifyRequest } from 'fastify';
import { VERIFICATIONS } from '../../domain/vocabulary.js';
import type { PageReads } from '../../pages/reads.js';
import { pageContext, type PageContext } from '../../pages/context.js';
import { renderTemplate } from '../../pages/render.js';

/** What each page route is registered with. */
export type PageOptions = {
  /** Every read goes through the repositories (reads.repos), some shared reads remembered (see pageReads). */
  reads: PageReads;
  /** Public origin for absolute links, or '' (see PageContext.origin). */
  origin: string;
};

export type PageModel = { title: string } & Record<string, unknown>;

/** The page's context: language and links (and the Vary and Content-Language that go with them). */
export function context(request: FastifyRequest, reply: FastifyReply, options: PageOptions): PageContext {
  return pageContext(request, reply, options.origin);
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
