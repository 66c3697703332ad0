import type { Prisma } from '../generated/prisma/client.js';
import { enclosingParagraph, sliceCodePoints } from '../lib/text-span.js';

type QuotedRow = { quote: string; quoteStart: number; quoteEnd: number; source: Prisma.SourceGetPayload<object> };

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
