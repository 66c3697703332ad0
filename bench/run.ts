/**
 * Performance benchmark: this API against the ceiling (a bare node:http server sending the same
 * bytes) and json-server, warm and cold, plus start-to-ready, RSS, memory growth and, with
 * --scale, synthetic datasets of 1k to 100k claims. `--help` lists the options.
 *
 *   node --import tsx bench/run.ts [--quick] [--scale] [...]
 *
 * Everything runs on private copies of a freshly seeded database in a temp folder; the API
 * runs as `npm start` does, in production mode. Results go to stdout and bench/results/latest.json.
 *
 * The scenarios are in bench/scenarios/ (micro, startup, throughput, memory, peer, mixed, scale), the targets
 * they are judged by in bench/targets.ts, the printed report in bench/report.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Bench } from './lib/context.js';
import { copyDatabase, createSeededDatabase } from './lib/data.js';
import { machine } from './lib/machine.js';
import { parseOptions, ROOT } from './lib/options.js';
import { startPostgres } from './lib/postgres.js';
import { API_ARGS, BENCH_RATE_LIMIT_MAX, memoryOf } from './lib/processes.js';
import { START_COMMAND } from '../scripts/start-command.js';
import { render } from './report.js';
import { runMemory } from './scenarios/memory.js';
import { runMicro } from './scenarios/micro.js';
import { runMixed } from './scenarios/mixed.js';
import { runPeer } from './scenarios/peer.js';
import { runScale } from './scenarios/scale.js';
import { runStartup } from './scenarios/startup.js';
import { runThroughput } from './scenarios/throughput.js';
import { evaluateTargets, type Target } from './targets.js';

const opts = parseOptions(process.argv.slice(2));
const t0 = Date.now();
const log = (message: string) => {
  if (!opts.quiet) process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);
};

async function main(): Promise<void> {
  const startedAt = new Date();
  const work = mkdtempSync(path.join(os.tmpdir(), 'allies-bench-'));
  const info = machine();
  log(`work folder ${work}; ${info.cores} cores, load ${info.loadAverageAtStart.join(' ')}`);
  let bench: Bench | undefined;
  try {
    log('building the server bundle npm start runs (if stale)');
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--if-stale'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    log('building a seeded database (migrate + seed)');
    const seeded = await createSeededDatabase(work);
    // On PostgreSQL the API migrates and seeds its database itself at its first start.
    const postgres = opts.postgres ? await startPostgres(log) : null;
    bench = {
      opts,
      log,
      work,
      seeded,
      postgres,
      databaseFor: (file) => postgres?.url ?? copyDatabase(seeded, path.join(work, file)),
      servers: [],
    };

    const { versionRead, queryCost } = await runMicro(bench);
    const startup = await runStartup(bench);
    const throughput = await runThroughput(bench);
    const memory = await runMemory(bench, throughput);
    const peer = postgres === null ? null : await runPeer(bench, throughput.api);
    const finalMemory = memoryOf(throughput.api.pid);
    const peakRssMB =
      Math.max(throughput.peakUnderLoad, Number((memory as { peakMB?: number }).peakMB ?? 0) * 1024 * 1024) / 1024 / 1024;
    for (const s of bench.servers.splice(0)) await s.stop();

    const mixed = await runMixed(bench);
    const scale = opts.scale ? await runScale(bench) : null;

    const report = {
      meta: {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        machine: info,
        options: { ...opts, out: path.relative(ROOT, opts.out) },
        database: opts.postgres ? 'PostgreSQL (throwaway server on 127.0.0.1, fsync off)' : 'SQLite (WAL)',
        api: {
          command: [...Object.entries(START_COMMAND.env).map(([k, v]) => `${k}=${v}`), 'node', ...API_ARGS].join(' '),
          env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: BENCH_RATE_LIMIT_MAX, ...throughput.cacheEnv },
          alsoMeasured: 'the same with RATE_LIMIT_MAX=0 (variant api-unlimited)',
        },
        jsonServer: 'json-server 0.17.4 --read-only, the API’s own records exported to its JSON file',
        ceiling:
          'bare node:http answering the API’s identical bytes for each measured response: status, every header it sent (with a fresh request id) and body; the warm targets use it',
        ceilingBare:
          'the same server sending only the body, content type and ETag: not a target, it shows how much of what Node costs is the header set',
      },
      versionRead,
      queryCost,
      startup,
      endpoints: throughput.results,
      mixed,
      peer,
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
    for (const s of bench?.servers ?? []) await s.stop().catch(() => undefined);
    bench?.postgres?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
