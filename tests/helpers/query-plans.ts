import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Sql } from '../../src/db/sql.js';

/**
 * Every query a GET of `url` runs on the app's reader (it must answer 200), each with SQLite's
 * EXPLAIN QUERY PLAN, its rows' details joined by newlines. The reader is patched for the one
 * request, so use it on an app whose response cache is off.
 */
export async function queryPlansOf(app: FastifyInstance, url: string): Promise<{ text: string; plan: string }[]> {
  const reader = app.reader;
  const all = reader.all.bind(reader);
  const queries: Sql[] = [];
  reader.all = <Row>(query: Sql) => {
    queries.push(query);
    return all<Row>(query);
  };
  try {
    expect((await app.inject(url)).statusCode, url).toBe(200);
  } finally {
    reader.all = all;
  }
  return Promise.all(
    queries.map(async (q) => {
      const plan = await all<{ detail: string }>({ text: `EXPLAIN QUERY PLAN ${q.text}`, params: q.params });
      return { text: q.text, plan: plan.map((row) => row.detail).join('\n') };
    }),
  );
}
