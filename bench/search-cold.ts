/**
 * Wall time of a search's first page through `claims.list()`, without HTTP, on synthetic claims
 * (SQLite): cold (repositories made anew for each call, so the total and the rows are read from
 * the database, as the first request after a write does) and with the total and rows cached (the
 * page's id query alone, as every later request of the same search in one dataset state), for a
 * common word and the rare planted one, alternated: p50, min and max of `--runs`, wall and CPU time.
 *
 *   node --import tsx bench/search-cold.ts [--claims 100000] [--runs 9] [--db FILE] [--keep]
 *
 * `--db` reuses a database built by buildSyntheticDatabase, or builds it there and, with `--keep`,
 * leaves it behind; otherwise it is built in a temporary folder and removed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetGeneration, openVersionReader } from '../src/db/generation.js';
import { prepareDatabase } from '../src/db/migrations.js';
import { createSqliteReader } from '../src/db/sqlite-reader.js';
import { CursorCodec } from '../src/lib/cursor.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { createRepositories } from '../src/repositories/index.js';
import { claimListQuery } from '../src/schemas/claim.js';
import { buildSyntheticDatabase, createSeededDatabase, SCALE_SEARCH_WORD } from './lib/data.js';

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '9' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    words: { type: 'string', default: `troupes,${SCALE_SEARCH_WORD}` },
  },
});
const runs = Number(values.runs);
const words = values.words.split(',');

const dir = mkdtempSync(path.join(tmpdir(), 'allies-search-cold-'));
const file = values.db ?? path.join(dir, 'scale.db');
const built = !existsSync(file);
try {
  if (built) {
    const seeded = await createSeededDatabase(dir);
    const built = buildSyntheticDatabase(seeded, file, Number(values.claims), PROJECT_ROOT);
    process.stdout.write(`built ${built.inserted} claims in ${built.seconds.toFixed(1)} s\n`);
  }
  const url = `file:${file}`;
  // As the server's start does: migrations (none pending) and the planner's statistics.
  prepareDatabase(url);
  const reader = createSqliteReader(url);
  const generation = new DatasetGeneration(openVersionReader(url), 1000);
  const writer = { write: () => Promise.reject(new Error('search-cold does not write')) };
  const codec = new CursorCodec('x'.repeat(32));
  const fresh = () => createRepositories({ reader, generation }, codec, writer);
  const warm = fresh();
  const queries = words.map((q) => [q, claimListQuery.parse({ q })] as const);
  for (const [, query] of queries) await warm.claims.list(query);

  // Wall time, and CPU time (user + system of this process: the reads are synchronous), which a
  // shared machine's neighbours disturb less.
  const timings = new Map<string, { wall: number[]; cpu: number[] }>();
  const time = async (name: string, call: () => Promise<unknown>) => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await call();
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    const entry = timings.get(name) ?? timings.set(name, { wall: [], cpu: [] }).get(name);
    entry?.wall.push(wall);
    entry?.cpu.push((used.user + used.system) / 1000);
  };
  let totals = '';
  for (let run = 0; run < runs; run += 1) {
    for (const [q, query] of queries) {
      const repositories = fresh();
      await time(`${q} cold`, () => repositories.claims.list(query));
      await time(`${q} cached total`, () => warm.claims.list(query));
    }
  }
  for (const [q, query] of queries) totals += ` ${q}=${(await warm.claims.list(query)).total}`;
  process.stdout.write(`totals:${totals}\n`);
  const summary = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    return `p50 ${median.toFixed(2)} ms (min ${sorted[0]?.toFixed(2)}, max ${sorted.at(-1)?.toFixed(2)})`;
  };
  for (const [name, { wall, cpu }] of timings) {
    process.stdout.write(`${name.padEnd(24)} wall ${summary(wall)}, CPU ${summary(cpu)}, n=${wall.length}\n`);
  }
  process.stdout.write(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  await Promise.all([reader.close(), generation.close()]);
} finally {
  // The temporary folder holds the database only when no --db was given.
  if (!values.keep || values.db !== undefined) rmSync(dir, { recursive: true, force: true });
  // A database given by --db is removed only when this run built it and --keep was not given.
  if (values.db !== undefined && built && !values.keep)
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}
