import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvColumns } from '../lib/representation.js';
import {
  leaderCreateBody,
  leaderPatchBody,
  leaderListQuery,
  leaderListResponse,
  leaderParams,
  leaderResponse,
  leaderSchema,
} from '../schemas/leader.js';
import { registerListRoute } from './list-route.js';
import { registerRecordRoute } from './record-route.js';
import { registerWriteRoutes } from './write-route.js';

/** How a list of people is answered, here and on a country's sub-collection. */
export const LEADER_LIST = { schema: leaderListResponse, csvColumns: csvColumns(leaderSchema), resource: 'leaders' };

const routes: FastifyPluginAsyncZod = async (app) => {
  registerListRoute(app, {
    url: '/leaders',
    tags: ['Leaders'],
    operationId: 'listLeaders',
    summary: 'List leaders and cited people',
    description: 'People in power (kind=leader) and other named people the sources cite as claimants (kind=cited_person).',
    querystring: leaderListQuery,
    source: app.repositories.leaders,
    list: LEADER_LIST,
  });

  registerRecordRoute(app, {
    url: '/leaders/:id',
    tags: ['Leaders'],
    operationId: 'getLeader',
    summary: 'One leader or cited person',
    description:
      'With the passage of the source that names the person, its offsets, and their status as of the (undated) source.',
    params: leaderParams,
    response: leaderResponse,
    noun: 'Leader',
    find: (id) => app.repositories.leaders.findById(id),
  });

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
