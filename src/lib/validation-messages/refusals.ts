import type { ProblemDetail } from '../problem.js';
import { receivedText } from './received.js';

/** Refusals that zod does not make (sort, cursor, the JSON body, the router), in the same words as a validation failure. */

/** `sort` names a field the list cannot be sorted by (checked by the repositories, not by zod). */
export function sortProblem(unknown: readonly string[], allowed: readonly string[], sent: string | undefined): ProblemDetail {
  const fields = unknown.map((f) => JSON.stringify(f)).join(', ');
  const accepted = `a comma list of ${allowed.join(', ')}, each optionally prefixed with "-" for descending order`;
  const received = sent === undefined ? undefined : receivedText(sent, true);
  return {
    parameter: 'sort',
    detail: `Query parameter sort cannot sort by ${fields}${received === undefined || sent === unknown.join(',') ? '' : ` (received ${JSON.stringify(received)})`}; the sortable fields are: ${allowed.join(', ')} ("-" before a field for descending).`,
    ...(received === undefined ? {} : { received }),
    accepted,
    allowed: [...allowed],
  };
}

/** `cursor` is not one this API issued for this query. */
export function cursorProblem(reason: string, sent: string | undefined): ProblemDetail {
  const received = sent === undefined ? undefined : receivedText(sent, true);
  const accepted =
    'meta.nextCursor or meta.prevCursor (or the cursor in links.next or links.prev) of a page of the same query, unchanged';
  return {
    parameter: 'cursor',
    detail: `Query parameter cursor ${reason}; send ${accepted}, or leave cursor out for the first page.`,
    ...(received === undefined ? {} : { received }),
    accepted,
  };
}

/** Fastify's refusals of a JSON body before validation, in the same words as a validation failure; null for others. */
export function bodyParseProblem(code: string | undefined): ProblemDetail | null {
  const accepted = 'a JSON object (RFC 8259), as the operation documents it';
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return {
      pointer: '/',
      detail:
        'The request body is empty although Content-Type says application/json; send a JSON object, as the operation documents it.',
      received: '',
      accepted,
    };
  }
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return {
      pointer: '/',
      detail:
        'The request body is not valid JSON (or uses a "__proto__" or "constructor" key, which are refused); send a JSON object, as the operation documents it.',
      accepted,
    };
  }
  return null;
}

/** The router's refusal of an over-long path segment, naming the segment. */
export function longParameterProblem(path: string, max: number): ProblemDetail {
  const segment =
    path
      .split('?')[0]
      ?.split('/')
      .reduce((a, b) => (b.length > a.length ? b : a), '') ?? '';
  const received = receivedText(segment, true) ?? '';
  return {
    parameter: '(path)',
    detail: `A path parameter is longer than the ${max} characters accepted; received ${JSON.stringify(received)} (${segment.length} characters).`,
    received,
    accepted: `at most ${max} characters`,
  };
}
