import type { Prisma } from '../generated/prisma/client.js';
import { sql, type SqlReader } from '../db/sql.js';
import { enclosingParagraph, sliceCodePoints } from '../lib/text-span.js';
import { SOURCE_RECORD } from './source-record.js';
import { hydrateColumns, readRecord, type RecordSpec } from './sql-list/index.js';

type SourceColumns = Prisma.SourceGetPayload<object>;

type QuotedRow = { quote: string; quoteStart: number; quoteEnd: number; source: SourceColumns };

/**
 * The record of `spec` keyed `id` with its source's columns in place of its source reference, or
 * null when there is none. Both are read afresh (never from the row cache, which may lag another
 * process's commit): the record, then the source with the record's version in one statement,
 * again when that version is not the one read (a write came between). So an annotation's target
 * and body are of one state of the dataset on either engine.
 */
export async function readWithSource<Row extends { sourceId: string; version: number }>(
  reader: Pick<SqlReader, 'all'>,
  spec: RecordSpec & { table: 'Claim' | 'TradeFigure' },
  id: string,
): Promise<(Omit<Row, 'source'> & { source: SourceColumns }) | null> {
  for (;;) {
    const row = await readRecord<Row>(reader, spec, id);
    if (row === undefined) return null;
    const [found] = await reader.all<Record<string, unknown> & { recordVersion: number }>(
      sql(
        `SELECT s.*, r."version" AS "recordVersion" FROM "Source" s JOIN "${spec.table}" r ON r."sourceId" = s."id" WHERE r."id" = ?`,
        [id],
      ),
    );
    if (found === undefined) return null;
    const { recordVersion, ...source } = found;
    if (Number(recordVersion) !== row.version) continue;
    // The source's own columns (its text included), their dates as Prisma reads them.
    hydrateColumns(SOURCE_RECORD, source);
    return { ...row, source: source as SourceColumns };
  }
}

/**
 * What a record's quote rests on, shared by claims and trade figures: the quote and its
 * paragraph with their code point offsets, the source's metadata with the SHA-256 of its text,
 * and whether the quote is still verbatim at its offsets.
 */
export function quoteEvidence(row: QuotedRow) {
  const text = row.source.text;
  const paragraph = enclosingParagraph(text, row.quoteStart, row.quoteEnd);
  return {
    quote: { text: row.quote, start: row.quoteStart, end: row.quoteEnd },
    paragraph: paragraph ?? { text: '', start: row.quoteStart, end: row.quoteStart },
    source: {
      id: row.source.id,
      kind: row.source.kind,
      title: row.source.title,
      author: row.source.author,
      publisher: row.source.publisher,
      language: row.source.language,
      url: row.source.url,
      publishedAt: row.source.publishedAt?.toISOString() ?? null,
      dateNote: row.source.dateNote,
      retrievedAt: row.source.retrievedAt.toISOString(),
      textSha256: row.source.textSha256,
      textUrl: `/v1/sources/${row.source.id}/text`,
    },
    offsetUnit: 'unicode_code_point' as const,
    matches: sliceCodePoints(text, row.quoteStart, row.quoteEnd) === row.quote,
  };
}
