import { describe, expect, it } from 'vitest';
import { CursorCodec } from '../../src/lib/cursor.js';
import { sortOrder } from '../../src/lib/keyset.js';
import type { Snippet } from '../../src/lib/snippet.js';
import { listMethods } from '../../src/repositories/list.js';
import type { ListTable } from '../../src/repositories/sql-list/index.js';

type Row = { id: string; text: string };
const ROWS: Row[] = [
  { id: 'a', text: 'first' },
  { id: 'b', text: 'second' },
];

/** A table of two row objects, always the same ones (as the row cache hands out within a generation). */
const table = {
  column: (name: string) => ({ text: `t."${name}"`, params: [] }),
  unindexedColumn: (name: string) => ({ text: `+t."${name}"`, params: [] }),
  page: async () => ({ rows: ROWS, ranks: undefined }),
  bestPage: async () => null,
  count: async () => ROWS.length,
  total: async () => ROWS.length,
  facet: async () => ({}),
  after: () => ({ text: '1 = 1', params: [] }),
} as unknown as ListTable<Row, 'id'>;

describe('search passages of listed records', () => {
  it('are made once per record, search and basis, and again when the basis changed', async () => {
    let basis = { spellings: 1 };
    const made: string[] = [];
    const list = listMethods<{ limit: number; q?: string }, Row, 'id', Row>(
      table,
      new CursorCodec('s'.repeat(32)),
      {
        order: () => sortOrder<'id'>('id', { id: { column: 'id', nullable: false, type: 'string' } }, 'id'),
        filter: () => () => ({ text: '1 = 1', params: [] }),
        snippet: (filters, row): Snippet => {
          made.push(`${row.id}:${filters.q}:${basis.spellings}`);
          return { field: 'text', text: `${row.text} ${basis.spellings}`, start: 0, end: 1, highlights: [] };
        },
        snippetBasis: () => basis,
      },
      (row) => row,
    );
    const first = await list.list({ limit: 20, q: 'x' });
    const again = await list.list({ limit: 20, q: 'x' });
    expect(made).toEqual(['a:x:1', 'b:x:1']);
    expect(again.snippets?.[0]).toBe(first.snippets?.[0]);
    expect(Object.isFrozen(first.snippets?.[0])).toBe(true);

    // Another search of the same records has passages of its own.
    await list.list({ limit: 20, q: 'y' });
    expect(made.slice(2)).toEqual(['a:y:1', 'b:y:1']);

    // Spellings refreshed while the records stayed the same objects: made again, then kept.
    basis = { spellings: 2 };
    const refreshed = await list.list({ limit: 20, q: 'x' });
    await list.list({ limit: 20, q: 'x' });
    expect(made.slice(4)).toEqual(['a:x:2', 'b:x:2']);
    expect(refreshed.snippets?.[0]?.text).toBe('first 2');
  });
});
