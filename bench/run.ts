/**
 * Performance benchmark: this API against the ceiling (a bare node:http server sending the same
 * bytes) and json-server, warm and cold, plus start-to-ready, RSS, memory growth and, with
 * --scale, synthetic datasets of 1k to 100k claims. `--help` lists the options.
 *
 *   node --import tsx bench/run.ts [--quick] [--scale] [...]
 *
 * Everything runs on private copies of a freshly seeded database in a temp folder; the API
 * runs as `npm start` does, in production mode. Results go to stdout and bench/results/latest.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  buildSyntheticDatabase,
  bumpDatasetVersion,
  copyDatabase,
  createSeededDatabase,
  exportForJsonServer,
  prng,
  SCALE_SEARCH_SHARE,
  SCALE_SEARCH_WORD,
  vocabulary,
} from './lib/data.js';
import { buildEndpoints, type Endpoint } from './lib/endpoints.js';
import { cycle, measureSequential, runLoad, type Load, type Measurement, type SequentialWrite } from './lib/load.js';
import { BENCH_DIR, parseOptions, ROOT, type Options } from './lib/options.js';
import {
  API_ARGS,
  apiEnv,
  fetchJson,
  fetchRaw,
  freePort,
  memoryOf,
  RssSampler,
  startServer,
  type Server,
} from './lib/processes.js';
import {
  fmt,
  memoryGrowth,
  median,
  pairedRatio,
  summarise,
  table,
  VARIANT_TITLES,
  type Summary,
  type Target,
  type Variant,
} from './lib/report.js';
import { measureQueryCost } from './lib/query-cost.js';
import { measureVersionRead } from './lib/version-read.js';
import type { Captured } from './ceiling-server.js';

const opts = parseOptions(process.argv.slice(2));
const t0 = Date.now();
const log = (message: string) => {
  if (!opts.quiet) process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);
};

type EndpointResult = {
  title: string;
  apiPath: string;
  jsonPath: string | null;
  equivalence: string;
  notes: string[];
  coldPool: { size: number; used: number } | null;
  runs: Partial<Record<Variant, Measurement[]>>;
  summary: Partial<Record<Variant, Summary>>;
  ratios: Record<string, { median: number; pairs: number[] } | null>;
};

function machine() {
  const cpus = os.cpus();
  let commit: string | null = null;
  let dirty: string[] = [];
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // The API runs from the working tree: uncommitted changes to it are part of what is measured.
    dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'seed', 'prisma', 'package.json'],
      { cwd: ROOT, encoding: 'utf8' },
    )
      .split('\n')
      .map((l) => l.slice(3).trim())
      .filter(Boolean);
  } catch {
    commit = null;
  }
  return {
    host: os.hostname(),
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
    commit,
    uncommittedChanges: dirty,
  };
}

/** Headers Node or each response sets itself, which the ceiling does not replay. */
const PER_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'x-request-id']);

function replayedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !PER_RESPONSE_HEADERS.has(name)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function startApi(name: string, databaseUrl: string, extra: Record<string, string>): Promise<Server & { readyMs: number }> {
  const port = await freePort();
  return startServer({ name, args: API_ARGS, env: apiEnv(databaseUrl, port, extra), readyPath: '/ready', port });
}

