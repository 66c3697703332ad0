import { describe, expect, it } from 'vitest';
import { nameSpellings, NO_SPELLINGS, searchTerms, type SearchTerm, type Spellings } from '../../src/lib/search.js';
import { snippet, type Snippet } from '../../src/lib/snippet.js';

/**
 * The passage finder written the plain way: every word of every field split by the regular
 * expression and folded, offsets counted by spreading the text into code points. snippet() skips
 * work this does (words no term can match are not folded, code points are not counted in a text
 * without surrogate pairs); its results must be the same.
 */
function plainSnippet(fields: Readonly<Record<string, string | null>>, q: string, spellings: Spellings): Snippet | null {
  const fold = (s: string) => s.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const separator = /^[.,'\u0020\u00a0\u2009\u202f]$/u;
  type Token = { text: string; start: number; end: number };
  const tokens = (text: string): Token[] =>
    [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: fold(m[0]), start: m.index, end: m.index + m[0].length }));
  const spans = (all: Token[], text: string, term: SearchTerm): [number, number][] => {
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
        (r, j) => r.text === term.groups[j] && (j === 0 || separator.test(text.slice(run[j - 1]!.end, r.start))),
      );
      if (joined) found.push([t.start, last.end]);
    });
    return found;
  };
  const codePoints = (text: string, utf16: number) => [...text.slice(0, utf16)].length;
  const terms = searchTerms(q, spellings);
  let best: { field: string; text: string; hits: [number, number][]; matched: number } | null = null;
  for (const [field, value] of Object.entries(fields)) {
    if (value === null || value === '') continue;
    const all = tokens(value);
    const perTerm = terms.map((term) => spans(all, value, term));
    const matched = perTerm.filter((s) => s.length > 0).length;
    if (best === null || matched > best.matched) {
      const hits = perTerm.flat().sort((a, b) => a[0] - b[0] || b[1] - a[1]);
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
  let start = Math.max(0, first - 60);
  const points = [...text];
  while (start > 0 && start > first - 80 && !/\s/u.test(points[start - 1] ?? '')) start -= 1;
  const end = Math.min(total, start + 200);
  const highlights = hits
    .map(([from, to]) => ({ start: codePoints(text, from) - start, end: codePoints(text, to) - start }))
    .filter((h) => h.start >= 0 && h.end <= end - start);
  return { field: best.field, text: points.slice(start, end).join(''), start, end, highlights };
}

/** A small deterministic generator (mulberry32), so a failure is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces a text is made of: plain and accented words (precomposed and combining), case, a
// ligature, a dotted capital I, fullwidth digits, astral letters and an emoji, lone surrogates,
// numbers with every group separator, punctuation and other spaces.
const PIECES = [
  'drones',
  'Drones',
  'DRONE',
  'troupes',
  'Corée',
  'Core\u0301e',
  'du',
  'Nord',
  'Poutine',
  'Putin',
  'Loukachenko',
  'Lukashenko',
  'Raïssi',
  'Raisi',
  'Über',
  'uber',
  'ﬁnance',
  'finance',
  'İstanbul',
  'Straße',
  'ΣΟΦΙΑ',
  '１００',
  '\u{1d400}\u{1d401}c',
  'a\u{1d400}',
  '😀',
  '\ud800',
  '\udc00x',
  '100',
  '000',
  '100000',
  '2022',
  '٣٤',
  'l’armée',
  'd’Iran',
  '“tremplin”',
  'Kim',
  'Jong-un',
  'e',
  'x',
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  ',',
  '.',
  "'",
  ';',
  '-',
  '\n',
  '«',
  '»',
];
const QUERY_WORDS = [
  'drone',
  'DRONES',
  'troup',
  'coree',
  'Corée',
  'du nord',
  'poutine',
  'Vladimir Putin',
  'loukachenko',
  'raissi',
  'über',
  'fi',
  'finance',
  'istanbul',
  'strasse',
  'straße',
  'σοφ',
  '100',
  '100000',
  '100 000',
  '100,000',
  '1000',
  'a',
  'e',
  'x',
  'zz',
  '𝐀',
  'armee',
  'iran',
  'jong un',
  'kim jong un',
  '2022',
];

describe('snippet', () => {
  const spellings = nameSpellings([
    { name: 'Alexander Lukashenko', nameSource: 'Alexandre Loukachenko' },
    { name: 'Vladimir Putin', nameSource: 'Poutine' },
    { name: 'Ebrahim Raisi', nameSource: 'Ebrahim Raïssi' },
    { name: 'Kim Jong Un', nameSource: 'Kim Jong-un' },
  ]);

  it('finds the same passage and highlights as the plain way, on texts of every kind of character', () => {
    const next = random(22);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const text = (words: number) => Array.from({ length: words }, () => pick(PIECES)).join(pick([' ', '', ' ', ', ']));
    for (let i = 0; i < 3000; i += 1) {
      const fields = {
        statement: text(Math.floor(next() * 60)),
        quote: next() < 0.1 ? null : text(Math.floor(next() * 120)),
        claimant: text(3),
      };
      const q = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(QUERY_WORDS)).join(' ');
      const names = next() < 0.5 ? spellings : NO_SPELLINGS;
      expect(snippet(fields, q, names), JSON.stringify({ fields, q })).toEqual(plainSnippet(fields, q, names));
    }
  });
});
