import { ASSETS } from '../../pages/assets.js';
import { ASSET_MEDIA, assetBody, assetParams, assetQuery } from '../../schemas/pages.js';
import { pageRoute } from './page.js';

/** The pages' stylesheet and script, from this origin (the pages' CSP allows nothing else). */
export const assetPage = pageRoute(
  '/assets/:file',
  {
    operationId: 'getPageAsset',
    summary: 'The pages’ stylesheet, script or icon',
    description:
      'The one stylesheet, the one small script (progressive enhancement: copy buttons, absolute links) and the icon the pages use. Pages link them with `v=` set to their content version, which browsers may keep for a year.',
    params: assetParams,
    querystring: assetQuery,
    errors: [400],
    produces: ASSET_MEDIA,
    body: assetBody,
  },
  async (request, reply) => {
    const asset = ASSETS[request.params.file];
    const current = request.query.v === asset.version;
    reply.header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, no-cache');
    return reply.type(asset.type).send(asset.body);
  },
);