/** The variants measured for an endpoint, in the order they alternate within a round. */
function variantsFor(endpoint: Endpoint, before: boolean): Variant[] {
  const out: Variant[] = ['ceiling', 'ceiling-headers', 'api'];
  if (endpoint.json !== null) out.push('json-server');
  if (endpoint.apiCold !== null) out.push('api-cold');
  if (endpoint.jsonCold !== null) out.push('json-server-cold');
  if (before) {
    out.push('nocache');
    if (endpoint.apiCold !== null) out.push('nocache-cold');
  }
  return out;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const work = mkdtempSync(path.join(os.tmpdir(), 'allies-bench-'));
  const servers: Server[] = [];
  const info = machine();
  log(`work folder ${work}; ${info.cores} cores, load ${info.loadAverageAtStart.join(' ')}`);
  try {
    log('building the server bundle npm start runs (if stale)');
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--if-stale'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    log('building a seeded database (migrate + seed)');
    const seeded = await createSeededDatabase(work);
    // On PostgreSQL the API migrates and seeds its database itself at its first start.
    const postgres = opts.postgres ? await startPostgres() : null;
    const databaseFor = (file: string) => postgres?.url ?? copyDatabase(seeded, path.join(work, file));

    log('measuring the cost of reading the dataset version, and of the database part of a list');
    const microDb = copyDatabase(seeded, path.join(work, 'micro.db'));
    const versionRead = await measureVersionRead(microDb, opts.duration < 1 ? 0.05 : 1);
    const queryCost = await measureQueryCost(microDb, opts.duration < 1 ? 0.1 : 1);

    log(`start-to-ready on an existing database, ${opts.startupRuns} run(s)`);
    const startupUrl = databaseFor('startup.db');
    if (postgres !== null) await (await startApi('api-migrate-and-seed', startupUrl, {})).stop();
    const startupRuns: { readyMs: number; rssMB: number }[] = [];
    for (let i = 0; i < opts.startupRuns; i += 1) {
      const s = await startApi('api-startup', startupUrl, {});
      startupRuns.push({ readyMs: s.readyMs, rssMB: (memoryOf(s.pid)?.rss ?? NaN) / 1024 / 1024 });
      await s.stop();
    }

    const cacheEnv: Record<string, string> = opts.cacheMb === undefined ? {} : { RESPONSE_CACHE_MB: String(opts.cacheMb) };
    const apiFile = path.join(work, 'api.db');
    log(
      `starting the API (response cache as configured)${opts.before ? ' and a second one with its cache off (RESPONSE_CACHE_MB=0)' : ''}`,
    );
    const [api, nocache] = await Promise.all([
      startApi('api', databaseFor(path.basename(apiFile)), cacheEnv),
      opts.before ? startApi('nocache', databaseFor('nocache.db'), { RESPONSE_CACHE_MB: '0' }) : Promise.resolve(null),
    ]);
    servers.push(api);
    if (nocache !== null) servers.push(nocache);

    log('exporting the same records for json-server');
    const exported = await exportForJsonServer(api.url);
    const dbJson = path.join(work, 'json-server-db.json');
    writeFileSync(dbJson, JSON.stringify(exported.db, null, 2));
    const jsonServerBin = path.join(
      path.dirname(createRequire(import.meta.url).resolve('json-server/package.json')),
      'lib/cli/bin.js',
    );
    const jsonPort = await freePort();
    const jsonServer = await startServer({
      name: 'json-server',
      args: [jsonServerBin, '--port', String(jsonPort), '--host', '127.0.0.1', '--quiet', '--read-only', dbJson],
      readyPath: '/claims?_limit=1',
      port: jsonPort,
    });
    servers.push(jsonServer);

    log('capturing the measured requests, cursors and ETags');
    const endpoints = await buildEndpoints(api.url, jsonServer.url, exported.claims, opts.endpoints, opts.duration < 1 ? 6 : 63);
    if (endpoints.length === 0) throw new Error(`no endpoint matches --endpoints ${opts.endpoints?.join(',')}`);
    const captured = new Map<string, Captured>();
    for (const e of endpoints) {
      if (captured.has(e.api.path)) continue;
      const res = await fetchRaw(`${api.url}${e.api.path}`);
      if (res.status !== 200) throw new Error(`capturing ${e.api.path}: ${res.status}`);
      const etag = typeof res.headers.etag === 'string' ? res.headers.etag : undefined;
      const notModified = etag === undefined ? null : await fetchRaw(`${api.url}${e.api.path}`, { 'if-none-match': etag });
      if (notModified !== null && notModified.status !== 304)
        throw new Error(`capturing ${e.api.path}'s 304: ${notModified.status}`);
      captured.set(e.api.path, {
        path: e.api.path,
        contentType: String(res.headers['content-type']),
        body: res.body.toString('base64'),
        headers: replayedHeaders(res.headers),
        ...(etag === undefined ? {} : { etag }),
        ...(notModified === null ? {} : { notModifiedHeaders: replayedHeaders(notModified.headers) }),
      });
    }
    const ceilingFile = path.join(work, 'ceiling.json');
    writeFileSync(ceilingFile, JSON.stringify([...captured.values()]));
    const startCeiling = async (name: string, mode: string[]) => {
      const port = await freePort();
      const server = await startServer({
        name,
        args: ['--import', 'tsx', path.join(BENCH_DIR, 'ceiling-server.ts'), ceilingFile, String(port), ...mode],
        readyPath: '/ready',
        port,
      });
      servers.push(server);
      return server;
    };
    const ceiling = await startCeiling('ceiling', []);
    const ceilingHeaders = await startCeiling('ceiling-headers', ['api-headers']);

    const cycles = new Map<string, ReturnType<typeof cycle>>();
    const poolFor = (key: string, paths: string[]) => {
      let c = cycles.get(key);
      if (c === undefined) cycles.set(key, (c = cycle(paths)));
      return c;
    };
    const loadFor = (e: Endpoint, variant: Variant): { load: Load; pid: number } => {
      switch (variant) {
        case 'ceiling':
          return { load: { base: ceiling.url, ...e.api }, pid: ceiling.pid };
        case 'ceiling-headers':
          return { load: { base: ceilingHeaders.url, ...e.api }, pid: ceilingHeaders.pid };
        case 'api':
          return { load: { base: api.url, ...e.api }, pid: api.pid };
        case 'nocache':
          return { load: { base: (nocache as Server).url, ...e.api }, pid: (nocache as Server).pid };
        case 'json-server':
          return { load: { base: jsonServer.url, ...(e.json as NonNullable<Endpoint['json']>) }, pid: jsonServer.pid };
        case 'api-cold':
        case 'nocache-cold': {
          const server = variant === 'api-cold' ? api : (nocache as Server);
          const c = poolFor(`${variant}:${e.name}`, e.apiCold as string[]);
          return { load: { base: server.url, path: e.api.path, next: c.next, expectStatus: 200 }, pid: server.pid };
        }
        case 'json-server-cold': {
          const c = poolFor(`${variant}:${e.name}`, e.jsonCold as string[]);
          return {
            load: { base: jsonServer.url, path: (e.json as NonNullable<Endpoint['json']>).path, next: c.next, expectStatus: 200 },
            pid: jsonServer.pid,
          };
        }
      }
    };

    const results: Record<string, EndpointResult> = {};
    for (const e of endpoints) {
      results[e.name] = {
        title: e.title,
        apiPath: e.api.path,
        jsonPath: e.json?.path ?? null,
        equivalence: e.equivalence,
        notes: e.notes,
        coldPool: e.apiCold === null ? null : { size: e.apiCold.length, used: 0 },
        runs: {},
        summary: {},
        ratios: {},
      };
    }

    const sampler = new RssSampler(api.pid, 250).start();
    const perRun = opts.duration + opts.warmup;
    const runCount = endpoints.reduce((n, e) => n + variantsFor(e, opts.before).length, 0) * opts.rounds;
    log(
      `${runCount} runs of ${opts.warmup}s warm-up + ${opts.duration}s at ${opts.connections} connections (about ${Math.ceil((runCount * perRun) / 60)} min)`,
    );
    for (let round = 0; round < opts.rounds; round += 1) {
      for (const e of endpoints) {
        for (const variant of variantsFor(e, opts.before)) {
          const { load, pid } = loadFor(e, variant);
          // A write, as far as the cache can tell: nothing cached before this point can answer.
          if (variant === 'api-cold') {
            if (postgres === null) bumpDatasetVersion(apiFile);
            else await postgres.bump();
          }
          if (opts.warmup > 0) await runLoad(load, opts.warmup, opts.connections);
          const m = await runLoad(load, opts.duration, opts.connections, pid);
          ((results[e.name] as EndpointResult).runs[variant] ??= []).push(m);
          log(
            `round ${round + 1}/${opts.rounds} ${e.name.padEnd(10)} ${variant.padEnd(16)} ${fmt.rps(m.rps).padStart(7)} req/s  p50 ${fmt.ms(m.p50)} ms  p99 ${fmt.ms(m.p99)} ms` +
              (m.errors + m.timeouts + m.unexpected > 0
                ? `  errors ${m.errors + m.timeouts} unexpected ${m.unexpected} ${JSON.stringify(m.statusCodes)}`
                : ''),
          );
        }
      }
    }
    const peakUnderLoad = sampler.peak;
    sampler.stop();

    for (const e of endpoints) {
      const r = results[e.name] as EndpointResult;
      for (const [variant, runs] of Object.entries(r.runs)) r.summary[variant as Variant] = summarise(runs);
      r.ratios = {
        apiVsCeiling: pairedRatio(r.runs.api, r.runs.ceiling),
        apiVsCeilingWithApiHeaders: pairedRatio(r.runs.api, r.runs['ceiling-headers']),
        apiVsJsonServer: pairedRatio(r.runs.api, r.runs['json-server']),
        coldVsJsonServerCold: pairedRatio(r.runs['api-cold'], r.runs['json-server-cold']),
        cacheSpeedupWarm: pairedRatio(r.runs.api, r.runs.nocache),
        nocacheVsCeiling: pairedRatio(r.runs.nocache, r.runs.ceiling),
        nocacheVsJsonServer: pairedRatio(r.runs.nocache, r.runs['json-server']),
        nocacheColdVsJsonServerCold: pairedRatio(r.runs['nocache-cold'], r.runs['json-server-cold']),
      };
      if (r.coldPool !== null) r.coldPool.used = cycles.get(`api-cold:${e.name}`)?.used() ?? 0;
    }

    let memory: Record<string, unknown> = { skipped: true };
    if (opts.memoryDuration > 0) {
      const warm = endpoints.filter((e) => e.api.expectStatus === 200).map((e) => e.api.path);
      const cold = endpoints.filter((e) => e.apiCold !== null).map((e) => poolFor(`api-cold:${e.name}`, e.apiCold as string[]));
      let i = 0;
      const next = () => {
        i += 1;
        const pick = Math.floor(i / 2);
        return i % 2 === 0 || cold.length === 0
          ? (warm[pick % warm.length] as string)
          : (cold[pick % cold.length] as ReturnType<typeof cycle>).next();
      };
      // A cache filling up to its budget is growth by design: fill it first, then measure. The
      // cache stores a URL from its second request on, so each cold URL is asked for twice in a
      // row, until about 1.25x the budget has been stored that way (2.5x served), at most
      // memoryFill seconds.
      const budgetMB = opts.cacheMb ?? 32;
      let filled = 0;
      let fillSeconds = 0;
      if (opts.memoryFill > 0 && cold.length > 0) {
        let j = 0;
        let repeat: string | null = null;
        const coldNext = () => {
          if (repeat !== null) {
            const again = repeat;
            repeat = null;
            return again;
          }
          repeat = (cold[j++ % cold.length] as ReturnType<typeof cycle>).next();
          return repeat;
        };
        const fillStarted = Date.now();
        log(`memory: filling the response cache (${budgetMB} MiB budget) with cold requests, at most ${opts.memoryFill}s`);
        while (filled < budgetMB * 1024 * 1024 * 2.5 && Date.now() - fillStarted < opts.memoryFill * 1000) {
          const chunk = Math.min(5, Math.max(1, opts.memoryFill - (Date.now() - fillStarted) / 1000));
          filled += (
            await runLoad(
              { base: api.url, path: warm[0] ?? '/v1/claims', next: coldNext, expectStatus: 200 },
              chunk,
              opts.connections,
            )
          ).bytes;
        }
        fillSeconds = (Date.now() - fillStarted) / 1000;
      }
      log(`memory: ${opts.memoryDuration}s of mixed warm and cold load on the API`);
      const memorySampler = new RssSampler(api.pid, Math.min(1000, Math.max(100, (opts.memoryDuration * 1000) / 60))).start();
      const m = await runLoad(
        { base: api.url, path: warm[0] ?? '/v1/claims', next, expectStatus: 200 },
        opts.memoryDuration,
        opts.connections,
        api.pid,
      );
      memorySampler.stop();
      const growth = memoryGrowth(memorySampler.samples, opts.memoryDuration);
      memory = {
        seconds: opts.memoryDuration,
        fill: { seconds: fillSeconds, bytesServed: filled, cacheBudgetMB: budgetMB },
        load: { rps: m.rps, p50: m.p50, p99: m.p99, errors: m.errors + m.timeouts, unexpected: m.unexpected },
        ...growth,
        samplesMB: memorySampler.samples.map((s) => [Math.round(s.t * 10) / 10, Math.round((s.rss / 1024 / 1024) * 10) / 10]),
        peakMB: memorySampler.peak / 1024 / 1024,
      };
    }
    const finalMemory = memoryOf(api.pid);
    const peakRssMB = Math.max(peakUnderLoad, Number((memory as { peakMB?: number }).peakMB ?? 0) * 1024 * 1024) / 1024 / 1024;

    for (const s of servers.splice(0)) await s.stop();

    const scale = opts.scale ? await runScale(opts, seeded, work) : null;

    const startupMedian = median(startupRuns.map((r) => r.readyMs));
    const report = {
      meta: {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: info,
        options: { ...opts, out: path.relative(ROOT, opts.out) },
        database: opts.postgres ? 'PostgreSQL (throwaway server on 127.0.0.1, fsync off)' : 'SQLite (WAL)',
        api: {
          command: `node ${API_ARGS.join(' ')}`,
          env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', ...cacheEnv },
        },
        jsonServer: 'json-server 0.17.4 --read-only, the API’s own records exported to its JSON file',
        ceiling: 'bare node:http answering the captured body bytes and content type of each measured response',
        ceilingWithApiHeaders:
          'the same server sending every header the API sent as well (and a fresh request id): not a target, it shows how much of the warm gap is the header set',
      },
      versionRead,
      queryCost,
      startup: { runs: startupRuns, medianMs: startupMedian },
      endpoints: results,
      memory: { peakRssUnderLoadMB: peakRssMB, hwmMB: (finalMemory?.hwm ?? NaN) / 1024 / 1024, growth: memory },
      scale,
      targets: [] as Target[],
    };
    report.targets = evaluateTargets(report, opts);

    mkdirSync(path.dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(render(report));
    process.stdout.write(`\nResults written to ${path.relative(process.cwd(), opts.out) || opts.out}\n`);
  } finally {
    for (const s of servers) await s.stop().catch(() => undefined);
    stopPostgres?.();
    rmSync(work, { recursive: true, force: true });
  }
}

let stopPostgres: (() => void) | undefined;

/** A throwaway PostgreSQL server (the tests' script) with an empty `bench` database. */
async function startPostgres(): Promise<{ url: string; bump: () => Promise<void> }> {
  // Not inside the work folder: the server runs as the postgres user, who cannot enter that one.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'allies-bench-pg-'));
  log('starting a throwaway PostgreSQL server');
  const started = spawnSync('bash', [path.join(ROOT, 'scripts/postgres.sh'), 'start', dir], { cwd: ROOT, encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr || started.stdout}`);
  stopPostgres = () => spawnSync('bash', [path.join(ROOT, 'scripts/postgres.sh'), 'stop', dir], { cwd: ROOT });
  const admin = started.stdout.trim().split('\n').pop() ?? '';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query('CREATE DATABASE bench');
  await client.end();
  const url = new URL(admin);
  url.pathname = '/bench';
  const bump = async () => {
    const bench = new pg.Client({ connectionString: url.toString() });
    await bench.connect();
    await bench.query('UPDATE "DatasetState" SET "version" = "version" + 1 WHERE "id" = 1');
    await bench.end();
    // The instances learn of it by notification; give it time to arrive before measuring "cold".
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
  return { url: url.toString(), bump };
}

const SCALE_QUERIES = ['list', 'filter', 'search', 'searchWords', 'deepCursor', 'edit'];
const SCALE_API_KEY = 'bench-scale-key-0123456789abcdef';
const SCALE_API_KEYS = `bench:${SCALE_API_KEY}`;

/** What one scale query sends: a fixed GET, a GET per request from `next`, or a write. */
type ScalePlan = { path: string; next?: () => string; write?: SequentialWrite; maxRequests?: number };

type ScaleQuery = { path: string; p50: number; p90: number; p99: number; meanMs: number; requests: number; unexpected: number };
type ScaleRow = {
  label: string;
  claims: number;
  activeClaims: number;
  buildSeconds: number;
  deepPosition: number;
  queries: Record<string, ScaleQuery>;
};

/** Synthetic datasets; the API runs with its cache off so every request takes the database path. */
async function runScale(
  o: Options,
  seeded: string,
  work: string,
): Promise<{ rows: ScaleRow[]; searchWord: string; searchShare: number; note: string }> {
  const rows: ScaleRow[] = [];
  const sizes: { label: string; total: number | null }[] = [
    { label: 'seed', total: null },
    ...o.sizes.map((n) => ({ label: n >= 1000 ? `${n / 1000}k` : String(n), total: n })),
  ];
  const random = prng(7);
  const searchWords = vocabulary(ROOT)
    .map((word) => ({ word, order: random() }))
    .sort((a, b) => a.order - b.order)
    .map((w) => w.word);
  for (const size of sizes) {
    const file = path.join(work, `scale-${size.label}.db`);
    let url: string;
    let buildSeconds = 0;
    if (size.total === null) url = copyDatabase(seeded, file);
    else {
      log(`scale: building ${size.total} claims`);
      const built = buildSyntheticDatabase(seeded, file, size.total, ROOT);
      url = built.url;
      buildSeconds = built.seconds;
    }
    const server = await startApi(`scale-${size.label}`, url, { RESPONSE_CACHE_MB: '0', API_KEYS: SCALE_API_KEYS });
    try {
      const first = await fetchJson<{ data: { id: string }[]; meta: { total: number } }>(`${server.url}/v1/claims?limit=1`);
      const active = first.meta.total;
      const all = await fetchJson<{ meta: { total: number } }>(`${server.url}/v1/claims?limit=1&status=all`);
      // Walk to the deep position with big pages; a cursor works at any page size.
      const target = Math.floor(active * o.deepFraction);
      const step = Math.min(100, Math.max(1, Math.ceil(target / 50)));
      let walked = 0;
      let cursor: string | null = null;
      log(`scale ${size.label}: walking ${target} rows deep`);
      while (walked < target) {
        const page: { data: unknown[]; meta: { nextCursor: string | null } } = await fetchJson(
          `${server.url}/v1/claims?limit=${step}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
        );
        walked += page.data.length;
        if (page.meta.nextCursor === null) break;
        cursor = page.meta.nextCursor;
      }
      const edited = first.data[0]?.id;
      if (edited === undefined) throw new Error(`scale ${size.label}: no claim to edit`);
      let nextWord = 0;
      const plans: Record<string, ScalePlan> = {
        list: { path: '/v1/claims' },
        filter: { path: '/v1/claims?country=KP&topic=troops' },
        search: { path: `/v1/claims?q=${SCALE_SEARCH_WORD}` },
        deepCursor: { path: cursor === null ? '/v1/claims' : `/v1/claims?cursor=${encodeURIComponent(cursor)}` },
        // An edit of a claim's statement: its full-text row is rewritten, the rest of the write
        // path (auth, revision, version bump, fsync) does not depend on the table's size.
        edit: {
          path: `/v1/claims/${encodeURIComponent(edited)}`,
          write: {
            method: 'PATCH',
            headers: { authorization: `Bearer ${SCALE_API_KEY}`, 'if-match': '*' },
            body: (n) => JSON.stringify({ statement: `Benchmark edit ${n} of this statement.`, reason: 'benchmark' }),
          },
        },
        // A different word each time, common and rare ones as the text has them, in one pass at
        // most: a word searched again would have its total from the per-version cache.
        searchWords: {
          path: `/v1/claims?q=<one of ${searchWords.length} words of the source, in turn>`,
          next: () => `/v1/claims?q=${encodeURIComponent(searchWords[nextWord++ % searchWords.length] as string)}`,
          // measureSequential sends one untimed request first.
          maxRequests: searchWords.length - 1,
        },
      };
      const measured: Record<string, ScaleQuery> = {};
      for (const [name, plan] of Object.entries(plans)) {
        const m = await measureSequential(
          server.url,
          plan.next ?? plan.path,
          o.scaleDuration,
          5,
          200,
          plan.write,
          plan.maxRequests,
        );
        measured[name] = {
          path: plan.path,
          p50: m.p50,
          p90: m.p90,
          p99: m.p99,
          meanMs: m.meanMs,
          requests: m.requests,
          unexpected: m.unexpected,
        };
        log(
          `scale ${size.label.padEnd(5)} ${name.padEnd(10)} p50 ${fmt.ms(m.p50)} ms  p99 ${fmt.ms(m.p99)} ms  (${m.requests} sequential requests)${m.unexpected > 0 ? ` unexpected ${JSON.stringify(m.statusCodes)}` : ''}`,
        );
      }
      rows.push({
        label: size.label,
        claims: all.meta.total,
        activeClaims: active,
        buildSeconds,
        deepPosition: walked,
        queries: measured,
      });
    } finally {
      await server.stop();
      rmSync(file, { force: true });
      rmSync(`${file}-wal`, { force: true });
      rmSync(`${file}-shm`, { force: true });
    }
  }
  return {
    rows,
    searchWord: SCALE_SEARCH_WORD,
    searchShare: SCALE_SEARCH_SHARE,
    note: `cache off (RESPONSE_CACHE_MB=0), one request at a time (the query's own latency, no queueing); filter = country=KP&topic=troops (about 1/60 of rows); search word planted in ${SCALE_SEARCH_SHARE * 100}% of statements; search words = a different word of the source text each request (its total counted afresh); deep cursor ${Math.round(o.deepFraction * 100)}% into the default order; edit = PATCH of one claim's statement (full-text row rewritten, revision, fsync)`,
  };
}

