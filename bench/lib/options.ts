import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RESPONSE_CACHE_MB } from '../../src/config.js';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.resolve(BENCH_DIR, '..');

export type Options = {
  /** Seconds measured per run. */
  duration: number;
  /** Seconds of the same load, unmeasured, before each run. */
  warmup: number;
  /** A/B rounds; ratios are medians over rounds (at least three for the targets to count). */
  rounds: number;
  connections: number;
  /** Seconds of the mixed read/write run; 0 skips it. */
  mixedDuration: number;
  /** Also run the mixed load on the alternative writer configurations (main thread, no group commit). */
  mixedAlternatives: boolean;
  /** Seconds of the memory-growth run; 0 skips it. */
  memoryDuration: number;
  /** At most this many seconds of cold requests to fill the response cache before it. */
  memoryFill: number;
  /** How many times start-to-ready is measured. */
  startupRuns: number;
  /** Also measure the API with its response cache off (the "before" figures). */
  before: boolean;
  /** Endpoint names to run (default: all). */
  endpoints: string[] | null;
  /** Run the API on a throwaway PostgreSQL server instead of SQLite (scale and micro figures stay SQLite). */
  postgres: boolean;
  /** Synthetic-size run. */
  scale: boolean;
  sizes: number[];
  scaleDuration: number;
  /** Fraction of the table a deep cursor skips. */
  deepFraction: number;
  /** Response cache budget passed to the API (MiB); undefined keeps the app's default. */
  cacheMb: number | undefined;
  out: string;
  quiet: boolean;
};

const HELP = `Usage: node --import tsx bench/run.ts [options]

  --duration <s>         seconds measured per run (default 3; env BENCH_DURATION)
  --warmup <s>           unmeasured warm-up before each run (default 1; env BENCH_WARMUP)
  --rounds <n>           A/B rounds, medians over them (default 3; env BENCH_ROUNDS)
  --connections <n>      concurrent connections (default 50; env BENCH_CONNECTIONS)
  --mixed-duration <s>   mixed read/write run: 50 writers + 50 readers (--connections each) and /health,
                         0 to skip (default 10; env BENCH_MIXED_DURATION)
  --no-alternatives      mixed run on the configured writer only, not also on the main thread and
                         without group commit
  --memory-duration <s>  memory-growth run, 0 to skip (default 60; env BENCH_MEMORY_DURATION)
  --memory-fill <s>      cold requests filling the cache before it, at most (default 60; env BENCH_MEMORY_FILL)
  --startup-runs <n>     start-to-ready measurements (default 3; env BENCH_STARTUP_RUNS)
  --no-before            skip the API with its response cache off
  --endpoints <a,b>      only these endpoints (country,countryPage,filter,search,page2,csv,revalidate)
  --postgres             the API on a throwaway PostgreSQL server (scripts/postgres.sh) instead of
                         SQLite; the scale run and micro figures stay on SQLite (env BENCH_POSTGRES=1)
  --scale                also run 1k/10k/100k synthetic datasets (env BENCH_SCALE=1)
  --sizes <n,n>          synthetic sizes (default 1000,10000,100000; env BENCH_SIZES); 1000000 builds
                         in about 35 s and takes 1.4 GB of disk
  --scale-duration <s>   seconds of sequential requests per scale query (default: --duration)
  --deep-fraction <f>    how deep the deep cursor goes into the table (default 0.5)
  --cache-mb <n>         RESPONSE_CACHE_MB for the API under test (default: the app's)
  --quick                smoke preset: --duration 0.3 --warmup 0 --rounds 1 --memory-duration 1 --startup-runs 1
                         --mixed-duration 2 --no-alternatives
                         (autocannon runs last at least about 1 s whatever the duration)
  --out <file>           JSON results (default bench/results/latest.json; env BENCH_OUT)
  --quiet                no progress lines on stderr
`;

function num(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return n;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): Options {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(HELP);
      process.exit(0);
    }
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${HELP}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (['scale', 'quick', 'no-before', 'quiet', 'postgres', 'no-alternatives'].includes(name)) {
      switches.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags.set(name, value);
  }
  const known = [
    'duration',
    'warmup',
    'rounds',
    'connections',
    'memory-duration',
    'mixed-duration',
    'memory-fill',
    'startup-runs',
    'endpoints',
    'sizes',
    'scale-duration',
    'deep-fraction',
    'cache-mb',
    'out',
  ];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name}\n${HELP}`);

  const quick = switches.has('quick');
  const get = (flag: string, envName: string) => flags.get(flag) ?? env[envName];
  const duration = num('--duration', get('duration', 'BENCH_DURATION'), quick ? 0.3 : 3);
  const sizes = (get('sizes', 'BENCH_SIZES') ?? '1000,10000,100000')
    .split(',')
    .map((s) => num('--sizes', s.trim(), 0))
    .filter((n) => n > 0);
  const endpoints = get('endpoints', 'BENCH_ENDPOINTS');
  const cacheMb = get('cache-mb', 'BENCH_CACHE_MB');
  return {
    duration,
    warmup: num('--warmup', get('warmup', 'BENCH_WARMUP'), quick ? 0 : 1),
    rounds: Math.max(1, Math.round(num('--rounds', get('rounds', 'BENCH_ROUNDS'), quick ? 1 : 3))),
    connections: Math.max(1, Math.round(num('--connections', get('connections', 'BENCH_CONNECTIONS'), 50))),
    mixedDuration: num('--mixed-duration', get('mixed-duration', 'BENCH_MIXED_DURATION'), quick ? 2 : 10),
    mixedAlternatives: !quick && !switches.has('no-alternatives') && env.BENCH_MIXED_ALTERNATIVES !== '0',
    memoryDuration: num('--memory-duration', get('memory-duration', 'BENCH_MEMORY_DURATION'), quick ? 1 : 60),
    memoryFill: num('--memory-fill', get('memory-fill', 'BENCH_MEMORY_FILL'), quick ? 0 : 60),
    startupRuns: Math.max(1, Math.round(num('--startup-runs', get('startup-runs', 'BENCH_STARTUP_RUNS'), quick ? 1 : 3))),
    before: !switches.has('no-before') && env.BENCH_BEFORE !== '0',
    endpoints:
      endpoints === undefined
        ? null
        : endpoints
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    postgres: switches.has('postgres') || env.BENCH_POSTGRES === '1',
    scale: switches.has('scale') || env.BENCH_SCALE === '1',
    sizes,
    scaleDuration: num('--scale-duration', get('scale-duration', 'BENCH_SCALE_DURATION'), duration),
    deepFraction: Math.min(0.99, num('--deep-fraction', get('deep-fraction', 'BENCH_DEEP_FRACTION'), 0.5)),
    cacheMb: cacheMb === undefined ? undefined : num('--cache-mb', cacheMb, DEFAULT_RESPONSE_CACHE_MB),
    out: path.resolve(get('out', 'BENCH_OUT') ?? path.join(BENCH_DIR, 'results', 'latest.json')),
    quiet: switches.has('quiet'),
  };
}
