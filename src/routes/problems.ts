import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem, notFound } from '../lib/problem.js';
import { problemTypeIndexPage, problemTypePage } from '../lib/problem-pages.js';
import { PROBLEM_TYPES, problemTypeBySlug, problemTypeUri, PROBLEMS_PREFIX, type ProblemType } from '../lib/problem-types.js';
import { varyOnAccept } from '../lib/vary.js';
import { noQuery } from '../schemas/common.js';
import { problemTypeListResponse, problemTypeParams, problemTypeResponse } from '../schemas/problem.js';
import { errorResponses } from '../schemas/responses.js';

const MEDIA = ['application/json', 'text/html'];

/** JSON unless the client prefers HTML (a browser does); 406 for neither. */
function wantsHtml(request: FastifyRequest, reply: FastifyReply): boolean {
  varyOnAccept(reply);
  const chosen = request.accepts().type(MEDIA);
  if (chosen === false)
    throw new HttpProblem(406, `None of the requested media types can be served; available: ${MEDIA.join(', ')}.`);
  return chosen === 'text/html';
}

/** Sent as text: the route's response schema describes the JSON representation only. */
function sendHtml(reply: FastifyReply, html: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(html);
}

const documentation = (t: ProblemType) => ({
  type: problemTypeUri(t),
  slug: t.slug,
  status: t.status,
  title: t.title,
  description: t.description,
  action: t.action,
});

/** The page behind every problem `type` URI (RFC 9457 §3.1.1), and their index. */
const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    PROBLEMS_PREFIX,
    {
      schema: {
        tags: ['Problems'],
        operationId: 'listProblemTypes',
        summary: 'Every problem type the API answers with',
        description:
          'The `type` of every error document is one of these. HTML for browsers (`Accept: text/html`), JSON otherwise.',
        produces: MEDIA,
        querystring: noQuery,
        response: { 200: problemTypeListResponse, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) => {
      if (wantsHtml(request, reply)) return sendHtml(reply, problemTypeIndexPage(PROBLEM_TYPES));
      return { data: PROBLEM_TYPES.map(documentation) };
    },
  );

  app.get(
    `${PROBLEMS_PREFIX}/:slug`,
    {
      schema: {
        tags: ['Problems'],
        operationId: 'getProblemType',
        summary: 'What one problem type means and what to do about it',
        description:
          'Where a problem document’s `type` leads: its title, status, what happened and what to do. HTML for browsers (`Accept: text/html`), JSON otherwise.',
        produces: MEDIA,
        params: problemTypeParams,
        querystring: noQuery,
        response: { 200: problemTypeResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      const type = problemTypeBySlug(request.params.slug);
      if (type === undefined) throw notFound(`Problem type "${request.params.slug}"`);
      if (wantsHtml(request, reply)) return sendHtml(reply, problemTypePage(type));
      return { data: documentation(type) };
    },
  );
};

export default routes;