type Report = {
  startup: { medianMs: number };
  endpoints: Record<string, EndpointResult>;
  memory: { peakRssUnderLoadMB: number; growth: Record<string, unknown> };
  scale: Awaited<ReturnType<typeof runScale>> | null;
};

function evaluateTargets(report: Report, o: Options): Target[] {
  const targets: Target[] = [];
  const entries = Object.entries(report.endpoints);
  const few = o.rounds < 3 ? ' (fewer than 3 rounds: indicative only)' : '';

  const vsCeiling = entries.map(([name, r]) => [name, r.ratios.apiVsCeiling?.median ?? NaN] as const);
  targets.push({
    id: 'warm-vs-ceiling',
    description: 'Warm GET of any resource: at least 0.8x the ceiling',
    met: vsCeiling.length === 0 ? null : vsCeiling.every(([, v]) => v >= 0.8),
    value: vsCeiling.map(([n, v]) => `${n} ${fmt.ratio(v)}`).join(', ') + few,
  });

  const lists = entries.filter(([name]) => ['filter', 'search', 'page2'].includes(name));
  const vsJson = lists.map(([name, r]) => [name, r.ratios.apiVsJsonServer?.median ?? NaN] as const);
  targets.push({
    id: 'warm-lists-vs-json-server',
    description: 'Every list query, warm: at least 5x json-server on the same query',
    met: vsJson.length === 0 ? null : vsJson.every(([, v]) => v >= 5),
    value: vsJson.map(([n, v]) => `${n} ${fmt.ratio(v)}`).join(', ') + few,
  });

  const cold = entries.filter(([name]) => ['filter', 'search'].includes(name));
  const coldValues = cold.map(([name, r]) => ({
    name,
    ratio: r.ratios.coldVsJsonServerCold?.median ?? NaN,
    p99: r.summary['api-cold']?.p99 ?? NaN,
  }));
  targets.push({
    id: 'cold-vs-json-server',
    description: 'Cold filtered list / search on the seed data: at least 2x json-server, p99 under 20 ms at 50 connections',
    met: coldValues.length === 0 ? null : coldValues.every((c) => c.ratio >= 2 && c.p99 < 20),
    value: coldValues.map((c) => `${c.name} ${fmt.ratio(c.ratio)}, p99 ${fmt.ms(c.p99)} ms`).join('; ') + few,
  });

  if (report.scale === null) {
    targets.push({
      id: 'scale-100k',
      description: 'At 100k claims: filtered list and search p50 within 3x of the seed-size figure',
      met: null,
      value: 'not run (use --scale)',
    });
  } else {
    const seedRow = report.scale.rows.find((r) => r.label === 'seed');
    const biggest = [...report.scale.rows].filter((r) => r.label !== 'seed').sort((a, b) => b.claims - a.claims)[0];
    if (seedRow === undefined || biggest === undefined || biggest.claims < 100_000) {
      targets.push({
        id: 'scale-100k',
        description: 'At 100k claims: filtered list and search p50 within 3x of the seed-size figure',
        met: null,
        value: 'no 100k size in --sizes',
      });
    } else {
      const ratio = (q: string) => (biggest.queries[q]?.p50 ?? NaN) / (seedRow.queries[q]?.p50 ?? NaN);
      const f = ratio('filter');
      const s = ratio('search');
      targets.push({
        id: 'scale-100k',
        description: 'At 100k claims: filtered list and search p50 within 3x of the seed-size figure',
        met: Number.isFinite(f) && Number.isFinite(s) ? f <= 3 && s <= 3 : false,
        value: `filter ${fmt.ratio(f)} (${fmt.ms(seedRow.queries.filter?.p50 ?? NaN)} -> ${fmt.ms(biggest.queries.filter?.p50 ?? NaN)} ms), search ${fmt.ratio(s)} (${fmt.ms(seedRow.queries.search?.p50 ?? NaN)} -> ${fmt.ms(biggest.queries.search?.p50 ?? NaN)} ms)`,
      });
    }
  }

  targets.push({
    id: 'start-to-ready',
    description: 'Start to ready (npm start on an existing database): under 1.5 s',
    met: Number.isFinite(report.startup.medianMs) ? report.startup.medianMs < 1500 : null,
    value: `${Math.round(report.startup.medianMs)} ms (median)`,
  });
  targets.push({
    id: 'peak-rss',
    description: 'Peak RSS under load: under 200 MB',
    met: Number.isFinite(report.memory.peakRssUnderLoadMB) ? report.memory.peakRssUnderLoadMB < 200 : null,
    value: `${report.memory.peakRssUnderLoadMB.toFixed(1)} MB`,
  });
  const g = report.memory.growth as {
    met?: boolean | null;
    growthMB?: number;
    troughGrowthMB?: number;
    startMB?: number;
    endMB?: number;
    seconds?: number;
    allowanceMB?: number;
    skipped?: boolean;
  };
  targets.push({
    id: 'memory-flat',
    description: 'Memory does not grow over a steady run',
    met: g.skipped === true ? null : (g.met ?? null),
    value:
      g.skipped === true
        ? 'not run'
        : `RSS peaks ${g.startMB?.toFixed(0)} -> ${g.endMB?.toFixed(0)} MB (${g.growthMB?.toFixed(1)} MB, allowance ${g.allowanceMB?.toFixed(1)} MB; troughs ${g.troughGrowthMB?.toFixed(1)} MB) from the first to the last third of ${g.seconds}s after filling the cache${g.met === null ? ' (under 20 s: inconclusive)' : ''}`,
  });
  const problems = (cacheOff: boolean) =>
    entries.flatMap(([name, r]) =>
      Object.entries(r.summary)
        .filter(
          ([variant, s]) => variant.startsWith('nocache') === cacheOff && s !== undefined && (s.errors > 0 || s.unexpected > 0),
        )
        .map(([variant, s]) => `${name}/${variant}: ${s?.errors} errors, ${s?.unexpected} unexpected statuses`),
    );
  const failures = problems(false);
  const before = problems(true);
  targets.push({
    id: 'no-errors',
    description: 'No socket errors or unexpected statuses (API as configured, ceiling, json-server)',
    met: failures.length === 0,
    value: `${failures.length === 0 ? 'none' : failures.join('; ')}${before.length === 0 ? '' : ` (cache off, for information: ${before.join('; ')})`}`,
  });
  return targets;
}

