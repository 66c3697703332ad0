import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { type ConnectionError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { redactQueryCredentials } from './lib/redact.js';
import { CursorCodec } from './lib/cursor.js';
import { problem, PROBLEM_CONTENT_TYPE, sendProblem } from './lib/problem.js';
import { PACKAGE } from './lib/paths.js';
import { requestIdFor } from './lib/request-id.js';
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
import pageRoutes, { PAGE_PREFIXES } from './routes/pages/index.js';
import sourceRoutes from './routes/sources.js';
import tradeFigureRoutes from './routes/trade-figures.js';

const MAX_PARAM_LENGTH = 200;
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The URL as logged: values of credential-like query parameters and any configured key,
 * wherever it appears, are replaced. Keys are never accepted from the query string, but
 * clients still send them there, and Fastify logs every URL.
 */
function loggableUrl(url: string, keys: string[]): string {
  let safe = redactQueryCredentials(url);
  for (const key of keys) safe = safe.split(key).join('[redacted]').split(encodeURIComponent(key)).join('[redacted]');
  return safe;
}

/**
 * Requests Node's parser refuses (malformed HTTP, headers too large, too slow: a slow-loris) get
 * a problem+json like every other error, instead of Fastify's own JSON. There is no parsed
 * request, so no instance.
 */
function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // A route may have answered from the head alone (a write without a key gets its 401 before
  // the body is read), and the body then turns out malformed: a second response on the same
  // socket would corrupt the stream for the client. Node's own handler makes the same check on
  // the socket's in-flight response; Fastify's default does not.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (inFlight?.headersSent === true) {
    socket.destroy(error);
    return;
  }
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const detail =
    status === 408
      ? 'The request was not received in time.'
      : status === 431
        ? 'The request headers are too large.'
        : 'The request is not valid HTTP/1.1.';
  const body = JSON.stringify(problem(status, detail, ''));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * True when a parsed JSON value holds a string or key with a lone UTF-16 surrogate (a `\uD800`
 * escape without its pair): valid JSON, but not Unicode, and Prisma's engine fails on it with a
 * 500. Iterative, so a deeply nested body cannot overflow the stack.
 */
