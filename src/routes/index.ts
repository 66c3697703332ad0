import fp from 'fastify-plugin';
import changeRoutes from './changes.js';
import claimRoutes from './claims.js';
import countryRoutes from './countries.js';
import downloadRoutes from './downloads.js';
import leaderRoutes from './leaders.js';
import metaRoutes from './meta.js';
import openapiRoutes from './openapi.js';
import problemRoutes from './problems.js';
import pageRoutes from './pages/index.js';
import sourceRoutes from './sources.js';
import tradeFigureRoutes from './trade-figures.js';

/**
 * Every route, in the order the OpenAPI document lists them: service, spec and problem types at
 * the root, the dataset under /v1, then the pages. Each route file is its own encapsulated plugin.
 */
export default fp(
  async (app) => {
    await app.register(metaRoutes);
    await app.register(openapiRoutes);
    await app.register(problemRoutes);
    await app.register(
      async (v1) => {
        await v1.register(countryRoutes);
        await v1.register(leaderRoutes);
        await v1.register(claimRoutes);
        await v1.register(tradeFigureRoutes);
        await v1.register(changeRoutes);
        await v1.register(sourceRoutes);
        await v1.register(downloadRoutes);
      },
      { prefix: '/v1' },
    );
    // The same data as pages, at each resource's path without /v1.
    await app.register(pageRoutes);
  },
  {
    name: 'routes',
    // Routes take their error handler from the context they are created in, the repositories and
    // requireCurator from the app, and the inventory must see them.
    dependencies: ['errors', 'repositories', 'downloads', 'auth', 'swagger', 'registered-routes'],
  },
);
