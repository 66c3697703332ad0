import fp from 'fastify-plugin';

const LONE_SURROGATE = /\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- U+0000 is what it looks for
const NUL = /\u0000/;

/**
 * True when a parsed JSON value holds a string or key that `pattern` matches. Iterative, so a
 * deeply nested body cannot overflow the stack.
 */
function holds(root: unknown, pattern: RegExp): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (pattern.test(value)) return true;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (pattern.test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * Why a parsed body cannot be stored, or null. Both are valid JSON: a lone UTF-16 surrogate (a
 * `\uD800` escape without its pair) is not Unicode, and Prisma's engine fails on it; PostgreSQL's
 * text cannot hold U+0000. Either was a 500. Only bodies with such an escape are walked: raw bytes
 * never decode to a lone surrogate, and a raw NUL is not valid JSON.
 */
function unstorable(text: string, value: unknown): string | null {
  if (/\\u[dD][89a-fA-F]/.test(text) && holds(value, LONE_SURROGATE)) {
    return 'The JSON body contains a lone UTF-16 surrogate escape; send well-formed Unicode.';
  }
  if (text.includes('\\u0000') && holds(value, NUL)) {
    return 'The JSON body contains the NUL character (\\u0000), which no field can hold; remove it.';
  }
  return null;
}

/** The charset parameter of a Content-Type, lower-cased, or null when there is none. */
function charsetOf(contentType: string | undefined): string | null {
  const match = contentType === undefined ? null : /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType);
  return match?.[1] === undefined ? null : match[1].toLowerCase().slice(0, 40);
}

/**
 * JSON in UTF-8 is the only request body format; anything else is 415. Fastify's own parser refuses
 * prototype-poisoning keys; this one also refuses, with a 400, what no field can store.
 */
export default fp(
  async (app) => {
    app.removeAllContentTypeParsers();
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      // RFC 8259 §8.1: JSON between systems is UTF-8. A body declared in another charset would be
      // decoded as UTF-8 all the same, and its accents stored garbled.
      const charset = charsetOf(request.headers['content-type']);
      if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
        const refused = Object.assign(
          new Error(
            `The body is declared as charset=${charset}; JSON bodies are read as UTF-8 only: send UTF-8, with charset=utf-8 or no charset.`,
          ),
          { statusCode: 415 },
        );
        done(refused, undefined);
        return;
      }
      const text = body as string; // parseAs: 'string'
      parseJson(request, text, (error, value) => {
        const reason = error === null ? unstorable(text, value) : null;
        if (reason !== null) {
          done(Object.assign(new Error(reason), { statusCode: 400 }), undefined);
          return;
        }
        done(error, value);
      });
    });
  },
  { name: 'json-body' },
);
