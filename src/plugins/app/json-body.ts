import fp from 'fastify-plugin';

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * True when a parsed JSON value holds a string or key with a lone UTF-16 surrogate (a `\uD800`
 * escape without its pair): valid JSON, but not Unicode, and Prisma's engine fails on it with a
 * 500. Iterative, so a deeply nested body cannot overflow the stack.
 */
function hasLoneSurrogate(root: unknown): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return true;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** The charset parameter of a Content-Type, lower-cased, or null when there is none. */
function charsetOf(contentType: string | undefined): string | null {
  const match = contentType === undefined ? null : /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType);
  return match?.[1] === undefined ? null : match[1].toLowerCase().slice(0, 40);
}

/**
 * JSON in UTF-8 is the only request body format; anything else is 415. Fastify's own parser refuses
 * prototype-poisoning keys; this one also refuses lone surrogate escapes with a 400.
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
        // Only bodies with a surrogate escape are walked; raw bytes never decode to a lone surrogate.
        if (error === null && /\\u[dD][89a-fA-F]/.test(text) && hasLoneSurrogate(value)) {
          const refused = Object.assign(
            new Error('The JSON body contains a lone UTF-16 surrogate escape; send well-formed Unicode.'),
            { statusCode: 400 },
          );
          done(refused, undefined);
          return;
        }
        done(error, value);
      });
    });
  },
  { name: 'json-body' },
);
