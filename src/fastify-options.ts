import type { Server } from 'node:http';
import type { FastifyHttpOptions, FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { loggableUrl } from './lib/redact.js';
import { requestIdFor } from './lib/request-id.js';
import { clientErrorHandler, frameworkErrors, MAX_PARAM_LENGTH } from './plugins/app/errors.js';
import { preRoutingServer } from './plugins/app/response-cache/server-factory.js';

/** Where log lines go: stdout by default; tests pass a stream to read what would be logged. */
export type LogStream = { write(line: string): void };

/**
 * Fastify's constructor options: what cannot be set by a plugin (logging, request ids, the HTTP
 * server, timeouts and limits, routing, and the handlers for what fails before routing).
 */
export function fastifyOptions(config: Config, logStream?: LogStream): FastifyHttpOptions<Server> {
  const keys = config.apiKeys.map((k) => k.key);
  return {
    logger: {
      level: config.logLevel,
      // JSON lines for machines, except in development (the default NODE_ENV, what `npm start`
      // runs on a laptop), where pino-pretty makes them readable, as fastify-cli does.
      ...(logStream !== undefined
        ? { stream: logStream }
        : config.nodeEnv === 'development'
          ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
          : {}),
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
    // Fastify's own HTTP/1 server, with a step in front for response-cache hits (see there).
    serverFactory: preRoutingServer,
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.timeouts.requestMs,
    // Node enforces requestTimeout only when it sweeps its connections, every 30 s by default,
    // which let a slow-loris client hold a socket up to 30 s past the timeout.
    http: { connectionsCheckingInterval: Math.min(1000, config.timeouts.requestMs) },
    connectionTimeout: config.timeouts.connectionMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    // A trailing slash is not ignored: `/v1/claims/` is not in the spec; plugins/app/unrouted.ts redirects it.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    clientErrorHandler,
    frameworkErrors,
  };
}
