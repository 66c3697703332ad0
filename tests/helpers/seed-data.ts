import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { articleDataset } from '../../seed/data/article.js';
import { isoCountry } from '../../src/domain/iso-countries.js';

/**
 * The seeded dataset as tests expect to read it back, and the small tools that work out an
 * expected answer from it independently of src/ (order, search, code-point offsets).
 */
export { articleDataset };

/** Seed claims, trade figures and leaders as the API serves them by default (all seeded as active). */
export const seedClaims = articleDataset.claims;
export const seedFigures = articleDataset.tradeFigures;
export const seedLeaders = articleDataset.leaders;
/** Seed countries with the codes and English names the loader takes from ISO 3166-1. */
export const seedCountries = articleDataset.countries.map((c) => {
  const iso = isoCountry(c.code);
  if (iso === null) throw new Error(`seed country ${c.code} is not in ISO 3166-1`);
  return { ...c, alpha3: iso.alpha3, name: iso.name };
});

export const seedCounts = {
  sources: articleDataset.sources.length,
  countries: articleDataset.countries.length,
  leaders: articleDataset.leaders.length,
  claims: articleDataset.claims.length,
  tradeFigures: articleDataset.tradeFigures.length,
};

export const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
export const sorted = (values: string[]) => [...values].sort();

/** Code point slice, the unit every offset in the API counts in. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
countries.registerLocale(require('i18n-iso-countries/langs/fr.json') as countries.LocaleData);

/** Every English and French name i18n-iso-countries lists for a code. */
export function isoNames(code: string): string[] {
  return [
    ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
    ...(countries.getName(code, 'fr', { select: 'all' }) ?? []),
  ];
}

/**
 * The names a seeded claim is also found by: its country's ISO names in English and French and
 * recorded name, and its claimant's recorded name when the claimant is a person on record.
 */
export function claimNames(claim: { countryCode: string; claimant: { leaderId: string | null } }): string {
  const country = seedCountries.find((c) => c.code === claim.countryCode);
  const leader = seedLeaders.find((l) => l.id === claim.claimant.leaderId);
  return [
    ...isoNames(claim.countryCode),
    country?.name ?? '',
    country?.nameSource ?? '',
    leader?.name ?? '',
    leader?.nameSource ?? '',
  ].join(' | ');
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The seed's people's names as recorded and as the article spells them, where a word differs,
 * read off seed/data/article.ts by hand (Vladimir Putin / Poutine, Alexander Lukashenko /
 * Alexandre Loukachenko; the others are spelled alike), both ways.
 */
const otherSpellings = new Map<string, string[]>([
  ['putin', ['poutine']],
  ['poutine', ['putin']],
  ['alexander', ['alexandre']],
  ['alexandre', ['alexander']],
  ['lukashenko', ['loukachenko']],
  ['loukachenko', ['lukashenko']],
]);

/**
 * The seed's people's full names, either spelling, and the words a mention of each has (the
 * later words of three letters or more, and their other spellings), listed by hand.
 */
const fullNames: [string[], string[]][] = [
  [
    ['vladimir', 'putin'],
    ['putin', 'poutine'],
  ],
  [
    ['alexander', 'lukashenko'],
    ['lukashenko', 'loukachenko'],
  ],
  [
    ['alexandre', 'loukachenko'],
    ['lukashenko', 'loukachenko'],
  ],
  [['xi', 'jinping'], ['jinping']],
  [['ebrahim', 'raisi'], ['raisi']],
  [['kim', 'jong', 'un'], ['jong']],
  [['javad', 'owji'], ['owji']],
  [['igor', 'korotchenko'], ['korotchenko']],
];

/**
 * What the API's search should find, worked out independently of SQLite: every word of `q`
 * (accents and case folded), or another recorded spelling of it when it is a word of a
 * person's name, is a prefix of some word in one of `fields`; a person's full name in `q`
 * matches a mention of any of its words listed above.
 */
export function searchMatches(fields: (string | null)[], q: string): boolean {
  const query = words(q);
  const terms: string[][] = [];
  for (let i = 0; i < query.length;) {
    const person = fullNames.find(([name]) => name.every((w, j) => query[i + j] === w));
    if (person !== undefined) {
      terms.push(person[1]);
      i += person[0].length;
    } else {
      const t = query[i] as string;
      terms.push([t, ...(otherSpellings.get(t) ?? [])]);
      i += 1;
    }
  }
  if (terms.length === 0) return false;
  const tokens = fields.flatMap((f) => (f === null ? [] : words(f)));
  return terms.every((any) => any.some((s) => tokens.some((tok) => tok.startsWith(s))));
}

type SortSpec<T> = [(row: T) => string | number | null, 'asc' | 'desc'][];

/**
 * Sorts like the API: keys in order, nulls first ascending and last descending, then by id in the
 * direction of the last key.
 */
export function orderLike<T extends { id: string }>(rows: readonly T[], spec: SortSpec<T>): string[] {
  const all: SortSpec<T> = [...spec, [(r) => r.id, spec.at(-1)?.[1] ?? 'asc']];
  return [...rows]
    .sort((a, b) => {
      for (const [get, dir] of all) {
        const x = get(a);
        const y = get(b);
        if (x === y) continue;
        const sign = dir === 'asc' ? 1 : -1;
        if (x === null) return -sign;
        if (y === null) return sign;
        return (x < y ? -1 : 1) * sign;
      }
      return 0;
    })
    .map((r) => r.id);
}
