/**
 * HTML escaping for every interpolation in the page templates (Eta's `<%= %>`), plus one thing
 * escaping alone does not cover: Unicode bidirectional controls. An override (U+202E) or an
 * embedding left open in a recorded text would keep reordering the page's own text after it,
 * to the end of the paragraph, and a stray closer (U+202C, U+2069) could end one opened by the
 * page. Each value is therefore closed on itself: closers without an opener are dropped and
 * openers left open are closed at its end, so the text reads exactly as recorded and nothing
 * around it moves.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
const HAS_SPECIAL = /[&<>"']/;
/** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const EMBEDDING_OPENER = /[\u202a\u202b\u202d\u202e]/;
const ISOLATE_OPENER = /[\u2066-\u2068]/;
const PDF = '\u202c';
const PDI = '\u2069';

/** The value with its bidi embeddings and isolates balanced (see above). */
export function closeBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  let out = '';
  for (const char of text) {
    if (char === PDF) {
      // As in the bidi algorithm: a PDF closes the innermost embedding, never across an isolate.
      if (open[open.length - 1] !== 'embedding') continue;
      open.pop();
    } else if (char === PDI) {
      // A PDI closes its isolate and whatever was opened inside it.
      const at = open.lastIndexOf('isolate');
      if (at < 0) continue;
      open.length = at;
    } else if (EMBEDDING_OPENER.test(char)) open.push('embedding');
    else if (ISOLATE_OPENER.test(char)) open.push('isolate');
    out += char;
  }
  for (let i = open.length - 1; i >= 0; i -= 1) out += open[i] === 'isolate' ? PDI : PDF;
  return out;
}

export function escapeHtml(value: unknown): string {
  const text = closeBidi(String(value));
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c] as string) : text;
}

/**
 * JSON for a `<script type="application/ld+json">` data block. The HTML parser ends a script at
 * the first `</script` whatever the JSON means, and `<!--` changes how it finds that end; with
 * every `<` written as the JSON escape `\u003c`, the text holds neither and parses to the same
 * value.
 */
export function jsonDataBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
