import { describe, expect, it } from 'vitest';
import type { DatasetGeneration } from '../../src/db/generation.js';
import type { Sql, SqlReader } from '../../src/db/sql.js';
import { readWithSource } from '../../src/repositories/evidence.js';

type Row = { id: string; sourceId: string; read: number; source: { id: string; title: string } };

/** A reader that answers the source's read with one row, its title numbered by how many reads it made. */
function sourceReader() {
  const statements: Sql[] = [];
  const reader = {
    all: async (query: Sql) => {
      statements.push(query);
      return [
        {
          id: query.params[0],
          title: `title ${statements.length}`,
          text: 'Le texte.',
          publishedAt: null,
          retrievedAt: '2024-03-01T00:00:00.000+00:00',
          createdAt: '2024-03-01T00:00:00.000+00:00',
          updatedAt: '2024-03-01T00:00:00.000+00:00',
        },
      ];
    },
  } as unknown as SqlReader;
  return { reader, statements };
}

/** A generation whose successive reads give `values`, then the last one. */
function generationOf(...values: (number | null)[]): DatasetGeneration {
  let at = 0;
  return { now: () => values[Math.min(at++, values.length - 1)] ?? null } as unknown as DatasetGeneration;
}

describe('a record read with its source (readWithSource)', () => {
  it('reads both again when a commit came between them, so they are of one state', async () => {
    const { reader, statements } = sourceReader();
    let reads = 0;
    const read = async (): Promise<Row> => ({ id: 'c1', sourceId: 's1', read: ++reads, source: { id: 's1', title: 'ref' } });
    // Before the first pair 1, after it 2 (a commit), then 2 around the second pair.
    const row = await readWithSource({ reader, generation: generationOf(1, 2, 2, 2) }, read);
    expect(reads).toBe(2);
    expect(statements).toHaveLength(2);
    expect(row?.read).toBe(2);
    expect(row?.source.title).toBe('title 2');
    // The source's own columns replace the reference, its dates as Prisma reads them.
    expect(row?.source.text).toBe('Le texte.');
    expect(row?.source.retrievedAt).toEqual(new Date('2024-03-01T00:00:00.000Z'));
    expect(statements[0]?.text).toContain('FROM "Source" t');
  });

  it('reads once when nothing was committed, or when there is no generation to compare with', async () => {
    for (const generation of [generationOf(5), generationOf(null)]) {
      const { reader } = sourceReader();
      let reads = 0;
      const row = await readWithSource({ reader, generation }, async () => ({ id: 'c1', sourceId: 's1', read: ++reads }));
      expect(reads).toBe(1);
      expect(row?.source.id).toBe('s1');
    }
  });

  it('is null for a record that does not exist, without reading a source', async () => {
    const { reader, statements } = sourceReader();
    expect(await readWithSource({ reader, generation: generationOf(1) }, async () => undefined)).toBeNull();
    expect(statements).toEqual([]);
  });
});
