import path from 'node:path';
import type { Bench } from '../lib/context.js';
import { captureResponses, startCeiling } from '../lib/ceiling.js';
import { bumpDatasetVersion } from '../lib/data.js';
import { startJsonServer } from '../lib/json-server.js';
import { buildEndpoints, type Endpoint } from '../lib/endpoints.js';
import { cycle, runLoad, type Load, type Measurement } from '../lib/load.js';
import { BENCH_RATE_LIMIT_MAX, RssSampler, startApi, type Server } from '../lib/processes.js';
import { fmt, pairedRatio, summarise, type Summary, type Variant } from '../lib/stats.js';

/**
 * Throughput and latency per endpoint at a fixed number of connections: the API warm (from its
 * response cache) and cold (after a write), json-server on the same records, and the ceiling (a
 * bare node:http server replaying the API's captured bytes, headers included), in alternating rounds.
 */

export type EndpointResult = {
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

/** The variants measured for an endpoint, in the order they alternate within a round. */
function variantsFor(endpoint: Endpoint, before: boolean): Variant[] {
  const out: Variant[] = ['ceiling', 'ceiling-bare', 'api', 'api-unlimited'];
  if (endpoint.json !== null) out.push('json-server');
  if (endpoint.apiCold !== null) out.push('api-cold');
  if (endpoint.jsonCold !== null) out.push('json-server-cold');
  if (before) {
    out.push('nocache');
    if (endpoint.apiCold !== null) out.push('nocache-cold');
  }
  return out;
}

/**
 * The two ceilings: a bare node:http server replaying each measured response, once with every
 * header the API sent (the ceiling the targets use) and once with only its body, content type and ETag.
 */
async function startCeilings(
  { work, servers }: Bench,
  api: Server,
  endpoints: Endpoint[],
): Promise<{ ceiling: Server; ceilingBare: Server }> {
  const file = await captureResponses(
    api.url,
    endpoints.map((e) => e.api.path),
    path.join(work, 'ceiling.json'),
  );
  const ceiling = await startCeiling('ceiling', file);
  servers.push(ceiling);
  const ceilingBare = await startCeiling('ceiling-bare', file, 'body-only');
  servers.push(ceilingBare);
  return { ceiling, ceilingBare };
}

/** The API under load, and what the memory run reuses from this one. */
export type Throughput = {
  api: Server;
  cacheEnv: Record<string, string>;
  endpoints: Endpoint[];
  results: Record<string, EndpointResult>;
  poolFor: (key: string, paths: string[]) => ReturnType<typeof cycle>;
  peakUnderLoad: number;
};

/** Starts the API (and json-server and the ceilings) and runs every endpoint's rounds; the servers stay up for the memory run. */
export async function runThroughput(bench: Bench): Promise<Throughput> {
  const { opts, log, work, postgres, databaseFor, servers } = bench;
  const cacheEnv: Record<string, string> = opts.cacheMb === undefined ? {} : { RESPONSE_CACHE_MB: String(opts.cacheMb) };
  const apiFile = path.join(work, 'api.db');
  log(
    `starting the API as npm start runs it (rate limit on, raised to ${BENCH_RATE_LIMIT_MAX}), one with RATE_LIMIT_MAX=0${opts.before ? ' and one with its cache off (RESPONSE_CACHE_MB=0)' : ''}`,
  );
  const [api, unlimited, nocache] = await Promise.all([
    startApi('api', databaseFor(path.basename(apiFile)), cacheEnv),
    startApi('api-unlimited', databaseFor('api-unlimited.db'), { ...cacheEnv, RATE_LIMIT_MAX: '0' }),
    opts.before ? startApi('nocache', databaseFor('nocache.db'), { RESPONSE_CACHE_MB: '0' }) : Promise.resolve(null),
  ]);
  servers.push(api, unlimited);
  if (nocache !== null) servers.push(nocache);

  log('exporting the same records for json-server');
  const { jsonServer, claims } = await startJsonServer(work, api.url);
  servers.push(jsonServer);

  log('capturing the measured requests, cursors and ETags');
  const endpoints = await buildEndpoints(api.url, jsonServer.url, claims, opts.endpoints, opts.duration < 1 ? 6 : 63);
  if (endpoints.length === 0) throw new Error(`no endpoint matches --endpoints ${opts.endpoints?.join(',')}`);
  const { ceiling, ceilingBare } = await startCeilings(bench, api, endpoints);

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
      case 'ceiling-bare':
        return { load: { base: ceilingBare.url, ...e.api }, pid: ceilingBare.pid };
      case 'api':
        return { load: { base: api.url, ...e.api }, pid: api.pid };
      case 'api-unlimited':
        return { load: { base: unlimited.url, ...e.api }, pid: unlimited.pid };
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
      apiVsBareCeiling: pairedRatio(r.runs.api, r.runs['ceiling-bare']),
      unlimitedVsBareCeiling: pairedRatio(r.runs['api-unlimited'], r.runs['ceiling-bare']),
      apiVsJsonServer: pairedRatio(r.runs.api, r.runs['json-server']),
      unlimitedVsCeiling: pairedRatio(r.runs['api-unlimited'], r.runs.ceiling),
      unlimitedVsJsonServer: pairedRatio(r.runs['api-unlimited'], r.runs['json-server']),
      unlimitedVsApi: pairedRatio(r.runs['api-unlimited'], r.runs.api),
      coldVsJsonServerCold: pairedRatio(r.runs['api-cold'], r.runs['json-server-cold']),
      cacheSpeedupWarm: pairedRatio(r.runs.api, r.runs.nocache),
      nocacheVsCeiling: pairedRatio(r.runs.nocache, r.runs.ceiling),
      nocacheVsJsonServer: pairedRatio(r.runs.nocache, r.runs['json-server']),
      nocacheColdVsJsonServerCold: pairedRatio(r.runs['nocache-cold'], r.runs['json-server-cold']),
    };
    if (r.coldPool !== null) r.coldPool.used = cycles.get(`api-cold:${e.name}`)?.used() ?? 0;
  }

  return { api, cacheEnv, endpoints, results, poolFor, peakUnderLoad };
}
