import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  DuplicateRecordError,
  IdempotencyConflictError,
  QuoteNotFoundError,
  RecordNotFoundError,
  StorageUnavailableError,
  UnknownReferenceError,
  VersionConflictError,
} from '../../domain/errors.js';
import { InvalidCursorError } from '../../lib/cursor.js';
import { HttpProblem, problem, PROBLEM_CONTENT_TYPE, sendProblem, type ProblemDetail } from '../../lib/problem.js';
import { RelevanceWithoutSearchError, UnknownSortFieldError } from '../../lib/keyset.js';
import {
  bodyParseProblem,
  cursorProblem,
  describeValidationFailure,
  longParameterProblem,
  sortProblem,
  type ValidationContext,
  type ValidationIssue,
} from '../../lib/validation-messages/index.js';

/** What the client sent in each part of the request that is validated (Fastify keeps it raw when validation fails). */
const VALIDATED_INPUT: Record<ValidationContext, (request: FastifyRequest) => unknown> = {
  querystring: (request) => request.query,
  params: (request) => request.params,
  headers: (request) => request.headers,
  body: (request) => request.body,
};

function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Domain failures from the repositories, as HTTP problems. */
function domainProblem(error: unknown): { status: number; detail: string; errors?: ProblemDetail[] } | null {
  if (error instanceof RecordNotFoundError) return { status: 404, detail: error.message };
  if (error instanceof VersionConflictError)
    return { status: 412, detail: `${error.message} GET it again and reapply your change.` };
  if (error instanceof QuoteNotFoundError)
    return { status: 422, detail: error.detail, errors: [{ pointer: `/${error.field}`, detail: error.detail }] };
  if (error instanceof UnknownReferenceError) {
    return {
      status: 422,
      detail: error.message,
      errors: [{ pointer: `/${error.field.replace(/\./g, '/')}`, detail: error.message }],
    };
  }
  if (error instanceof DuplicateRecordError) return { status: 409, detail: error.detail };
  if (error instanceof IdempotencyConflictError) {
    return { status: 422, detail: error.message, errors: [{ header: 'idempotency-key', detail: error.message }] };
  }
  if (error instanceof StorageUnavailableError) return { status: 503, detail: error.message };
  return null;
}

/** Longest path parameter the router accepts (an id or a code is far shorter). */
export const MAX_PARAM_LENGTH = 200;

type ParsingSocket = Socket & {
  _httpMessage?: { headersSent?: boolean } | null;
  parser?: { incoming?: { complete?: boolean } | null } | null;
};

/**
 * Whether the request this client error interrupts already has a response, so that another on
 * the same socket would read, to the client, as the answer to a request it never sent. A route
 * may answer from the head alone (a write without a key gets its 401, a GET ignores its body)
 * while the body is still arriving; when that body then times out or turns out malformed, the
 * socket is closed without a second response.
 *
 * NOTE: Node's internals, confined here: `_httpMessage` is the response attached to the socket
 * (Node's own handler checks it, Fastify's does not), detached once it has finished;
 * `parser.incoming` is the request being parsed, still incomplete while its body arrives.
 */
function alreadyAnswered(socket: Socket): boolean {
  const { _httpMessage: response, parser } = socket as ParsingSocket;
  if (response?.headersSent === true) return true;
  const incoming = parser?.incoming;
  return response == null && incoming != null && incoming.complete === false;
}

/**
 * Fastify's `clientErrorHandler`: requests Node's parser refuses (malformed HTTP, headers too
 * large, too slow: a slow-loris) get a problem+json like every other error, instead of
 * Fastify's own JSON. There is no parsed request, so no instance.
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (alreadyAnswered(socket)) {
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
 * Fastify's `frameworkErrors`: the router refuses undecodable paths and over-long parameters
 * before any hook runs; without this they left as Fastify's own JSON, without problem+json,
 * X-Request-Id or a log line.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const problem = longParameterProblem(request.url, MAX_PARAM_LENGTH);
    sendProblem(request, reply, 400, problem.detail, [problem]);
    return;
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    sendProblem(request, reply, 400, 'The URL path is not valid percent-encoded UTF-8.');
    return;
  }
  request.log.error({ err: error }, 'routing error');
  sendProblem(request, reply, 500, 'An unexpected error occurred; it has been logged.');
}

/**
 * Every failure leaves as RFC 9457 problem+json. Known errors keep their status and say what
 * was wrong; anything unexpected is logged in full and masked as a 500 without internals. The
 * two handlers above cover what fails before a route is found; Fastify takes them as options.
 * Requests no route takes (404, 405, OPTIONS) are ./unrouted.ts's.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const context = (error as FastifyError & { validationContext?: ValidationContext }).validationContext;
        // An empty path parameter names nothing: `/v1/claims/` is not claim "", it is a path
        // with a trailing slash, which the not-found handler redirects (./unrouted.ts).
        if (context === 'params' && Object.values(request.params as Record<string, unknown>).includes('')) {
          return reply.callNotFound();
        }
        const { detail, errors } = describeValidationFailure(
          context,
          error.validation as ValidationIssue[],
          context === undefined ? undefined : request.routeOptions.schema?.[context],
          context === undefined ? undefined : VALIDATED_INPUT[context](request),
        );
        return sendProblem(request, reply, 400, detail, errors);
      }
      const domain = domainProblem(error);
      if (domain !== null) {
        if (domain.status === 503) reply.header('retry-after', '1');
        return sendProblem(request, reply, domain.status, domain.detail, domain.errors);
      }
      if (error instanceof HttpProblem) return sendProblem(request, reply, error.status, error.detail, error.errors);
      if (error instanceof InvalidCursorError) {
        const problem = cursorProblem(error.message, queryValue(request, 'cursor'));
        return sendProblem(request, reply, 400, problem.detail, [problem]);
      }
      if (error instanceof RelevanceWithoutSearchError) {
        const detail =
          'Query parameter sort=relevance ranks the matches of a search, and there is none: send q with it, or sort by a field.';
        return sendProblem(request, reply, 400, detail, [
          { parameter: 'sort', detail, received: 'relevance', accepted: 'relevance together with a non-empty q' },
        ]);
      }
      if (error instanceof UnknownSortFieldError) {
        const problem = sortProblem(error.fields, error.allowed, queryValue(request, 'sort'));
        return sendProblem(request, reply, 400, problem.detail, [problem]);
      }
      const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
      if (status === 429) {
        // @fastify/rate-limit throws the problem its errorResponseBuilder made; Retry-After is already set.
        const detail = (error as unknown as { detail?: string }).detail ?? 'Too many requests; retry later.';
        return sendProblem(request, reply, 429, detail);
      }
      const unparsable = bodyParseProblem(error.code);
      if (unparsable !== null) return sendProblem(request, reply, 400, unparsable.detail, [unparsable]);
      if (status >= 400 && status < 500) {
        // Fastify's own client errors (body too large, bad content type) are safe to describe.
        return sendProblem(request, reply, status, error.message);
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(
        request,
        reply,
        status >= 500 && status < 600 ? status : 500,
        'An unexpected error occurred; it has been logged.',
      );
    });
  },
  { name: 'errors' },
);
