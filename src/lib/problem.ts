import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemTitle, problemTypeFor, problemTypeUri } from './problem-types.js';
import { redactQueryCredentials } from './redact.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * One item of `errors`: where (a query or path `parameter`, a `header`, or a JSON `pointer` into
 * the body), a plain-words `detail`, and where known what was `received` (as text, cut short),
 * what is `accepted`, and the `allowed` values when they are a list.
 */
export type ProblemDetail = {
  parameter?: string;
  pointer?: string;
  header?: string;
  detail: string;
  received?: string;
  accepted?: string;
  allowed?: string[];
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ProblemDetail[];
};

/** An error a handler throws to answer with a given problem; anything else becomes a masked 500. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: ProblemDetail[],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, `${what} was not found.`);
}

/** A problem document; its type and title come from the registry (src/lib/problem-types.ts). */
export function problem(status: number, detail: string, instance: string, errors?: ProblemDetail[]): Problem {
  return {
    type: problemTypeUri(problemTypeFor(status)),
    title: problemTitle(status),
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
): FastifyReply {
  return reply
    .code(status)
    .type(PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(problem(status, detail, redactQueryCredentials(request.url), errors));
}
