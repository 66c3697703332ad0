import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ASSETS } from '../../pages/assets.js';
import { ASSET_MEDIA, assetBody, assetParams, assetQuery } from '../../schemas/pages.js';
import { errorResponses } from '../../schemas/responses.js';

/** The pages' stylesheet and script, from this origin (the pages' CSP allows nothing else). */
const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/assets/:file',
    {
      schema: {
        tags: ['Pages'],
        operationId: 'getPageAsset',
        produces: ASSET_MEDIA,
        summary: 'The pages’ stylesheet, script or icon',
        description:
          'The one stylesheet, the one small script (progressive enhancement: copy buttons, absolute links) and the icon the pages use. Pages link them with `v=` set to their content version, which browsers may keep for a year.',
        params: assetParams,
        querystring: assetQuery,
        response: { 200: assetBody, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const asset = ASSETS[request.params.file];
      const current = request.query.v === asset.version;
      reply.header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, no-cache');
      return reply.type(asset.type).send(asset.body);
    },
  );
};

export default routes;
