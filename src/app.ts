import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { CursorCodec } from './lib/cursor.js';
import authPlugin from './plugins/auth.js';
import databasePlugin from './plugins/database.js';
import responseCachePlugin from './plugins/response-cache.js';
import errorsPlugin from './plugins/errors.js';
import securityPlugin from './plugins/security.js';
import swaggerPlugin from './plugins/swagger.js';
import { createRepositories } from './repositories/index.js';
import changeRoutes from './routes/changes.js';
import claimRoutes from './routes/claims.js';
import countryRoutes from './routes/countries.js';
import leaderRoutes from './routes/leaders.js';
import metaRoutes from './routes/meta.js';
import openapiRoutes from './routes/openapi.js';
import sourceRoutes from './routes/sources.js';
import tradeFigureRoutes from './routes/trade-figures.js';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export type RegisteredRoute = { method: string; url: string; documented: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** Every route as registered, so tests can prove the spec documents exactly these. */
    registeredRoutes: RegisteredRoute[];
  }
}

/**
 * Builds the whole application and returns it ready, without listening. The database must
 * already be migrated (see prepareDatabase); tests and the server share this path.
 */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'config.apiKeys', 'apiKeys'],
        censor: '[redacted]',
      },
    },
    // An inbound X-Request-Id is kept only when it is sane, so logs cannot be forged or flooded.
    requestIdHeader: false,
    genReqId: (req) => {
      const inbound = req.headers['x-request-id'];
      return typeof inbound === 'string' && SANE_REQUEST_ID.test(inbound) ? inbound : crypto.randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.timeouts.requestMs,
    connectionTimeout: config.timeouts.connectionMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  // JSON is the only request body format; anything else is 415. Prototype-poisoning keys are refused.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.decorate('config', config);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = (route.schema as { hide?: boolean } | undefined)?.hide === true;
    for (const method of methods) registeredRoutes.push({ method, url: route.url, documented: !hidden });
  });
  await app.register(databasePlugin, { databaseUrl: config.databaseUrl });
  await app.register(responseCachePlugin, { databaseUrl: config.databaseUrl, maxBytes: config.responseCacheMb * 1024 * 1024 });
  await app.register(securityPlugin, config);
  await app.register(authPlugin, { apiKeys: config.apiKeys, failureLimit: config.rateLimit.authFailures, windowMs: config.rateLimit.windowMs });
  await app.register(swaggerPlugin, { servers: [{ url: '/', description: 'This server' }] });
  await app.register(errorsPlugin);

  const repos = createRepositories(app.db, new CursorCodec(config.cursorSecret), app.writer);
  await app.register(metaRoutes, { meta: repos.meta, apiVersion: pkg.version });
  await app.register(openapiRoutes);
  await app.register(
    async (v1) => {
      await v1.register(countryRoutes, { repos });
      await v1.register(leaderRoutes, { leaders: repos.leaders, revisions: repos.revisions });
      await v1.register(claimRoutes, { claims: repos.claims, revisions: repos.revisions });
      await v1.register(tradeFigureRoutes, { tradeFigures: repos.tradeFigures, revisions: repos.revisions });
      await v1.register(changeRoutes, { revisions: repos.revisions });
      await v1.register(sourceRoutes, { sources: repos.sources, revisions: repos.revisions });
    },
    { prefix: '/v1' },
  );

  await app.ready();
  return app;
}
