import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvColumns, negotiate } from '../lib/representation.js';
import {
  leaderCreateBody,
  leaderPatchBody,
  leaderListQuery,
  leaderListResponse,
  leaderParams,
  leaderResponse,
  leaderSchema,
} from '../schemas/leader.js';
import { noQuery } from '../schemas/common.js';
import { LIST_MEDIA, errorResponses } from '../schemas/responses.js';
import { sendList } from './list-route.js';
import { foundRecord } from './record-route.js';
import { registerWriteRoutes } from './write-route.js';

export const LEADER_COLUMNS = csvColumns(leaderSchema);

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/leaders',
    {
      schema: {
        tags: ['Leaders'],
        operationId: 'listLeaders',
        produces: LIST_MEDIA,
        summary: 'List leaders and cited people',
        description: 'People in power (kind=leader) and other named people the sources cite as claimants (kind=cited_person).',
        querystring: leaderListQuery,
        response: { 200: leaderListResponse, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) =>
      sendList(request, reply, app.repositories.leaders, request.query, {
        schema: leaderListResponse,
        csvColumns: LEADER_COLUMNS,
        resource: 'leaders',
      }),
  );

  app.get(
    '/leaders/:id',
    {
      schema: {
        tags: ['Leaders'],
        operationId: 'getLeader',
        summary: 'One leader or cited person',
        description:
          'With the passage of the source that names the person, its offsets, and their status as of the (undated) source.',
        params: leaderParams,
        querystring: noQuery,
        response: { 200: leaderResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request, reply) => {
      negotiate(request, undefined, ['json']);
      return {
        data: foundRecord(reply, await app.repositories.leaders.findById(request.params.id), `Leader "${request.params.id}"`),
      };
    },
  );

  registerWriteRoutes(app, {
    path: '/leaders',
    param: 'id',
    resourceType: 'leader',
    tag: 'Leaders',
    noun: { lower: 'leader or cited person', title: 'Leader' },
    repo: app.repositories.leaders,
    params: leaderParams,
    createBody: leaderCreateBody,
    patchBody: leaderPatchBody,
    response: leaderResponse,
    createNote:
      'The server finds `quote` (where the source names the person) in the source text and records its offsets (422 if it is not verbatim there).',
  });
};

export default routes;
