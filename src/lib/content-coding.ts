import type { IncomingHttpHeaders } from 'node:http';
import { negotiate } from '@fastify/accept-negotiator';

/**
 * Which content coding a response to a request is given: the codings @fastify/compress is
 * registered with (src/plugins/external/compress.ts), and the choice it makes among them, with
 * the same negotiator and the same reading of Accept-Encoding (lower-cased, `*` and `x-gzip`
 * taken as gzip, `x-no-compression` meaning none).
 *
 * A strong ETag names one representation, and the gzip and br bodies of a response are
 * representations of their own (RFC 9110 §8.8.3): the ETag is made per coding from this
 * answer. It is the coding negotiated from the request, whether or not the body is then large
 * enough to be compressed, so a 304 (which has no body to measure) carries exactly the ETag its
 * 200 would have had, and one tag never stands for two codings.
 */

export const CONTENT_CODINGS = ['br', 'gzip', 'deflate'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

const SUPPORTED: ContentCoding[] = [...CONTENT_CODINGS];
const GZIP_ALIASES = /\*|x-gzip/gu;
/** Distinct Accept-Encoding values remembered; past that it starts again (clients send few). */
const REMEMBERED = 1000;
/** Longer values are negotiated every time rather than remembered. */
const REMEMBERED_LENGTH = 200;
const answers = new Map<string, ContentCoding | null>();

export function contentCoding(headers: IncomingHttpHeaders): ContentCoding | null {
  const header = headers['accept-encoding'];
  if (header === undefined || headers['x-no-compression'] !== undefined) return null;
  if (header.length > REMEMBERED_LENGTH) return negotiate(header.toLowerCase().replace(GZIP_ALIASES, 'gzip'), SUPPORTED);
  let answer = answers.get(header);
  if (answer === undefined) {
    answer = negotiate(header.toLowerCase().replace(GZIP_ALIASES, 'gzip'), SUPPORTED);
    if (answers.size >= REMEMBERED) answers.clear();
    answers.set(header, answer);
  }
  return answer;
}
