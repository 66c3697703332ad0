/**
 * Offsets in this API count Unicode code points, not UTF-16 units, so that Python, PostgreSQL
 * and most other consumers can slice the source text with them directly.
 */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** UTF-16 index of the given code point offset (or -1 when past the end). */
function utf16Index(text: string, codePointOffset: number): number {
  let cp = 0;
  let i = 0;
  while (cp < codePointOffset) {
    if (i >= text.length) return -1;
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    cp += 1;
  }
  return i;
}

export function sliceCodePoints(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  const from = utf16Index(text, start);
  const to = utf16Index(text, end);
  if (from < 0 || to < 0) return null;
  return text.slice(from, to);
}

function toCodePointOffset(text: string, utf16: number): number {
  return codePointLength(text.slice(0, utf16));
}

/** Every code point offset at which `quote` occurs in `text`. */
export function findQuote(text: string, quote: string): number[] {
  const hits: number[] = [];
  if (quote.length === 0) return hits;
  let at = text.indexOf(quote);
  while (at >= 0) {
    hits.push(toCodePointOffset(text, at));
    at = text.indexOf(quote, at + 1);
  }
  return hits;
}

/** The paragraph (blank-line separated block) that contains the span, with its offsets. */
export function enclosingParagraph(
  text: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } | null {
  const from = utf16Index(text, start);
  const to = utf16Index(text, end);
  if (from < 0 || to < 0) return null;
  const before = text.lastIndexOf('\n\n', from);
  const paraFrom = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', to);
  const paraTo = after < 0 ? text.replace(/\n+$/, '').length : after;
  const paragraph = text.slice(paraFrom, Math.max(paraTo, to));
  const paraStart = toCodePointOffset(text, paraFrom);
  return { text: paragraph, start: paraStart, end: paraStart + codePointLength(paragraph) };
}
