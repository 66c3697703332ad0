import { distance } from 'fastest-levenshtein';

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
export type SearchTerm =
  { kind: 'word'; word: string; alternates: readonly string[] } | { kind: 'number'; digits: string; groups: string[] };

const ASCII = /^[\0-\x7f]*$/;

/**
 * The search's folding, as both engines do it: compatibility forms, accents and case. ASCII
 * text has no other form and no accent, so only its case is folded.
 */
export const foldWord = (s: string) =>
  ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Other spellings of a name's words, folded: « Loukachenko » for « Lukashenko » and back. A
 * claim about a person may spell the name one way in its English statement and not name them
 * in its French quote, so a search for either spelling matches both.
 */
export type Spellings = {
  /** A name word's other spellings. */
  words: ReadonlyMap<string, readonly string[]>;
  /**
   * People's full names of two words or more, each as recorded and as the source spells it,
   * with the words any one of which a mention of the person has (the words after the first, of
   * three letters or more, and their spellings): a search for « Vladimir Putin » is a search for
   * the person, whom the article calls « Poutine » and never « Vladimir ». A name whose family
   * name comes first (Xi Jinping, Kim Jong Un) is found by its later words only.
   */
  names: readonly { forms: readonly (readonly string[])[]; anyOf: readonly string[] }[];
};

export const NO_SPELLINGS: Spellings = { words: new Map(), names: [] };

/**
 * Two spellings of one name word: the same first letter and at most a third of the longer one
 * edited (Lukashenko / Loukachenko 2 of 11, Alexander / Alexandre 2 of 9, Putin / Poutine 2 of
 * 7), so a word is never paired with another word of the name (Viktor with Orbán when the source
 * writes the surname first) and short particles (Un, du, bin) never widen a search.
 */
function sameNameWord(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  return a !== b && Math.min(a.length, b.length) >= 4 && a[0] === b[0] && distance(a, b) * 3 <= longer;
}

/** A name's words, folded. */
const nameWords = (name: string | null): string[] => (name?.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord);

/**
 * The spellings a dataset records: each person's name as recorded and as the source spells it
 * (`Alexander Lukashenko` / `Alexandre Loukachenko`, `Vladimir Putin` / `Poutine`), every word
 * of one paired with the word of the other that spells it differently (sameNameWord), and the
 * full names (Spellings.names). Only recorded spellings: nothing is guessed.
 */
export function nameSpellings(names: readonly { name: string; nameSource: string | null }[]): Spellings {
  const people = names.map(({ name, nameSource }) => [nameWords(name), nameWords(nameSource)] as const);
  const pairs = new Map<string, Set<string>>();
  const add = (from: string, to: string) => pairs.set(from, (pairs.get(from) ?? new Set<string>()).add(to));
  for (const [recorded, source] of people)
    for (const a of recorded)
      for (const b of source)
        if (sameNameWord(a, b)) {
          add(a, b);
          add(b, a);
        }
  const words = new Map([...pairs].map(([word, set]) => [word, [...set].sort()]));

  const fullNames: Spellings['names'][number][] = [];
  for (const spelt of people) {
    const forms = spelt.filter((form) => form.length >= 2);
    // A mention of the person has a word after the first (Putin, not Vladimir, who may be
    // someone else); words of one or two letters (Un) would match far more as prefixes.
    const own = [...new Set(forms.flatMap((form) => form.slice(1)))].filter((w) => w.length >= 3);
    const anyOf = [...new Set([...own, ...own.flatMap((w) => words.get(w) ?? [])])].sort();
    if (anyOf.length > 0) fullNames.push({ forms, anyOf });
  }
  // Longest first, so a name inside a longer one is not taken for it.
  const longest = (p: Spellings['names'][number]) => Math.max(...p.forms.map((f) => f.length));
  fullNames.sort((a, b) => longest(b) - longest(a));
  return { words, names: fullNames };
}

/** A number written with group separators (dot, comma, spaces), or a word (a run of letters and digits). */
const TOKEN = /\d{1,3}(?:[.,'\u0020\u00a0\u2009\u202f]\d{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;

/** `100000` → ['100', '000']: groups of three from the right. */
function digitGroups(digits: string): string[] {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups;
}

/**
 * The last search split, frozen: a list request splits its search for the match, the ranking and
 * each row's snippet, one after another.
 */
let lastSplit: { input: string; spellings: Spellings; terms: readonly SearchTerm[] } | null = null;

/**
 * The terms of a search, for either engine: NFKC, runs of letters and digits, at most MAX_TERMS
 * of at most MAX_TERM_LENGTH characters each. A number of four digits or more, with or without
 * separators, is one number term. Quotes and operators are not letters, so no search syntax
 * survives the split. Frozen, since a repeated call gives the same terms.
 */
export function searchTerms(input: string, spellings: Spellings = NO_SPELLINGS): readonly SearchTerm[] {
  if (lastSplit?.input === input && lastSplit.spellings === spellings) return lastSplit.terms;
  const terms = Object.freeze(splitTerms(input, spellings).map((term) => Object.freeze(term)));
  lastSplit = { input, spellings, terms };
  return terms;
}

function splitTerms(input: string, spellings: Spellings): SearchTerm[] {
  const tokens = (input.normalize('NFKC').match(TOKEN) ?? []).slice(0, MAX_TERMS);
  const folded = tokens.map(foldWord);
  const terms: SearchTerm[] = [];
  // How many tokens from `i` spell one of the person's full names (the longest such), or 0.
  const spelt = (person: Spellings['names'][number], i: number) =>
    Math.max(0, ...person.forms.filter((form) => form.every((w, j) => folded[i + j] === w)).map((form) => form.length));
  for (let i = 0; i < tokens.length;) {
    // A person's full name, in either spelling: one term, matched by any word of the name.
    const person = spellings.names.find((p) => spelt(p, i) > 0);
    if (person !== undefined) {
      const [word, ...alternates] = person.anyOf as [string, ...string[]];
      terms.push({ kind: 'word', word, alternates });
      i += spelt(person, i);
      continue;
    }
    const token = tokens[i] as string;
    i += 1;
    const digits = token.replace(/[^\d]/g, '');
    if (/^\d/.test(token) && /^\d{1,3}(?:[^\d]\d{3})+$|^\d{4,}$/.test(token) && digits.length <= MAX_TERM_LENGTH) {
      terms.push({ kind: 'number', digits, groups: digitGroups(digits) });
      continue;
    }
    const word = token.slice(0, MAX_TERM_LENGTH);
    terms.push({ kind: 'word', word, alternates: spellings.words.get(foldWord(word)) ?? [] });
  }
  return terms;
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
export function ftsMatchExpression(
  input: string,
  columns: readonly string[],
  spellings: Spellings = NO_SPELLINGS,
): string | null {
  const terms = searchTerms(input, spellings).map((t) => {
    if (t.kind === 'number') return `("${t.digits}"* OR "${t.groups.join(' ')}")`;
    // Alternates are folded letters and digits of recorded names: no quote can be among them.
    return t.alternates.length === 0 ? `"${t.word}"*` : `(${[t.word, ...t.alternates].map((w) => `"${w}"*`).join(' OR ')})`;
  });
  if (terms.length === 0) return null;
  const expression = terms.join(' AND ');
  return columns.length > 0 ? `{${columns.join(' ')}} : (${expression})` : expression;
}
