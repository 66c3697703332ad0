import type { Snippet } from '../lib/snippet.js';
import type { ClaimOut } from '../schemas/claim.js';
import type { PageContext } from './context.js';
import { topicsOf } from './records.js';

/**
 * The claims table, column by column. A cell is data for one of a few generic renderings (the
 * template knows these, not the columns), so a column is one entry here: a search snippet,
 * when the repository gives one, is `{ key: 'snippet', cell: (c) => ({ kind: 'marked', runs: … }) }`.
 */
export type Cell =
  | { kind: 'link'; text: string; href: string; lang: string | null }
  | { kind: 'text'; text: string; detail: string | null; lang: string | null }
  | { kind: 'badge'; tone: string; text: string }
  | { kind: 'marked'; runs: { text: string; mark: boolean }[]; lang: string | null };

type Column = { key: keyof PageContext['m']['claims']['columns']; cell: (claim: ClaimOut, page: PageContext) => Cell };

const COLUMNS: Column[] = [
  // Statements, names and notes are data, recorded in English whatever the interface language.
  { key: 'statement', cell: (c, p) => ({ kind: 'link', text: c.statement, href: p.href(`/claims/${c.id}`), lang: 'en' }) },
  {
    key: 'country',
    cell: (c, p) => ({ kind: 'link', text: c.country.name, href: p.href(`/countries/${c.country.code}`), lang: 'en' }),
  },
  {
    key: 'claimant',
    cell: (c, p) => ({ kind: 'text', text: c.claimant.name, detail: p.m.claimantTypes[c.claimant.type], lang: 'en' }),
  },
  {
    key: 'topic',
    cell: (c, p) => ({
      kind: 'text',
      text: topicsOf(c)
        .map((t) => p.m.topics[t])
        .join(', '),
      detail: null,
      lang: null,
    }),
  },
  {
    key: 'verification',
    cell: (c, p) => ({ kind: 'badge', tone: c.verification, text: p.m.verification.labels[c.verification] }),
  },
];

/** The columns, with the search's passage after the statement when the list is a search. */
export function claimColumns(page: PageContext, searched = false): { key: string; header: string }[] {
  const keys = COLUMNS.map((column) => column.key);
  if (searched) keys.splice(1, 0, 'snippet');
  return keys.map((key) => ({ key, header: page.m.claims.columns[key] }));
}

/** A passage as runs of text, the matched ones marked (offsets are code points, as the API gives them). */
export function snippetCell(snippet: Snippet | null): Cell {
  if (snippet === null) return { kind: 'text', text: '', detail: null, lang: null };
  const points = [...snippet.text];
  const runs: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    if (start > at) runs.push({ text: points.slice(at, start).join(''), mark: false });
    runs.push({ text: points.slice(start, end).join(''), mark: true });
    at = end;
  }
  if (at < points.length) runs.push({ text: points.slice(at).join(''), mark: false });
  // Quotes are the source's French; statements and names are recorded in English.
  return { kind: 'marked', runs, lang: snippet.field === 'quote' ? 'fr' : 'en' };
}

export function tableRows(claims: readonly ClaimOut[], page: PageContext, snippets?: readonly (Snippet | null)[]) {
  return claims.map((claim, i) => {
    const cells = COLUMNS.map((column) => column.cell(claim, page));
    if (snippets !== undefined) cells.splice(1, 0, snippetCell(snippets[i] ?? null));
    return { id: claim.id, retracted: claim.status === 'retracted', cells };
  });
}
