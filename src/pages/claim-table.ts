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

export function claimColumns(page: PageContext): { key: string; header: string }[] {
  return COLUMNS.map((column) => ({ key: column.key, header: page.m.claims.columns[column.key] }));
}

export function tableRows(claims: readonly ClaimOut[], page: PageContext) {
  return claims.map((claim) => ({
    id: claim.id,
    retracted: claim.status === 'retracted',
    cells: COLUMNS.map((column) => column.cell(claim, page)),
  }));
}
