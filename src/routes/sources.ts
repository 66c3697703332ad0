import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem, notFound } from '../lib/problem.js';
import { csvColumns } from '../lib/representation.js';
import { noQuery } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';
import {
  sourceCreateBody,
  sourcePatchBody,
  sourceListQuery,
  sourceListResponse,
  sourceParams,
  sourceResponse,
  sourceSchema,
} from '../schemas/source.js';
import { registerListRoute } from './list-route.js';
import { registerRecordRoute } from './record-route.js';
import { registerWriteRoutes } from './write-route.js';

const SOURCE_LIST = { schema: sourceListResponse, csvColumns: csvColumns(sourceSchema), resource: 'sources' };

const routes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/sources',
    tags: ['Sources'],
    operationId: 'listSources',
    summary: 'List sources',
    description: 'Documents the dataset is extracted from, with metadata, data-quality notes and the SHA-256 of their text.',
    querystring: sourceListQuery,
    source: app.repositories.sources,
    list: SOURCE_LIST,
  });

  registerRecordRoute(app, {
    url: '/sources/:id',
    tags: ['Sources'],
    operationId: 'getSource',
    summary: 'One source with its metadata and data-quality notes',
    description:
      'Metadata (unknown URL, publisher or date are null, never guessed), what the text implies about its date, how the stored text was derived, the SHA-256 of the text and data-quality notes anchored to passages.',
    params: sourceParams,
    response: sourceResponse,
    noun: 'Source',
    find: (id) => app.repositories.sources.findById(id),
  });

  app.get(
    '/sources/:id/text',
    {
      schema: {
        tags: ['Sources'],
        operationId: 'getSourceText',
        summary: 'The full source text that quote offsets point into',
        description:
          'UTF-8 plain text. Offsets in claims and figures count Unicode code points into exactly this text; `X-Content-SHA256` is its SHA-256.',
        params: sourceParams,
        querystring: noQuery,
        produces: ['text/plain'],
        response: {
          200: z.string().describe('The source text').meta({ example: 'Les alliés de Poutine : …' }),
          ...errorResponses(400, 404, 406),
        },
      },
    },
    async (request, reply) => {
      // Only the raw text is offered (its SHA-256 is published); say so rather than list no types.
      if (request.accepts().type(['text/plain']) === false) {
        throw new HttpProblem(406, 'The source text is only available as text/plain.');
      }
      const text = await app.repositories.sources.text(request.params.id);
      if (text === null) throw notFound(`Source "${request.params.id}"`);
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-language', text.language)
        .header('x-content-sha256', text.sha256)
        .send(text.text);
    },
  );

  registerWriteRoutes(app, {
    path: '/sources',
    param: 'id',
    resourceType: 'source',
    tag: 'Sources',
    noun: { lower: 'source', title: 'Source' },
    repo: app.repositories.sources,
    params: sourceParams,
    createBody: sourceCreateBody,
    patchBody: sourcePatchBody,
    response: sourceResponse,
    createNote:
      'Send the full text that quotes will be checked against; it is stored with its SHA-256 and cannot be changed afterwards (PATCH edits metadata only). Leave unknown url, publisher or date null.',
  });
};

export default routes;
