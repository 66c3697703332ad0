/**
 * In-process cost of `claims.list()` on synthetic claims (SQLite, 10k by default), without HTTP: a filter, a
 * search, a page deep behind a cursor and the page before it (its prev cursor), each asked again and
 * again as a busy list would be (rows and totals come from the per-generation caches, the page ids from SQLite every time),
 * in CPU time per call.
 * For comparing changes to the data layer; `npm run bench` measures the API.
 *
 *   node --import tsx bench/list-micro.ts [--rounds 7] [--iterations 3000] [--claims 10000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetGeneration, openVersionReader } from '../src/db/generation.js';
import { createSqliteReader } from '../src/db/sqlite-reader.js';
import { CursorCodec } from '../src/lib/cursor.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { createRepositories } from '../src/repositories/index.js';
import { claimListQuery } from '../src/schemas/claim.js';
import { buildSyntheticDatabase, createSeededDatabase, SCALE_SEARCH_WORD } from './lib/data.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    iterations: { type: 'string', default: '3000' },
    claims: { type: 'string', default: '10000' },
  },
});
const rounds = Number(values.rounds);
const iterations = Number(values.iterations);

const dir = mkdtempSync(path.join(tmpdir(), 'allies-list-micro-'));
try {
  const seeded = await createSeededDatabase(dir);
  const { url } = buildSyntheticDatabase(seeded, path.join(dir, 'scale.db'), Number(values.claims), PROJECT_ROOT);
  const reader = createSqliteReader(url);
  const generation = new DatasetGeneration(openVersionReader(url), 1000);
  // Reads only: nothing here writes.
  const writer = { write: () => Promise.reject(new Error('list-micro does not write')) };
  const repos = createRepositories({ reader, generation }, new CursorCodec('x'.repeat(32)), writer);

  const filter = claimListQuery.parse({ country: 'KP', topic: 'troops,military' });
  const search = claimListQuery.parse({ q: SCALE_SEARCH_WORD });
  // Half-way through the default order (or on the last page of a small table).
  let deep = claimListQuery.parse({});
  for (let page = 0; page < 250; page += 1) {
    const { nextCursor } = await repos.claims.list(deep);
    if (nextCursor === null) break;
    deep = claimListQuery.parse({ cursor: nextCursor });
  }
  // The way back from there: the page before it, read in the reversed order.
  const { prevCursor } = await repos.claims.list(deep);
  if (prevCursor === null) throw new Error('the deep page has no previous page');
  const deepPrev = claimListQuery.parse({ cursor: prevCursor });
  const scenarios = { filter, search, deepCursor: deep, deepPrev };

  const timings: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, query] of Object.entries(scenarios)) {
      for (let i = 0; i < 200; i += 1) await repos.claims.list(query);
      // CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours.
      const start = process.cpuUsage();
      for (let i = 0; i < iterations; i += 1) await repos.claims.list(query);
      const used = process.cpuUsage(start);
      (timings[name] ??= []).push((used.user + used.system) / iterations);
    }
  }
  for (const [name, list] of Object.entries(timings)) {
    const sorted = [...list].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    process.stdout.write(
      `${name.padEnd(11)} median ${median.toFixed(1)} µs of CPU a call (min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)})\n`,
    );
  }
  await Promise.all([reader.close(), generation.close()]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
