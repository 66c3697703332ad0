import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { redactQueryCredentials } from './redact.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export type ProblemDetail = { parameter?: string; pointer?: string; header?: string; detail: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ProblemDetail[];
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Problem type URIs are relative references into the API docs, stable per error family. */
const TYPES: Record<number, string> = {
  400: '/problems/invalid-request',
  404: '/problems/not-found',
  406: '/problems/not-acceptable',
  500: '/problems/internal-error',
};

/** An error a handler throws to answer with a given problem; anything else becomes a masked 500. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: ProblemDetail[],
    readonly type?: string,
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, `${what} was not found.`);
}

export function problem(status: number, detail: string, instance: string, errors?: ProblemDetail[], type?: string): Problem {
  return {
    type: type ?? TYPES[status] ?? `/problems/http-${status}`,
    title: TITLES[status] ?? STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(errors === undefined ? {} : { errors }),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: ProblemDetail[],
  type?: string,
): FastifyReply {
  return reply
    .code(status)
    .type(PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(problem(status, detail, redactQueryCredentials(request.url), errors, type));
}
