const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

/** Whether `q` asks for a search at all: absent or blank, it filters nothing. */
export function isSearch(q: string | undefined): q is string {
  return q !== undefined && q.trim() !== '';
}

/**
 * One term of a search: a word, matched as a prefix, or a number, which the text may write with
 * or without group separators (« 100.000 », « 100 000 », « 100,000 », « 100000 »): either the
 * digits as one word, or its groups of three as consecutive words (how both engines split a
 * separated number).
 */
export type SearchTerm = { kind: 'word'; word: string } | { kind: 'number'; digits: string; groups: string[] };

/** A number written with group separators (dot, comma, spaces), or a word (a run of letters and digits). */
const TOKEN = /\d{1,3}(?:[.,'\u0020\u00a0\u2009\u202f]\d{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;

/** `100000` → ['100', '000']: groups of three from the right. */
function digitGroups(digits: string): string[] {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups;
}

/**
 * The terms of a search, for either engine: NFKC, runs of letters and digits, at most MAX_TERMS
 * of at most MAX_TERM_LENGTH characters each. A number of four digits or more, with or without
 * separators, is one number term. Quotes and operators are not letters, so no search syntax
 * survives the split.
 */
export function searchTerms(input: string): SearchTerm[] {
  const tokens = input.normalize('NFKC').match(TOKEN) ?? [];
  return tokens.slice(0, MAX_TERMS).map((token): SearchTerm => {
    const digits = token.replace(/[^\d]/g, '');
    if (/^\d/.test(token) && /^\d{1,3}(?:[^\d]\d{3})+$|^\d{4,}$/.test(token) && digits.length <= MAX_TERM_LENGTH) {
      return { kind: 'number', digits, groups: digitGroups(digits) };
    }
    return { kind: 'word', word: token.slice(0, MAX_TERM_LENGTH) };
  });
}

/** The words of a search (a number as its digits), as searchTerms splits them. */
export function searchWords(input: string): string[] {
  return searchTerms(input).map((t) => (t.kind === 'word' ? t.word : t.digits));
}

/**
 * Turns user input into an FTS5 MATCH expression made only of quoted words, so FTS syntax in
 * the input (quotes, `*`, `NEAR(`, `OR`, column filters) is searched for as text, never run.
 * Each word is a prefix match: `drone` finds `drones`; a number is its digits as a prefix or its
 * groups as a phrase. Returns null when no word is left.
 */
export function ftsMatchExpression(input: string, columns: readonly string[]): string | null {
  const terms = searchTerms(input).map((t) =>
    t.kind === 'word' ? `"${t.word}"*` : `("${t.digits}"* OR "${t.groups.join(' ')}")`,
  );
  if (terms.length === 0) return null;
  const expression = terms.join(' AND ');
  return columns.length > 0 ? `{${columns.join(' ')}} : (${expression})` : expression;
}
