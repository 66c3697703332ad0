import { foldWord as fold, NO_SPELLINGS, searchTerms, type SearchTerm, type Spellings } from './search.js';

/** A passage of one searched field around the words a search matched there. */
export type Snippet = {
  /** The field the passage is taken from (e.g. statement or quote). */
  field: string;
  text: string;
  /** Where the passage starts and ends in the field, in Unicode code points. */
  start: number;
  end: number;
  /** The matched words, as code point offsets [start, end) into `text`. */
  highlights: { start: number; end: number }[];
};

/** Code points of context kept before the first match, and at most in a passage. */
const BEFORE = 60;
const LENGTH = 200;

/** What may stand between the groups of a number (as in searchTerms). */
const GROUP_SEPARATOR = /^[.,'\u0020\u00a0\u2009\u202f]$/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/** A word of a text, with its UTF-16 offsets; folded only when a term may match it. */
class Token {
  private foldedText: string | undefined;
  constructor(
    readonly raw: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return (this.foldedText ??= fold(this.raw));
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** What LETTER_OR_DIGIT said of each character of the Basic Multilingual Plane asked about: 0 not asked, 1 no, 2 yes. */
const bmpWordChar = new Uint8Array(0x10000);

/** Whether the code point of `text` at `i`, `width` units long, is a letter or a digit. */
function isWordChar(text: string, i: number, code: number, width: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (width === 2) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  let known = bmpWordChar[code];
  if (known === 0) bmpWordChar[code] = known = LETTER_OR_DIGIT.test(text[i] as string) ? 2 : 1;
  return known === 2;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Calls `word` with the UTF-16 offsets of each word of `text`: the runs of letters and digits
 * that /[\p{L}\p{N}]+/gu matches, found without a match object per word (that, and folding
 * every word, was most of a snippet's time).
 */
function forEachWord(text: string, word: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const width = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    if (isWordChar(text, i, code, width)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      word(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) word(start, text.length);
}

/** Words of `text` with their UTF-16 offsets. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  forEachWord(text, (start, end) => out.push(new Token(text.slice(start, end), start, end)));
  return out;
}

/**
 * A search's term as the passage finder compares it: a word with its other spellings, folded,
 * and the first characters they start with.
 */
type Term = { kind: 'word'; words: string[]; firsts: string | null } | Extract<SearchTerm, { kind: 'number' }>;

/**
 * Whether a word may start with one of the folded words starting with `firsts`: one whose first
 * character is ASCII folds to that character in lower case (NFKC leaves it, NFD and the marks'
 * removal keep a base letter, and a word holds no mark), so it is compared unfolded; any other
 * may fold to anything.
 */
function mayMatch(c: number, firsts: string | null): boolean {
  if (firsts === null || c >= 0x80) return true;
  return firsts.includes(String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 0x20 : c));
}

type WordTerm = Extract<Term, { kind: 'word' }>;
const isWordTerm = (term: Term): term is WordTerm => term.kind === 'word';

/**
 * For each term, the UTF-16 spans of `text` it matches, the same way the full-text index does.
 * Words alone are matched in one pass over the text, each word folded at most once; a number
 * compares runs of words, so its terms are matched on the text's words split first.
 */
function termSpans(text: string, terms: readonly Term[]): [number, number][][] {
  if (!terms.every(isWordTerm)) {
    const all = tokens(text);
    return terms.map((term) => spans(all, text, term));
  }
  const found = terms.map((): [number, number][] => []);
  forEachWord(text, (start, end) => {
    let folded: string | undefined;
    terms.forEach(({ words, firsts }, j) => {
      if (!mayMatch(text.charCodeAt(start), firsts)) return;
      folded ??= fold(text.slice(start, end));
      if (words.some((word) => (folded as string).startsWith(word))) found[j]?.push([start, end]);
    });
  });
  return found;
}

/** UTF-16 spans of `text` that `term` matches, given the text's words. */
function spans(all: Token[], text: string, term: Term): [number, number][] {
  if (term.kind === 'word') {
    const { words, firsts } = term;
    return all
      .filter((t) => mayMatch(t.raw.charCodeAt(0), firsts) && words.some((word) => t.text.startsWith(word)))
      .map((t) => [t.start, t.end]);
  }
  const found: [number, number][] = [];
  all.forEach((t, i) => {
    if (t.text.startsWith(term.digits)) found.push([t.start, t.end]);
    const last = all[i + term.groups.length - 1];
    if (last === undefined || term.groups.length < 2) return;
    const run = all.slice(i, i + term.groups.length);
    const joined = run.every(
      (r, j) => r.text === term.groups[j] && (j === 0 || GROUP_SEPARATOR.test(text.slice(run[j - 1]!.end, r.start))),
    );
    if (joined) found.push([t.start, last.end]);
  });
  return found;
}

/** The last search's terms: a list's snippets are built one row after another for one search. */
let prepared: { q: string; spellings: Spellings; terms: Term[] } | null = null;

function termsOf(q: string, spellings: Spellings): Term[] {
  if (prepared?.q === q && prepared.spellings === spellings) return prepared.terms;
  const terms = searchTerms(q, spellings).map((term): Term => {
    if (term.kind === 'number') return term;
    const words = [fold(term.word), ...term.alternates];
    return { kind: 'word', words, firsts: words.includes('') ? null : words.map((w) => w[0]).join('') };
  });
  prepared = { q, spellings, terms };
  return terms;
}

/**
 * The passage of `fields` (in order of preference) that shows the most of the search's terms,
 * with each match's offsets, so that a page or a client can highlight them. A record the search
 * found only by names that are not in these fields (its country's, say) gets the start of its
 * first field, with no highlight. Null when there is no text at all.
 */
export function snippet(
  fields: Readonly<Record<string, string | null>>,
  q: string,
  spellings: Spellings = NO_SPELLINGS,
): Snippet | null {
  const terms = termsOf(q, spellings);
  let best: { field: string; text: string; hits: [number, number][]; matched: number } | null = null;
  for (const [field, value] of Object.entries(fields)) {
    if (value === null || value === '') continue;
    const perTerm = termSpans(value, terms);
    const matched = perTerm.filter((s) => s.length > 0).length;
    if (best === null || matched > best.matched) {
      const hits = perTerm.flat().sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      // Overlapping matches (a word that two terms both match) are one highlight.
      const merged: [number, number][] = [];
      for (const hit of hits) {
        const previous = merged[merged.length - 1];
        if (previous !== undefined && hit[0] < previous[1]) previous[1] = Math.max(previous[1], hit[1]);
        else merged.push([hit[0], hit[1]]);
      }
      best = { field, text: value, hits: merged, matched };
    }
  }
  if (best === null) return null;
  const { text, hits } = best;
  // Offsets in code points: UTF-16 offsets themselves unless the text has a surrogate pair.
  const points = SURROGATE.test(text) ? [...text] : null;
  const codePoints = (utf16: number) => (points === null ? utf16 : [...text.slice(0, utf16)].length);
  const total = points === null ? text.length : points.length;
  const first = hits[0] === undefined ? 0 : codePoints(hits[0][0]);
  let start = Math.max(0, first - BEFORE);
  // Start at a word: back to the space before `start`, unless that loses too much.
  const pointAt = (i: number) => (points === null ? text[i] : points[i]);
  while (start > 0 && start > first - BEFORE - 20 && !/\s/u.test(pointAt(start - 1) ?? '')) start -= 1;
  const end = Math.min(total, start + LENGTH);
  const highlights = hits
    .map(([from, to]) => ({ start: codePoints(from) - start, end: codePoints(to) - start }))
    .filter((h) => h.start >= 0 && h.end <= end - start);
  return {
    field: best.field,
    text: points === null ? text.slice(start, end) : points.slice(start, end).join(''),
    start,
    end,
    highlights,
  };
}
