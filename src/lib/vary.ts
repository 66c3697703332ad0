/**
 * Vary handling, after @fastify/cors's `vary.js`: an adder per field name appends the name to the
 * Vary a reply already has, unless it is there (in any case) or Vary is `*`, and remembers its
 * answer per existing value, so a header is parsed once rather than on every response.
 */

/** What an adder needs of a reply (a FastifyReply, or a stand-in in tests). */
export type VaryReply = { getHeader(name: string): unknown; header(name: string, value: string): unknown };

/** RFC 9110 §5.6.1 token characters: what a field name may be made of. */
const FIELD_NAME = /^[!#$%&'*+\-.^\w`|~]+$/u;

/** Distinct existing values an adder remembers; past that it starts again (they are few: the API names them). */
const REMEMBERED = 1000;

/** The field names of a Vary value, lower-cased, without empty list elements. */
export function parseVary(header: string): string[] {
  const names: string[] = [];
  for (const part of header.split(',')) {
    const name = part.trim().toLowerCase();
    if (name !== '') names.push(name);
  }
  return names;
}

/** Adds `fieldname` to a reply's Vary. The name is checked once, here. */
export function createAddToVary(fieldname: string): (reply: VaryReply) => void {
  if (!FIELD_NAME.test(fieldname)) throw new TypeError(`"${fieldname}" is not a valid header field name.`);
  const lower = fieldname.toLowerCase();
  /** Existing value → the value to set, or null when it already names the field (or `*`). */
  const answers = new Map<string, string | null>();
  return (reply) => {
    const current = reply.getHeader('vary');
    if (current === undefined || current === null || current === '') {
      reply.header('vary', fieldname);
      return;
    }
    const header = Array.isArray(current) ? current.join(', ') : String(current);
    let answer = answers.get(header);
    if (answer === undefined) {
      const names = parseVary(header);
      answer = names.includes('*') ? null : fieldname === '*' ? '*' : names.includes(lower) ? null : `${header}, ${fieldname}`;
      if (answers.size >= REMEMBERED) answers.clear();
      answers.set(header, answer);
    }
    if (answer !== null) reply.header('vary', answer);
  };
}

/** The representation was picked from the Accept header (JSON, CSV, NDJSON, JSON-LD at one URL). */
export const varyOnAccept = createAddToVary('Accept');

/** The pages' interface language was picked from Accept-Language (no `?lang=`). */
export const varyOnAcceptLanguage = createAddToVary('Accept-Language');

/**
 * The body may be compressed. Lower case: that is how @fastify/compress looks for it, and it
 * adds the name itself only when it compresses.
 */
export const varyOnAcceptEncoding = createAddToVary('accept-encoding');
