import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import type { Bench } from '../lib/context.js';
import { cpuMsOf, startApi, type Server } from '../lib/processes.js';

/**
 * Reads under concurrent writes (issue 19.1): writers POST claims while readers GET lists, a
 * record and a country, and one more connection polls /health from a process of its own (as a
 * load balancer does: a probe inside the load generator would time the generator's own busy
 * event loop, not the API's), all at once on the API as `npm start` runs it. Every write invalidates the response cache, so most reads render. After
 * the run the claims are counted in the database itself: every acknowledged write must be there.
 * The same load runs on alternative writer configurations for comparison (not targets).
 */

type Result = Awaited<ReturnType<typeof autocannon>>;

const MIXED_API_KEY = 'bench-mixed-key-0123456789abcdef';

/** Verbatim in the seeded article, once. */
const QUOTE = 'La Russie est l’un des pays les moins populaires au monde';

const READS = [
  '/v1/claims?limit=20',
  '/v1/claims?country=KP&sort=-claimedAt',
  '/v1/claims/kp-offered-100000-soldiers',
  '/v1/countries/KP',
  '/v1/sources?limit=5',
];

export type MixedLoad = {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
};

export type MixedRun = {
  variant: string;
  env: Record<string, string>;
  writers: number;
  readers: number;
  seconds: number;
  reads: MixedLoad;
  health: MixedLoad;
  writes: MixedLoad;
  /** 201s per second over the measured run. */
  acknowledgedPerSecond: number;
  /** 201s over warm-up and run, and the claims the database gained meanwhile. */
  acknowledged: number;
  rowsAdded: number;
  /** Acknowledged but not in the database. */
  lost: number;
  fiveHundreds: number;
  serverCpuMsPerWrite: number | null;
};

export type Mixed = { database: string; runs: MixedRun[] } | null;

const VARIANTS: { variant: string; env: Record<string, string>; alternative: boolean }[] = [
  { variant: 'as configured (writer thread, group commit)', env: {}, alternative: false },
  { variant: 'writer on the main thread, group commit', env: { WRITER_THREAD: 'main' }, alternative: true },
  { variant: 'writer thread, one write per commit', env: { WRITE_BATCH_MAX: '1' }, alternative: true },
];

function summarise(result: Result, expected: number): MixedLoad {
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = count;
  const elapsed = result.duration > 0 ? result.duration : 1;
  return {
    rps: (statusCodes[String(expected)] ?? 0) / elapsed,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const count = (result: Result, status: number) => result.statusCodeStats?.[String(status)]?.count ?? 0;
const fiveHundreds = (result: Result) =>
  Object.entries(result.statusCodeStats ?? {}).reduce((n, [code, { count: c }]) => n + (code.startsWith('5') ? c : 0), 0);

async function countClaims(bench: Bench, databaseUrl: string): Promise<number> {
  if (bench.postgres !== null) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM "Claim"')).rows[0]?.n);
    } finally {
      await client.end();
    }
  }
  const db = new Database(databaseUrl.replace(/^file:/, ''), { readonly: true, fileMustExist: true });
  try {
    return Number((db.prepare('SELECT COUNT(*) AS n FROM Claim').get() as { n: number }).n);
  } finally {
    db.close();
  }
}

let written = 0;

const AUTOCANNON_CLI = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/** `autocannon -j` in a child process: GETs of `url` on `connections` connections for `seconds`. */
function runInOwnProcess(url: string, connections: number, seconds: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [AUTOCANNON_CLI, '-c', String(connections), '-d', String(seconds), '-t', '10', '-j', url],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      try {
        resolve(JSON.parse(out) as Result);
      } catch {
        reject(new Error(`autocannon ${url} exited ${code}: ${err.slice(-2000)}`));
      }
    });
  });
}

