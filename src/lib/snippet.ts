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

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the groups of a number (as in searchTerms). */
const GROUP_SEPARATOR = /^[.,'\u0020\u00a0\u2009\u202f]$/u;

type Token = { text: string; start: number; end: number };

/** Words of `text` with their UTF-16 offsets. */
function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** UTF-16 spans of `text` that `term` matches, the same way the full-text index does. */
function spans(all: Token[], text: string, term: SearchTerm): [number, number][] {
  if (term.kind === 'word') {
    const words = [fold(term.word), ...term.alternates];
    return all.filter((t) => words.some((word) => t.text.startsWith(word))).map((t) => [t.start, t.end]);
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

const codePoints = (text: string, utf16: number) => [...text.slice(0, utf16)].length;

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
  const terms = searchTerms(q, spellings);
  let best: { field: string; text: string; hits: [number, number][]; matched: number } | null = null;
  for (const [field, value] of Object.entries(fields)) {
    if (value === null || value === '') continue;
    const all = tokens(value);
    const perTerm = terms.map((term) => spans(all, value, term));
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
  const total = [...text].length;
  const first = hits[0] === undefined ? 0 : codePoints(text, hits[0][0]);
  let start = Math.max(0, first - BEFORE);
  // Start at a word: back to the space before `start`, unless that loses too much.
  const points = [...text];
  while (start > 0 && start > first - BEFORE - 20 && !/\s/u.test(points[start - 1] ?? '')) start -= 1;
  const end = Math.min(total, start + LENGTH);
  const highlights = hits
    .map(([from, to]) => ({ start: codePoints(text, from) - start, end: codePoints(text, to) - start }))
    .filter((h) => h.start >= 0 && h.end <= end - start);
  return { field: best.field, text: points.slice(start, end).join(''), start, end, highlights };
}
