import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Bench } from '../lib/context.js';
import { captureResponses, startCeiling } from '../lib/ceiling.js';
import { buildSyntheticDatabase, copyDatabase, prng, SCALE_SEARCH_SHARE, SCALE_SEARCH_WORD, vocabulary } from '../lib/data.js';
import { measureSequential, runLoad, type Measurement, type Sequential, type SequentialWrite } from '../lib/load.js';
import { startJsonServer } from '../lib/json-server.js';
import { ROOT } from '../lib/options.js';
import { fetchJson, RssSampler, startApi } from '../lib/processes.js';
import { fmt } from '../lib/stats.js';

/** The scale queries, in the report's column order, with their column titles. */
export const SCALE_QUERY_TITLES = {
  list: 'list',
  filter: 'KP+troops',
  noMatch: 'BY+trade (none)',
  unverified: 'unverified',
  facets: 'KP facets',
  search: 'search rare',
  searchCommon: 'search troupes',
  searchWords: 'search words',
  countryWords: 'KP + search words',
  sorted: 'KP newest',
  searchSorted: 'troupes newest',
  deepCursor: 'deep cursor',
  edit: 'edit',
} as const;
export const SCALE_QUERIES = Object.keys(SCALE_QUERY_TITLES) as (keyof typeof SCALE_QUERY_TITLES)[];
const SCALE_API_KEY = 'bench-scale-key-0123456789abcdef';
const SCALE_API_KEYS = `bench:${SCALE_API_KEY}`;

/** What one scale query sends: a fixed GET, a GET per request from `next`, or a write. */
type ScalePlan = { path: string; next?: () => string; write?: SequentialWrite; maxRequests?: number };

/** The same read at `connections` at once (the API's own queueing and load shedding included). */
export type ScaleLoaded = {
  connections: number;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  unexpected: number;
  statusCodes: Record<string, number>;
};

export type ScaleQuery = {
  path: string;
  p50: number;
  p90: number;
  p99: number;
  meanMs: number;
  requests: number;
  unexpected: number;
  /** null for the edit, which is timed one at a time only (the mixed run loads writes). */
  loaded: ScaleLoaded | null;
};
export type ScaleRow = {
  label: string;
  claims: number;
  activeClaims: number;
  buildSeconds: number;
  /** Start to ready: the first start after the bulk load (planner statistics refreshed), then a restart. */
  firstReadyMs: number;
  readyMs: number;
  deepPosition: number;
  /** The API's peak resident set size while this size's queries ran (one at a time and loaded), in MB. */
  peakRssMB: number;
  queries: Record<string, ScaleQuery>;
  /** The reads json-server has an equivalent of, side by side (at JSON_SERVER_SIZE only). */
  versus: Record<string, Versus> | null;
};

/**
 * One read measured on three servers in turn, one request at a time: the API, the same-bytes
 * ceiling (a bare node:http server replaying the API's answer, headers included: what any Node
 * server sending these bytes costs on this machine) and json-server on the same active claims.
 */
export type Versus = { api: ScaleQuery; ceiling: ScaleQuery; jsonServer: ScaleQuery };

/**
 * The size json-server is measured at beside the API: it holds the whole file in memory and
 * scans it for every request, so at a million claims a request takes seconds.
 */
export const JSON_SERVER_SIZE = 100_000;

/** json-server's nearest equivalent of each read (its default page is 10, the API's 20). */
function jsonServerPlans(deepPage: number): Record<string, string> {
  return {
    list: '/claims?_limit=20',
    filter: '/claims?country.code=KP&topics_like=troops&_limit=20',
    noMatch: '/claims?country.code=BY&topics_like=trade&_limit=20',
    unverified: '/claims?verification=unverified&_limit=20',
    search: `/claims?q=${SCALE_SEARCH_WORD}&_limit=20`,
    searchCommon: '/claims?q=troupes&_limit=20',
    sorted: '/claims?country.code=KP&_sort=claimedAt&_order=desc&_limit=20',
    searchSorted: '/claims?q=troupes&_sort=claimedAt&_order=desc&_limit=20',
    deepCursor: `/claims?_page=${deepPage}&_limit=20`,
  };
}

