import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';

/** Answers a request from Node's request event and returns true, or returns false to let Fastify route it. */
export type PreRouter = (req: IncomingMessage, res: ServerResponse) => boolean;

const installers = new WeakMap<Server, (preRouter: PreRouter) => void>();

function numberOption(options: Record<string, unknown>, name: string): number | undefined {
  const value = options[name];
  return typeof value === 'number' ? value : undefined;
}

/**
 * Fastify's `serverFactory`: the HTTP/1 server Fastify would create itself, with the same
 * timeouts taken from the same options, and one step in front of Fastify's handler that a
 * pre-router may fill (`answerBeforeRouting`). A response-cache hit answered there skips
 * Fastify's routing, request objects and hooks: about a third of the cost of a hit.
 * app.inject() does not come through a server and uses the cache's hook instead.
 */
export const preRoutingServer: FastifyServerFactory = (handler, options) => {
  let preRouter: PreRouter | null = null;
  const request = numberOption(options, 'requestTimeout');
  // The request timeout goes to the constructor with a headers timeout no longer than it. Set
  // afterwards, as Fastify's own factory does, it leaves Node's 60 s headers timeout above it,
  // and Node then swaps the two: headers were cut at REQUEST_TIMEOUT_MS but a trickled body
  // only after 60 s.
  const timeouts = request === undefined ? {} : { requestTimeout: request, headersTimeout: request };
  const server = createServer({ ...((options.http ?? {}) as object), ...timeouts }, ((req, res) => {
    if (preRouter === null || !preRouter(req, res)) handler(req, res);
  }) as RequestListener);
  installers.set(server, (next) => {
    preRouter = next;
  });
  const keepAlive = numberOption(options, 'keepAliveTimeout');
  const connection = numberOption(options, 'connectionTimeout');
  if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive;
  if (connection !== undefined) server.setTimeout(connection);
  return server;
};

/** Puts `preRouter` in front of routing; false when `server` was not made by `preRoutingServer`. */
export function answerBeforeRouting(server: unknown, preRouter: PreRouter): boolean {
  const install = installers.get(server as Server);
  if (install === undefined) return false;
  install(preRouter);
  return true;
}