function hasLoneSurrogate(root: unknown): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return true;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

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
export async function buildApp(
  config: Config,
  options: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const keys = config.apiKeys.map((k) => k.key);
  /** Set once the response cache is registered, when hits may skip the router (see below). */
  let preRouter: ((req: IncomingMessage, res: ServerResponse) => boolean) | null = null;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Tests pass a stream to read what would be logged; the server logs to stdout.
      ...(options.logStream === undefined ? {} : { stream: options.logStream }),
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'config.apiKeys', 'apiKeys'],
        censor: '[redacted]',
      },
      serializers: {
        // Fastify's request serializer, with credentials taken out of the logged URL.
        req: (request: FastifyRequest) => ({
          method: request.method,
          url: loggableUrl(request.url, keys),
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
    },
    requestIdHeader: false,
    genReqId: requestIdFor,
    // Fastify's own HTTP/1 server, with one step in front: a response-cache hit is answered from
    // Node's request event, without Fastify's routing, request objects and hooks (about a third
    // of the cost of a hit). app.inject() does not come through here and uses the cache's hook.
    serverFactory: (handler, options) => {
      const server = createServer(options.http ?? {}, (req, res) => {
        if (preRouter === null || !preRouter(req, res)) handler(req, res);
      });
      server.keepAliveTimeout = config.timeouts.keepAliveMs;
      server.requestTimeout = config.timeouts.requestMs;
      server.setTimeout(config.timeouts.connectionMs);
      return server;
    },
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.timeouts.requestMs,
    // Node enforces requestTimeout only when it sweeps its connections, every 30 s by default,
    // which let a slow-loris client hold a socket up to 30 s past the timeout.
    http: { connectionsCheckingInterval: Math.min(1000, config.timeouts.requestMs) },
    connectionTimeout: config.timeouts.connectionMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    clientErrorHandler,
    // The router refuses undecodable paths and over-long parameters before any hook runs; without
    // this they left as Fastify's own JSON, without problem+json, X-Request-Id or a log line.
    frameworkErrors: (error, request, reply) => {
      reply.header('x-request-id', request.id);
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
        return sendProblem(request, reply, 400, `A path parameter is longer than ${MAX_PARAM_LENGTH} characters.`);
      if (error.code === 'FST_ERR_BAD_URL')
        return sendProblem(request, reply, 400, 'The URL path is not valid percent-encoded UTF-8.');
      request.log.error({ err: error }, 'routing error');
      return sendProblem(request, reply, 500, 'An unexpected error occurred; it has been logged.');
    },
  }).withTypeProvider<ZodTypeProvider>();
  // JSON is the only request body format; anything else is 415. Prototype-poisoning keys are refused.
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string; // parseAs: 'string'
    parseJson(request, text, (error, value) => {
      // Only bodies with a surrogate escape are walked; raw bytes never decode to a lone surrogate.
      if (error === null && /\\u[dD][89a-fA-F]/.test(text) && hasLoneSurrogate(value)) {
        const refused = Object.assign(
          new Error('The JSON body contains a lone UTF-16 surrogate escape; send well-formed Unicode.'),
          { statusCode: 400 },
        );
        done(refused, undefined);
        return;
      }
      done(error, value);
    });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.decorate('config', config);
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = (route.schema as { hide?: boolean } | undefined)?.hide === true;
    for (const method of methods) registeredRoutes.push({ method, url: route.url, documented: !hidden });
  });
  await app.register(databasePlugin, {
    databaseUrl: config.databaseUrl,
    engine: config.databaseEngine,
    versionCheckMs: config.cacheVersionCheckMs,
  });
  await app.register(securityPlugin, config);
  // After security: a cache hit answers from onRequest, so hooks registered later never run, and
  // the rate limit (and load shedding) must count hits too, or repeating a URL dodges them.
  const logsRequests = ['info', 'debug', 'trace'].includes(config.logLevel);
  await app.register(responseCachePlugin, {
    generation: app.generation,
    maxBytes: config.responseCacheMb * 1024 * 1024,
    prefixes: ['/v1', '/openapi.', ...PAGE_PREFIXES],
    requestId: requestIdFor,
    onServedRaw: (req, res, reqId, startedAt) => {
      if (!logsRequests) return;
      app.log.info(
        {
          reqId,
          req: { method: req.method, url: loggableUrl(req.url ?? '', keys), remoteAddress: req.socket.remoteAddress },
          res: { statusCode: res.statusCode },
          responseTime: performance.now() - startedAt,
          cache: 'hit',
        },
        'request completed',
      );
    },
  });
  // A hit may skip every hook only when no hook must see it: the rate limiter counts hits, so
  // with a limit configured they take the hook path (RATE_LIMIT_MAX=0 leaves limiting to a proxy).
  if (config.rateLimit.max === 0) preRouter = app.responseCache.serveRaw;
  await app.register(authPlugin, {
    apiKeys: config.apiKeys,
    failureLimit: config.rateLimit.authFailures,
    windowMs: config.rateLimit.windowMs,
  });
  const servers =
    config.openapiServers.length > 0 ? config.openapiServers.map((url) => ({ url })) : [{ url: '/', description: 'This server' }];
  await app.register(swaggerPlugin, { servers });
  await app.register(errorsPlugin);

  const repos = createRepositories(
    app.db,
    { reader: app.reader, generation: app.generation },
    new CursorCodec(config.cursorSecret),
    app.writer,
  );
  // The generation's last read of it (this process's commits at once, others' within
  // CACHE_VERSION_CHECK_MS, as for the response cache); a Prisma query only when that failed.
  app.decorate('datasetVersion', async () => {
    app.generation.now();
    return app.generation.version ?? repos.meta.datasetVersion();
  });
  await app.register(metaRoutes, { meta: repos.meta, apiVersion: PACKAGE.version });
  await app.register(openapiRoutes);
  await app.register(pageRoutes, { repos });
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
