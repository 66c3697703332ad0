import type { Bench } from '../lib/context.js';
import { memoryOf, startApi } from '../lib/processes.js';
import { median } from '../lib/stats.js';

export type Startup = { runs: { readyMs: number; rssMB: number }[]; medianMs: number };

/** Start to ready of `npm start` on an existing database, and the idle RSS once ready. */
export async function runStartup(bench: Bench): Promise<Startup> {
  bench.log(`start-to-ready on an existing database, ${bench.opts.startupRuns} run(s)`);
  const startupUrl = bench.databaseFor('startup.db');
  // On PostgreSQL the API migrates and seeds its database itself at its first start.
  if (bench.postgres !== null) await (await startApi('api-migrate-and-seed', startupUrl, {})).stop();
  const runs: { readyMs: number; rssMB: number }[] = [];
  for (let i = 0; i < bench.opts.startupRuns; i += 1) {
    const s = await startApi('api-startup', startupUrl, {});
    runs.push({ readyMs: s.readyMs, rssMB: (memoryOf(s.pid)?.rss ?? NaN) / 1024 / 1024 });
    await s.stop();
  }
  return { runs, medianMs: median(runs.map((r) => r.readyMs)) };
}
