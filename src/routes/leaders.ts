import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../lib/problem.js';
import { csvColumns, negotiate } from '../lib/representation.js';
import type { LeaderRepository } from '../repositories/leader-repository.js';
import { leaderListQuery, leaderListResponse, leaderParams, leaderResponse, leaderSchema } from '../schemas/leader.js';
import { noQuery } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';
import { sendList } from './list-route.js';

export const LEADER_COLUMNS = csvColumns(leaderSchema);

const routes: FastifyPluginAsyncZod<{ leaders: LeaderRepository }> = async (app, { leaders }) => {
  app.get(
    '/leaders',
    {
      schema: {
        tags: ['Leaders'],
        operationId: 'listLeaders',
        summary: 'List leaders and cited people',
        description: 'People in power (kind=leader) and other named people the sources cite as claimants (kind=cited_person).',
        querystring: leaderListQuery,
        response: { 200: leaderListResponse, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) => sendList(request, reply, leaders, request.query, { csvColumns: LEADER_COLUMNS, filename: 'leaders' }),
  );

  app.get(
    '/leaders/:id',
    {
      schema: {
        tags: ['Leaders'],
        operationId: 'getLeader',
        summary: 'One leader or cited person',
        params: leaderParams,
        querystring: noQuery,
        response: { 200: leaderResponse, ...errorResponses(400, 404, 406) },
      },
    },
    async (request) => {
      negotiate(request, undefined, ['json']);
      const leader = await leaders.findById(request.params.id);
      if (leader === null) throw notFound(`Leader "${request.params.id}"`);
      return { data: leader };
    },
  );
};

export default routes;
