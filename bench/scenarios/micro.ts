import path from 'node:path';
import { copyDatabase } from '../lib/data.js';
import type { Bench } from '../lib/context.js';
import { measureQueryCost, type QueryCost } from '../lib/query-cost.js';
import { measureVersionRead, type VersionReadCost } from '../lib/version-read.js';

/** In-process costs on SQLite: reading the dataset version, and the database part of a list. */
export async function runMicro(bench: Bench): Promise<{ versionRead: VersionReadCost[]; queryCost: QueryCost[] }> {
  bench.log('measuring the cost of reading the dataset version, and of the database part of a list');
  const microDb = copyDatabase(bench.seeded, path.join(bench.work, 'micro.db'));
  const versionRead = await measureVersionRead(microDb, bench.opts.duration < 1 ? 0.05 : 1);
  const queryCost = await measureQueryCost(microDb, bench.opts.duration < 1 ? 0.1 : 1);
  return { versionRead, queryCost };
}
