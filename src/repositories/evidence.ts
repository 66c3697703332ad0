import type { Prisma } from '../generated/prisma/client.js';
import { enclosingParagraph, sliceCodePoints } from '../lib/text-span.js';
import { readRecord, type Reads, type RecordSpec } from './sql-list/index.js';

type SourceColumns = Prisma.SourceGetPayload<object>;

type QuotedRow = { quote: string; quoteStart: number; quoteEnd: number; source: SourceColumns };

/** A source's own columns, its text included, as Prisma reads them: what a quote is checked against. */
const SOURCE_COLUMNS = { table: 'Source', dateColumns: ['publishedAt', 'retrievedAt'] } as const satisfies RecordSpec;

/**
 * The record `read` finds, with its source's columns in place of its source reference, or null
 * when there is no such record. The two are read again when a commit came between them, so an
 * annotation's target and body are of one state of the dataset.
 */
export async function readWithSource<Row extends { sourceId: string }>(
  { reader, generation }: Reads,
  read: () => Promise<Row | undefined>,
): Promise<(Omit<Row, 'source'> & { source: SourceColumns }) | null> {
  for (;;) {
    const before = generation.now(true);
    const row = await read();
    if (row === undefined) return null;
    const source = await readRecord<SourceColumns>(reader, SOURCE_COLUMNS, row.sourceId);
    // Without a generation there is nothing to compare with: the reads stand as they are.
    if (before === null || generation.now(true) === before) return source === undefined ? null : { ...row, source };
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
