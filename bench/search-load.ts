/**
 * Searches under load: the API as `npm start` runs it (load shedding on), response cache off, on
 * the seeded database and on synthetic ones, `--connections` at once for `--duration` seconds
 * each: a common word (troupes), the rare planted one, and a different word of the source each
 * request (its total counted afresh). p50, p99, requests per second and what was not a 200 (the
 * load shedder's 503s).
 *
 *   node --import tsx bench/search-load.ts [--sizes seed,100000] [--connections 50] [--duration 10]
 *     [--db-dir DIR]
 *
 * Synthetic databases are built by buildSyntheticDatabase into `--db-dir` (reused when there,
 * left behind) or into a temporary folder that is removed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSyntheticDatabase, createSeededDatabase, SCALE_SEARCH_WORD, vocabulary } from './lib/data.js';
import { cycle, runLoad } from './lib/load.js';
import { ROOT } from './lib/options.js';
import { startApi } from './lib/processes.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'seed,100000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    'db-dir': { type: 'string' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const dir = mkdtempSync(path.join(tmpdir(), 'allies-search-load-'));
const dbDir = values['db-dir'] ?? dir;
try {
  const seeded = await createSeededDatabase(dir);
  const words = vocabulary(ROOT);
  for (const size of values.sizes.split(',')) {
    let file = seeded;
    if (size !== 'seed') {
      file = path.join(dbDir, `${size === '100000' ? '100k' : size === '1000000' ? '1m' : size}.db`);
      if (!existsSync(file)) buildSyntheticDatabase(seeded, file, Number(size), ROOT);
    }
    const api = await startApi(`api-${size}`, `file:${file}`, { RESPONSE_CACHE_MB: '0' });
    try {
      const base = api.url;
      const rotating = cycle(words.map((w) => `/v1/claims?q=${encodeURIComponent(w)}`));
      for (const [name, load] of [
        ['troupes', { path: '/v1/claims?q=troupes' }],
        [SCALE_SEARCH_WORD, { path: `/v1/claims?q=${SCALE_SEARCH_WORD}` }],
        ['words', { path: '/v1/claims?q=troupes', next: rotating.next }],
      ] as const) {
        // One request first: statements prepared, the total of a repeated word counted.
        await fetch(`${base}${load.path}`);
        const m = await runLoad({ base, ...load, expectStatus: 200 }, duration, connections, api.pid);
        const other = Object.entries(m.statusCodes).filter(([code]) => code !== '200');
        process.stdout.write(
          `${size.padEnd(8)} ${name.padEnd(10)} p50 ${m.p50} ms  p99 ${m.p99} ms  ${m.rps.toFixed(0)} req/s` +
            `${other.length > 0 ? `  not 200: ${JSON.stringify(Object.fromEntries(other))}` : ''}` +
            `  load ${loadavg()
              .map((l) => l.toFixed(1))
              .join(' ')}\n`,
        );
      }
    } finally {
      await api.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
