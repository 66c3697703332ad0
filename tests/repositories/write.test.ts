import { describe, expect, it } from 'vitest';
import type { Sql } from '../../src/db/sql.js';
import type { Tx } from '../../src/db/write-tx.js';
import { newId } from '../../src/repositories/write.js';

/** A transaction handle on which the first `taken` ids looked up already exist. */
function txWithTaken(taken: number) {
  const asked: string[] = [];
  const tx: Tx = {
    dialect: 'sqlite',
    all: () => Promise.resolve([]),
    run: () => Promise.resolve(0),
    dateParam: (date) => date.toISOString(),
    get: <Row>(query: Sql) => {
      asked.push(String(query.params[0]));
      return Promise.resolve((asked.length <= taken ? { taken: 1 } : undefined) as Row | undefined);
    },
  };
  return { tx, asked };
}

describe('newId (issue 19.3: ids that collide)', () => {
  it('draws a fresh random suffix when the first ids are taken, and returns the first free one', async () => {
    const { tx, asked } = txWithTaken(2);
    const id = await newId(tx, 'Claim', 'Kim Jong Un sent troops');
    expect(asked).toHaveLength(3);
    expect(new Set(asked).size).toBe(3);
    expect(id).toBe(asked[2]);
    expect(id).toMatch(/^kim-jong-un-sent-troops-[0-9a-f]{12}$/);
  });
});