export type Scale = { rows: ScaleRow[]; searchWord: string; searchShare: number; note: string };

/**
 * Waits until the API answers promptly again after a loaded run: the requests autocannon left in
 * flight are still being served, and a query timed meanwhile would measure their backlog (or get
 * the load shedder's 503s). Three /health answers in a row under 5 ms, or 10 s at most.
 */
async function settle(base: string): Promise<void> {
  const deadline = performance.now() + 10_000;
  let prompt = 0;
  while (prompt < 3 && performance.now() < deadline) {
    const started = performance.now();
    const res = await fetch(`${base}/health`);
    await res.arrayBuffer();
    prompt = res.status === 200 && performance.now() - started < 5 ? prompt + 1 : 0;
    if (prompt === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function scaleQuery(path: string, m: Sequential, loaded: Measurement | null = null, connections = 0): ScaleQuery {
  const { p50, p90, p99, meanMs, requests, unexpected } = m;
  return {
    path,
    p50,
    p90,
    p99,
    meanMs,
    requests,
    unexpected,
    loaded:
      loaded === null
        ? null
        : {
            connections,
            p50: loaded.p50,
            p99: loaded.p99,
            rps: loaded.rps,
            requests: loaded.requests,
            unexpected: loaded.unexpected + loaded.errors + loaded.timeouts,
            statusCodes: loaded.statusCodes,
          },
  };
}

/** Synthetic datasets; the API runs with its cache off so every request takes the database path. */
export async function runScale(bench: Bench): Promise<Scale> {
  const { opts: o, seeded, work, log } = bench;
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
    const env = { RESPONSE_CACHE_MB: '0', API_KEYS: SCALE_API_KEYS };
    const server = await startApi(`scale-${size.label}`, url, env);
    const rss = new RssSampler(server.pid).start();
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
      let nextCountryWord = 0;
      const plans: Record<string, ScalePlan> = {
        list: { path: '/v1/claims' },
        // The filter shapes of issue 22: a frequent combination, one that matches nothing, a
        // selective single filter, and a word frequent in the statements.
        filter: { path: '/v1/claims?country=KP&topic=troops' },
        noMatch: { path: '/v1/claims?country=BY&topic=trade' },
        unverified: { path: '/v1/claims?verification=unverified' },
        // A country's counts per verification and topic: what a journalist's first query returns.
        facets: { path: '/v1/claims?country=KP&facet=verification,topic' },
        search: { path: `/v1/claims?q=${SCALE_SEARCH_WORD}` },
        searchCommon: { path: '/v1/claims?q=troupes' },
        // Sorted by another field than the default: a country's claims and a frequent word's
        // matches, newest first.
        sorted: { path: '/v1/claims?country=KP&sort=-claimedAt' },
        searchSorted: { path: '/v1/claims?q=troupes&sort=-claimedAt' },
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
          // Shared by the sequential and the loaded run: the loaded one goes on from where the
          // other stopped, so it meets fresh words until the list wraps.
          next: () => `/v1/claims?q=${encodeURIComponent(searchWords[nextWord++ % searchWords.length] as string)}`,
          // measureSequential sends one untimed request first.
          maxRequests: searchWords.length - 1,
        },
        // A journalist's usual search: one country's claims with a word, a new word each time
        // (taken from the other end of the list, so the run above has not counted it).
        countryWords: {
          path: `/v1/claims?country=KP&q=<one of ${searchWords.length} words of the source, in turn>`,
          next: () =>
            `/v1/claims?country=KP&q=${encodeURIComponent(searchWords[searchWords.length - 1 - (nextCountryWord++ % searchWords.length)] as string)}`,
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
        // Then at --connections at once: the p99 the issue's target is judged on, with what one
        // slow query does to the others queued behind it on the event loop (and 503s if it sheds).
        const loaded =
          plan.write === undefined
            ? await runLoad(
                {
                  base: server.url,
                  path: plan.next === undefined ? plan.path : plan.next(),
                  ...(plan.next === undefined ? {} : { next: plan.next }),
                  expectStatus: 200,
                },
                o.scaleDuration,
                o.connections,
              )
            : null;
        if (loaded !== null) await settle(server.url);
        measured[name] = scaleQuery(plan.path, m, loaded, o.connections);
        log(
          `scale ${size.label.padEnd(5)} ${name.padEnd(10)} p50 ${fmt.ms(m.p50)} ms  p99 ${fmt.ms(m.p99)} ms  (${m.requests} sequential requests)${m.unexpected > 0 ? ` unexpected ${JSON.stringify(m.statusCodes)}` : ''}` +
            (loaded === null
              ? ''
              : `; at ${o.connections} connections p50 ${fmt.ms(loaded.p50)} ms  p99 ${fmt.ms(loaded.p99)} ms${loaded.unexpected > 0 ? ` unexpected ${JSON.stringify(loaded.statusCodes)}` : ''}`),
        );
      }
      let versus: Record<string, Versus> | null = null;
      if (size.total === JSON_SERVER_SIZE) {
        log(`scale ${size.label}: exporting the active claims for json-server, capturing the API's answers for the ceiling`);
        const compared = jsonServerPlans(Math.max(1, Math.ceil(walked / 20)));
        const apiPath = (name: string) => {
          const plan = plans[name];
          if (plan === undefined) throw new Error(`json-server's ${name} has no API read to compare with`);
          return plan.path;
        };
        const ceilingFile = await captureResponses(
          server.url,
          Object.keys(compared).map(apiPath),
          path.join(work, `ceiling-${size.label}.json`),
        );
        const started = await startJsonServer(work, server.url, `json-server-${size.label}`);
        const ceiling = await startCeiling(`ceiling-${size.label}`, ceilingFile).catch(async (error: unknown) => {
          await started.jsonServer.stop();
          throw error;
        });
        versus = {};
        try {
          for (const [name, jsonPath] of Object.entries(compared)) {
            const measure = async (base: string, p: string) =>
              scaleQuery(p, await measureSequential(base, p, o.scaleDuration, 5, 200));
            const api = await measure(server.url, apiPath(name));
            const bare = await measure(ceiling.url, apiPath(name));
            const json = await measure(started.jsonServer.url, jsonPath);
            versus[name] = { api, ceiling: bare, jsonServer: json };
            log(
              `scale ${size.label.padEnd(5)} ${name.padEnd(10)} p50 API ${fmt.ms(api.p50)} ms, ceiling ${fmt.ms(bare.p50)} ms, json-server ${fmt.ms(json.p50)} ms`,
            );
          }
        } finally {
          await started.jsonServer.stop();
          await ceiling.stop();
        }
      }
      rss.stop();
      await server.stop();
      const restarted = await startApi(`scale-${size.label}-restart`, url, env);
      await restarted.stop();
      rows.push({
        label: size.label,
        claims: all.meta.total,
        activeClaims: active,
        buildSeconds,
        firstReadyMs: server.readyMs,
        readyMs: restarted.readyMs,
        deepPosition: walked,
        peakRssMB: rss.peak / 1024 / 1024,
        queries: measured,
        versus,
      });
    } finally {
      rss.stop();
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
    note: `cache off (RESPONSE_CACHE_MB=0), one request at a time (the query's own latency, no queueing), then the same at ${o.connections} connections (reads only); synthetic claims copy seeded ones drawn at random, so filters keep the article's proportions; KP+troops = country=KP&topic=troops; BY+trade = country=BY&topic=trade (matches nothing); unverified = verification=unverified; KP facets = country=KP&facet=verification,topic; search troupes = q=troupes (a word of the statements); search rare = a word planted in ${SCALE_SEARCH_SHARE * 100}% of statements; search words = a different word of the source text each request (its total counted afresh); KP + search words = country=KP&q=<a different word each request>; KP newest = country=KP&sort=-claimedAt; troupes newest = q=troupes&sort=-claimedAt; deep cursor ${Math.round(o.deepFraction * 100)}% into the default order; edit = PATCH of one claim's statement (full-text row rewritten, revision, fsync)`,
  };
}