/** Writers, readers and the /health probe together for `seconds`. */
function load(api: Server, seconds: number, writers: number, readers: number) {
  const run = (connections: number, requests: Parameters<typeof autocannon>[0]['requests']) =>
    Promise.resolve(autocannon({ url: api.url, connections, duration: seconds, timeout: 10, requests }));
  const writes = run(writers, [
    {
      method: 'POST',
      path: '/v1/claims',
      headers: { authorization: `Bearer ${MIXED_API_KEY}`, 'content-type': 'application/json' },
      setupRequest: (request) => {
        written += 1;
        return {
          ...request,
          body: JSON.stringify({
            countryCode: 'RU',
            sourceId: 'putin-allies-four-countries',
            claimant: { name: 'The article (Jessie Neal)', type: 'journalist', leaderId: null },
            statement: `Benchmark write ${written}: Russia is one of the least popular countries in the world.`,
            quote: QUOTE,
            topic: 'diplomatic',
            verification: 'asserted',
            verificationNote: 'Written by the benchmark.',
            dateNote: 'No time is given.',
          }),
        };
      },
    },
  ]);
  const reads = run(
    readers,
    READS.map((path) => ({ method: 'GET', path })),
  );
  const health = runInOwnProcess(`${api.url}/health`, 1, seconds);
  return Promise.all([writes, reads, health]);
}

async function runVariant(bench: Bench, variant: string, env: Record<string, string>, seconds: number): Promise<MixedRun> {
  const { opts, log, databaseFor } = bench;
  const writers = opts.connections;
  const readers = opts.connections;
  const databaseUrl = databaseFor(`mixed-${bench.servers.length}-${Date.now()}.db`);
  const api = await startApi('mixed', databaseUrl, { API_KEYS: `bench:${MIXED_API_KEY}`, ...env });
  bench.servers.push(api);
  try {
    const before = await countClaims(bench, databaseUrl);
    let acknowledged = 0;
    let failures = 0;
    if (opts.warmup > 0) {
      const [w, r, h] = await load(api, opts.warmup, writers, readers);
      acknowledged += count(w, 201);
      failures += fiveHundreds(w) + fiveHundreds(r) + fiveHundreds(h);
    }
    log(`mixed load (${variant}): ${writers} writers + ${readers} readers + /health for ${seconds}s`);
    const cpuBefore = cpuMsOf(api.pid);
    const [w, r, h] = await load(api, seconds, writers, readers);
    const cpuAfter = cpuMsOf(api.pid);
    acknowledged += count(w, 201);
    failures += fiveHundreds(w) + fiveHundreds(r) + fiveHundreds(h);
    const after = await countClaims(bench, databaseUrl);
    const rowsAdded = after - before;
    const writes = summarise(w, 201);
    return {
      variant,
      env,
      writers,
      readers,
      seconds: w.duration,
      reads: summarise(r, 200),
      health: summarise(h, 200),
      writes,
      acknowledgedPerSecond: writes.rps,
      acknowledged,
      rowsAdded,
      lost: Math.max(0, acknowledged - rowsAdded),
      fiveHundreds: failures,
      serverCpuMsPerWrite:
        cpuBefore === null || cpuAfter === null || count(w, 201) === 0 ? null : (cpuAfter - cpuBefore) / count(w, 201),
    };
  } finally {
    await api.stop();
    bench.servers.splice(bench.servers.indexOf(api), 1);
  }
}

export async function runMixed(bench: Bench): Promise<Mixed> {
  const seconds = bench.opts.mixedDuration;
  if (seconds <= 0) return null;
  const runs: MixedRun[] = [];
  // On PostgreSQL the database is shared by every run; its claims grow from one to the next, which is fine.
  for (const v of VARIANTS) {
    if (v.alternative && !bench.opts.mixedAlternatives) continue;
    runs.push(await runVariant(bench, v.variant, v.env, seconds));
  }
  return { database: bench.postgres === null ? 'SQLite' : 'PostgreSQL', runs };
}
