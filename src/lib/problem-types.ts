import { STATUS_CODES } from 'node:http';

/**
 * Every problem type the API answers with, in one place: its `type` URI (`/problems/<slug>`, a
 * relative reference resolved against the API's origin), the title every occurrence carries,
 * and the short documentation served at that URI (src/routes/problems.ts) for people (HTML)
 * and programs (JSON). `problem()` takes its type and title from here, so an answer can only
 * name a type this list documents; statuses without an entry get the generic client or server
 * error type.
 */
export type ProblemType = {
  slug: string;
  /** The status this type is sent with; null for the two generic types. */
  status: number | null;
  title: string;
  /** What happened, in a sentence. */
  description: string;
  /** What the client can do about it. */
  action: string;
};

export const PROBLEMS_PREFIX = '/problems';

export const PROBLEM_TYPES = [
  {
    slug: 'invalid-request',
    status: 400,
    title: 'Bad Request',
    description:
      'A parameter, header or body field is not valid, or the request is not well-formed HTTP. `detail` says which one, what was received and what is accepted; `errors` lists each one with `parameter`, `header` or `pointer` (a JSON pointer into the body), `received` and `accepted`.',
    action: 'Correct the named parameters and send the request again; the API documentation lists every accepted value.',
  },
  {
    slug: 'unauthorized',
    status: 401,
    title: 'Unauthorized',
    description: 'A write was sent without a valid curator key. Reads need no key.',
    action: 'Send the key as `Authorization: Bearer <key>`; keys are given to curators by whoever runs the API (API_KEYS).',
  },
  {
    slug: 'forbidden',
    status: 403,
    title: 'Forbidden',
    description:
      'A browser asked (a CORS preflight) to send a write from a page whose origin this server does not list in CORS_ORIGINS. Reads are open to every origin.',
    action:
      'Send writes from a page on an origin the server lists (ask whoever runs the API), or from a server rather than a browser.',
  },
  {
    slug: 'not-found',
    status: 404,
    title: 'Not Found',
    description: 'No record has this id or code, or no route matches this path.',
    action: 'Check the id against the list (for example GET /v1/claims) and the path against the API documentation.',
  },
  {
    slug: 'method-not-allowed',
    status: 405,
    title: 'Method Not Allowed',
    description: 'The path exists, but not with this method.',
    action: 'Use one of the methods in the `Allow` header.',
  },
  {
    slug: 'not-acceptable',
    status: 406,
    title: 'Not Acceptable',
    description: 'None of the media types in `Accept` (or the `format` parameter) can be served for this resource.',
    action: 'Ask for one of the media types `detail` lists, or leave `Accept` out to get JSON.',
  },
  {
    slug: 'request-timeout',
    status: 408,
    title: 'Request Timeout',
    description: 'The request (its headers or its body) did not arrive in time, and the connection was closed.',
    action: 'Send the whole request promptly; retrying is safe for reads, and for writes with an Idempotency-Key.',
  },
  {
    slug: 'conflict',
    status: 409,
    title: 'Conflict',
    description: 'The write conflicts with the current state: the record already exists, or is already retracted.',
    action: 'GET the record to see its current state; nothing was written.',
  },
  {
    slug: 'precondition-failed',
    status: 412,
    title: 'Precondition Failed',
    description:
      'The `If-Match` header names a version of the record that is no longer current: someone changed it since you read it.',
    action: 'GET the record again, reapply your change to it and send it with the new ETag.',
  },
  {
    slug: 'content-too-large',
    status: 413,
    title: 'Content Too Large',
    description: 'The request body is larger than this server accepts (BODY_LIMIT_BYTES).',
    action: 'Send a smaller body; long source texts can be shortened to the part the facts rest on.',
  },
  {
    slug: 'unsupported-media-type',
    status: 415,
    title: 'Unsupported Media Type',
    description: 'The request body is not `application/json` in UTF-8.',
    action: 'Send the body as JSON with `Content-Type: application/json`.',
  },
  {
    slug: 'unprocessable-content',
    status: 422,
    title: 'Unprocessable Content',
    description:
      'The body is well-formed but cannot be accepted: a quote is not verbatim in its source, a reference names no record, or an Idempotency-Key is reused with another body.',
    action:
      'Read `detail` and `errors`: copy the quote exactly from GET /v1/sources/{id}/text, or use an existing id, or a new key.',
  },
  {
    slug: 'precondition-required',
    status: 428,
    title: 'Precondition Required',
    description: 'A change to a record must say which version it changes, so that two curators cannot overwrite each other.',
    action: 'GET the record and send its ETag in `If-Match`.',
  },
  {
    slug: 'too-many-requests',
    status: 429,
    title: 'Too Many Requests',
    description: 'This client sent more requests than the rate limit allows in its window, or failed to authenticate too often.',
    action: 'Wait the number of seconds in `Retry-After`, then retry.',
  },
  {
    slug: 'request-header-fields-too-large',
    status: 431,
    title: 'Request Header Fields Too Large',
    description: 'The request headers are larger than this server accepts, and the connection was closed.',
    action: 'Send fewer or shorter headers (cookies are a frequent cause).',
  },
  {
    slug: 'internal-error',
    status: 500,
    title: 'Internal Server Error',
    description: 'Something failed that should not have. The details are logged under the request id, never sent.',
    action: 'Retry later; if it persists, report the `X-Request-Id` of the response to whoever runs the API.',
  },
  {
    slug: 'service-unavailable',
    status: 503,
    title: 'Service Unavailable',
    description: 'The server is overloaded, its database is busy or out of space, or it is not ready yet. Nothing was written.',
    action: 'Retry after the number of seconds in `Retry-After`.',
  },
  {
    slug: 'client-error',
    status: null,
    title: 'Client Error',
    description: 'The request cannot be served as sent; the status code and `detail` say why.',
    action: 'Read `detail`, correct the request and send it again.',
  },
  {
    slug: 'server-error',
    status: null,
    title: 'Server Error',
    description: 'The server could not answer; the status code and `detail` say why.',
    action: 'Retry later.',
  },
] as const satisfies readonly ProblemType[];

export type ProblemSlug = (typeof PROBLEM_TYPES)[number]['slug'];

const BY_STATUS = new Map<number, ProblemType>(PROBLEM_TYPES.flatMap((t) => (t.status === null ? [] : [[t.status, t]])));
const BY_SLUG = new Map<string, ProblemType>(PROBLEM_TYPES.map((t) => [t.slug, t]));

export function problemTypeUri(type: Pick<ProblemType, 'slug'>): string {
  return `${PROBLEMS_PREFIX}/${type.slug}`;
}

/** Every type URI the API can send, for the spec's `type` enum and the test that follows each. */
export const PROBLEM_TYPE_URIS = PROBLEM_TYPES.map(problemTypeUri) as [string, ...string[]];

export function problemTypeBySlug(slug: string): ProblemType | undefined {
  return BY_SLUG.get(slug);
}

/** The type of a status: its own, or the generic client or server error type. */
export function problemTypeFor(status: number): ProblemType {
  return BY_STATUS.get(status) ?? (BY_SLUG.get(status >= 500 ? 'server-error' : 'client-error') as ProblemType);
}

/** The title of a problem with this status: its type's, or for a generic type the HTTP reason phrase. */
export function problemTitle(status: number): string {
  const type = problemTypeFor(status);
  return type.status === null ? (STATUS_CODES[status] ?? type.title) : type.title;
}
