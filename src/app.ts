import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { fastifyOptions, type LogStream } from './fastify-options.js';
import auth from './plugins/app/auth.js';
import canonicalQuery from './plugins/app/canonical-query.js';
import database from './plugins/app/database.js';
import downloads from './plugins/app/downloads.js';
import errors from './plugins/app/errors.js';
import httpCaching from './plugins/app/http-caching.js';
import jsonBody from './plugins/app/json-body.js';
import registeredRoutes from './plugins/app/registered-routes.js';
import repositories from './plugins/app/repositories.js';
import requestId from './plugins/app/request-id.js';
import unrouted from './plugins/app/unrouted.js';
import responseCache from './plugins/app/response-cache/index.js';
import accepts from './plugins/external/accepts.js';
import compress from './plugins/external/compress.js';
import cors from './plugins/external/cors.js';
import helmet from './plugins/external/helmet.js';
import rateLimit from './plugins/external/rate-limit.js';
import swagger from './plugins/external/swagger.js';
import underPressure from './plugins/external/under-pressure.js';
import routes from './routes/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

/**
 * Builds the whole application and returns it ready, without listening. The database must
 * already be migrated (see prepareDatabase); tests and the server share this path.
 * ARCHITECTURE.md draws a request's path through these plugins; each names what it must follow.
 */
export async function buildApp(config: Config, options: { logStream?: LogStream } = {}): Promise<FastifyInstance> {
  const app = Fastify(fastifyOptions(config, options.logStream)).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);

  await app.register(jsonBody);
  await app.register(requestId);
  await app.register(registeredRoutes);
  await app.register(canonicalQuery);
  await app.register(database);
  await app.register(underPressure);
  await app.register(rateLimit);
  await app.register(helmet);
  await app.register(cors);
  await app.register(accepts);
  await app.register(compress);
  await app.register(httpCaching);
  await app.register(responseCache);
  await app.register(auth);
  await app.register(swagger);
  await app.register(errors);
  await app.register(unrouted);
  await app.register(repositories);
  await app.register(downloads);

  await app.register(routes);

  await app.ready();
  return app;
}
