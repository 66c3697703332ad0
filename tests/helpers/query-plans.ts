import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Sql } from '../../src/db/sql.js';

/**
 * Every query the app's readers run while `run` does (the event loop's `reader` and the
 * `searchReader` a search's long reads go to), in the order sent. The readers are patched
 * meanwhile, so use it on an app whose response cache is off.
 */
export async function queriesOf(app: FastifyInstance, run: () => Promise<unknown>): Promise<Sql[]> {
  const readers = [...new Set([app.reader, app.searchReader])];
  const originals = readers.map((reader) => reader.all.bind(reader));
  const queries: Sql[] = [];
  readers.forEach((reader, i) => {
    const all = originals[i] as typeof reader.all;
    reader.all = <Row>(query: Sql) => {
      queries.push(query);
      return all<Row>(query);
    };
  });
  try {
    await run();
  } finally {
    readers.forEach((reader, i) => {
      reader.all = originals[i] as typeof reader.all;
    });
  }
  return queries;
}

/**
 * Every query a GET of `url` runs (it must answer 200, see queriesOf), each with SQLite's
 * EXPLAIN QUERY PLAN, its rows' details joined by newlines.
 */
export async function queryPlansOf(app: FastifyInstance, url: string): Promise<{ text: string; plan: string }[]> {
  const queries = await queriesOf(app, async () => expect((await app.inject(url)).statusCode, url).toBe(200));
  return Promise.all(
    queries.map(async (q) => {
      const plan = await app.reader.all<{ detail: string }>({ text: `EXPLAIN QUERY PLAN ${q.text}`, params: q.params });
      return { text: q.text, plan: plan.map((row) => row.detail).join('\n') };
    }),
  );
}
