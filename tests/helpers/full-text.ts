/**
 * SQLite's full-text tables (see the full-text search key migration): each with its key table,
 * the records it indexes, and the condition under which a row `f` holds the text of record `r`.
 */
export const FULL_TEXT_TABLES = [
  {
    table: 'claim_fts',
    records: 'Claim',
    idColumn: 'claim_id',
    sameText: 'f."statement" = r."statement" AND f."quote" = r."quote" AND f."claimant" = r."claimantName"',
  },
  {
    table: 'trade_figure_fts',
    records: 'TradeFigure',
    idColumn: 'trade_figure_id',
    sameText: 'f."quote" = r."quote" AND f."caveat" = COALESCE(r."caveat", \'\') AND f."stated_by" = r."statedByName"',
  },
] as const;

export type FullTextTable = (typeof FULL_TEXT_TABLES)[number];

/**
 * One row of counts for `spec`: its full-text rows, its keys, its records, and the full-text rows
 * keyed to a record whose text they hold. All four are equal when the index is in step.
 */
export function fullTextCountsSql({ table, records, idColumn, sameText }: FullTextTable): string {
  return `SELECT (SELECT COUNT(*) FROM "${table}") AS rows, (SELECT COUNT(*) FROM "${table}_key") AS keys,
    (SELECT COUNT(*) FROM "${records}") AS records,
    (SELECT COUNT(*) FROM "${table}" f JOIN "${table}_key" k ON k."key" = f."rowid"
       JOIN "${records}" r ON r."id" = k."${idColumn}" WHERE ${sameText}) AS same`;
}
