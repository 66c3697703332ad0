import { describe, expect, it } from 'vitest';
import type { Sql, SqlReader } from '../../src/db/sql.js';
import { readWithSource } from '../../src/repositories/evidence.js';
import { CLAIM_RECORD } from '../../src/repositories/claim-record.js';

type Row = { id: string; sourceId: string; version: number; source: { id: string; title: string } };

const STAMP = '2024-03-01T00:00:00.000+00:00';

/**
 * A reader over one claim whose version moves by `writes` (one per read of it, then none): the
 * claim's read answers the version it has, the source's read the version the claim has by then.
 */
function readerWithWrites(writes: number) {
  let version = 1;
  let pending = writes;
  const statements: Sql[] = [];
  const reader = {
    all: async (query: Sql) => {
      statements.push(query);
      if (query.text.includes('FROM "Source" s JOIN')) {
        return [
          {
            id: 's1',
            title: `title at v${version}`,
            text: 'Le texte.',
            publishedAt: null,
            retrievedAt: STAMP,
            recordVersion: version,
          },
        ];
      }
      const row = { id: 'c1', sourceId: 's1', version, countryCode: 'KP', createdAt: STAMP, updatedAt: STAMP };
      // A write lands after this read of the claim, before the source's.
      if (pending > 0) {
        pending -= 1;
        version += 1;
      }
      return [row];
    },
  } as unknown as SqlReader;
  return { reader, statements };
}

const claimReads = (statements: Sql[]) => statements.filter((s) => s.text.includes('FROM "Claim" t')).length;

describe('a record read with its source (readWithSource)', () => {
  it('reads both again when a write came between them, so they are of one state', async () => {
    const { reader, statements } = readerWithWrites(2);
    const row = await readWithSource<Row>(reader, CLAIM_RECORD, 'c1');
    expect(claimReads(statements)).toBe(3);
    expect(row?.version).toBe(3);
    expect(row?.source.title).toBe('title at v3');
    // The source's own columns replace the reference, its dates as Prisma reads them.
    expect(row?.source.text).toBe('Le texte.');
    expect(row?.source.retrievedAt).toEqual(new Date('2024-03-01T00:00:00.000Z'));
    expect(row?.source).not.toHaveProperty('recordVersion');
  });

  it('reads each once when nothing was written meanwhile', async () => {
    const { reader, statements } = readerWithWrites(0);
    const row = await readWithSource<Row>(reader, CLAIM_RECORD, 'c1');
    expect(statements).toHaveLength(2);
    expect(row?.source.title).toBe('title at v1');
  });

  it('is null for a record that does not exist, without reading a source', async () => {
    const statements: Sql[] = [];
    const reader = { all: async (query: Sql) => (statements.push(query), []) } as unknown as SqlReader;
    expect(await readWithSource<Row>(reader, CLAIM_RECORD, 'missing')).toBeNull();
    expect(statements).toHaveLength(1);
  });
});