function render(
  report: Report & {
    meta: { machine: ReturnType<typeof machine>; startedAt: string; database: string };
    versionRead: { method: string; microsecondsPerRead: number }[];
    queryCost: { query: string; prismaMicros: number; rawMicros: number }[];
    startup: { runs: { readyMs: number; rssMB: number }[]; medianMs: number };
    targets: Target[];
  },
): string {
  const out: string[] = [];
  const m = report.meta.machine;
  out.push(`allies-api benchmark, ${report.meta.startedAt}`);
  out.push(
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}, commit ${m.commit ?? '?'}${m.uncommittedChanges.length > 0 ? ` + uncommitted changes to ${m.uncommittedChanges.join(', ')}` : ''}, load average at start ${m.loadAverageAtStart.join(' ')}`,
  );
  out.push(`Database: ${report.meta.database}`);
  out.push(
    `${opts.connections} connections, ${opts.rounds} round(s) of ${opts.warmup}s warm-up + ${opts.duration}s per run, medians over rounds`,
  );
  out.push('');
  const rows: (string | number)[][] = [];
  for (const [name, r] of Object.entries(report.endpoints)) {
    for (const [variant, s] of Object.entries(r.summary)) {
      if (s === undefined) continue;
      rows.push([
        name,
        VARIANT_TITLES[variant as Variant],
        fmt.rps(s.rps),
        fmt.ms(s.p50),
        fmt.ms(s.p99),
        s.errors,
        s.non2xx,
        s.unexpected,
        fmt.us(s.cpuMicrosPerRequest),
      ]);
    }
  }
  out.push(
    table(['endpoint', 'variant', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'unexpected', 'server CPU µs/req'], rows, [
      'l',
      'l',
    ]),
  );
  out.push('');
  out.push('Ratios (median of per-round pairs, requests/s):');
  const ratioRows = Object.entries(report.endpoints).map(([name, r]) => [
    name,
    fmt.ratio(r.ratios.apiVsCeiling?.median),
    fmt.ratio(r.ratios.apiVsCeilingWithApiHeaders?.median),
    fmt.ratio(r.ratios.apiVsJsonServer?.median),
    fmt.ratio(r.ratios.coldVsJsonServerCold?.median),
    fmt.ratio(r.ratios.nocacheVsCeiling?.median),
    fmt.ratio(r.ratios.nocacheVsJsonServer?.median),
    fmt.ratio(r.ratios.nocacheColdVsJsonServerCold?.median),
    fmt.ratio(r.ratios.cacheSpeedupWarm?.median),
  ]);
  out.push(
    table(
      [
        'endpoint',
        'API/ceiling',
        '/ceiling, API headers',
        'API/json-server',
        'cold/json-server cold',
        'cache off: /ceiling',
        '/json-server',
        'cold/json-server cold',
        'cache speed-up',
      ],
      ratioRows,
    ),
  );
  const notes = Object.entries(report.endpoints).flatMap(([name, r]) => [
    `${name}: ${r.equivalence}`,
    ...r.notes.map((n) => `${name}: ${n}`),
    ...(r.coldPool !== null && r.coldPool.used > r.coldPool.size
      ? [`${name}: the cold pool wrapped (${r.coldPool.used} requests over ${r.coldPool.size} URLs)`]
      : []),
  ]);
  if (notes.length > 0) {
    out.push('');
    out.push('Notes:');
    for (const n of notes) out.push(`  ${n}`);
  }
  out.push('');
  out.push(
    `Start to ready: ${report.startup.runs.map((r) => `${Math.round(r.readyMs)} ms`).join(', ')} (median ${Math.round(report.startup.medianMs)} ms); idle RSS ${report.startup.runs.map((r) => r.rssMB.toFixed(0)).join(', ')} MB`,
  );
  out.push(`Peak RSS under load: ${report.memory.peakRssUnderLoadMB.toFixed(1)} MB`);
  out.push(
    `Dataset version read: ${report.versionRead.map((v) => `${v.method} ${v.microsecondsPerRead.toFixed(1)} µs`).join('; ')}`,
  );
  out.push(
    `Database part of an uncached list, in-process, one at a time: ${report.queryCost.map((q) => `${q.query}: Prisma ${Math.round(q.prismaMicros)} µs, one better-sqlite3 statement ${Math.round(q.rawMicros)} µs`).join('; ')}`,
  );
  if (report.scale !== null) {
    out.push('');
    out.push(`Scale (${report.scale.note}):`);
    out.push(
      table(
        [
          'size',
          'claims',
          'list p50',
          'filter p50',
          'search p50',
          'search words p50',
          'deep cursor p50',
          'edit p50',
          'list p99',
          'filter p99',
          'search p99',
          'search words p99',
          'deep p99',
          'edit p99',
        ],
        report.scale.rows.map((r) => [
          r.label,
          r.claims,
          ...SCALE_QUERIES.map((q) => `${fmt.ms(r.queries[q]?.p50 ?? NaN)} ms`),
          ...SCALE_QUERIES.map((q) => `${fmt.ms(r.queries[q]?.p99 ?? NaN)} ms`),
        ]),
      ),
    );
  }
  out.push('');
  out.push('Targets:');
  for (const t of report.targets)
    out.push(`  [${t.met === null ? ' n/a ' : t.met ? '  MET  ' : 'NOT MET'}] ${t.description}: ${t.value}`);
  const unmet = report.targets.filter((t) => t.met === false).length;
  out.push(unmet === 0 ? 'Every measured target met.' : `${unmet} target(s) not met.`);
  return `${out.join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
