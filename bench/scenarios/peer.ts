import path from 'node:path';
import { VERIFICATIONS } from '../../src/domain/vocabulary.js';
import type { Bench } from '../lib/context.js';
import { COUNTRIES, LIMITS, shuffle } from '../lib/endpoints.js';
import { cycle, runLoad, type Load, type Measurement } from '../lib/load.js';
import { BENCH_DIR } from '../lib/options.js';
import { fetchJson, freePort, startApi, startServer, type Server } from '../lib/processes.js';
import { fmt, pairedRatio, summarise, type Summary } from '../lib/stats.js';

/**
 * A real peer on the same PostgreSQL database (--postgres only): PostGraphile answering the
 * filtered claims list as GraphQL, beside the API answering it as REST, in alternating rounds.
 * Warm is the same query each time (the API from its response cache; PostGraphile has none).
 * Cold rotates country x verification x page size, on a second API instance with its response
 * cache off (a pool of 3,600 queries wraps within a run, so a cached API would answer most of
 * them from memory): every answer is built per request. The API still keeps, per dataset
 * generation, each filter's total and the rows it read (as `npm start` does with the response
 * cache off), and the pool has 36 distinct filters, so most of its cold answers read one page
 * of ids; PostGraphile counts, reads the rows and their topics every time. GraphQL reports its
 * errors with a 200: the 41 queries checked before the runs must come back with data. Single
 * countries only: PostGraphile's `condition` filters by
 * equality, so a comma list of countries has no equivalent without a plugin.
 */

export const PEER_VARIANTS = ['api', 'api-nocache-cold', 'postgraphile', 'postgraphile-cold'] as const;
export type PeerVariant = (typeof PEER_VARIANTS)[number];

export type Peer = {
  peer: string;
  apiPath: string;
  query: string;
  equivalence: string;
  coldPool: { size: number; used: number };
  runs: Partial<Record<PeerVariant, Measurement[]>>;
  summary: Partial<Record<PeerVariant, Summary>>;
  ratios: { warm: { median: number; pairs: number[] } | null; cold: { median: number; pairs: number[] } | null };
};

/** The API's list fields, as PostGraphile names the columns and the topics relation. */
const QUERY = `query Claims($country: String!, $verification: String, $first: Int!) {
  allClaims(
    condition: { countryCode: $country, status: "active", verification: $verification }
    orderBy: [COUNTRY_CODE_ASC, ID_ASC]
    first: $first
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id countryCode statement quote quoteStart quoteEnd sourceId topic verification verificationNote
      verificationQuote verificationStart verificationEnd claimantName claimantType claimantLeaderId
      claimedAt dateNote status retractionReason version createdAt updatedAt
      claimTopicsByClaimId(orderBy: POSITION_ASC) { nodes { topic } }
    }
  }
}`;

type Shape = { country: string; verification?: string; first: number };

const apiPath = (s: Shape) =>
  `/v1/claims?country=${s.country}${s.verification === undefined ? '' : `&verification=${s.verification}`}&limit=${s.first}`;
const graphqlBody = (s: Shape) =>
  JSON.stringify({
    query: QUERY,
    variables: { country: s.country, first: s.first, ...(s.verification === undefined ? {} : { verification: s.verification }) },
  });

async function postJson<T>(url: string, body: string): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (res.status !== 200) throw new Error(`POST ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

export async function startPostGraphile(bench: Bench): Promise<Server> {
  if (bench.postgres === null) throw new Error('PostGraphile runs on the bench’s PostgreSQL server (--postgres)');
  const port = await freePort();
  const server = await startServer({
    name: 'postgraphile',
    args: ['--import', 'tsx', path.join(BENCH_DIR, 'postgraphile-server.ts'), bench.postgres.url, String(port)],
    readyPath: '/ready',
    port,
    timeoutMs: 120_000,
  });
  bench.servers.push(server);
  return server;
}

export async function runPeer(bench: Bench, api: Server): Promise<Peer> {
  const { opts, log, postgres } = bench;
  if (postgres === null) throw new Error('the peer run needs --postgres');
  log('starting PostGraphile 4.14.1 on the same PostgreSQL database');
  const peer = await startPostGraphile(bench);
  const graphql = `${peer.url}/graphql`;
  const nocache = await startApi('api-nocache', postgres.url, { RESPONSE_CACHE_MB: '0' });
  bench.servers.push(nocache);

  const warm: Shape = { country: 'KP', first: 20 };
  const shapes: Shape[] = [];
  for (const country of COUNTRIES)
    for (const verification of [undefined, ...VERIFICATIONS])
      for (const first of LIMITS) shapes.push({ country, ...(verification === undefined ? {} : { verification }), first });
  // Shuffled the same way every run, so API and peer see the same sequence.
  shuffle(shapes, 7);

  // The same rows and total from both, or the comparison is not a comparison.
  type ApiList = { data: { id: string }[]; meta: { total: number } };
  type GraphqlList = { data: { allClaims: { totalCount: number; nodes: { id: string }[] } } };
  const mismatches: string[] = [];
  for (const shape of [warm, ...shapes.slice(0, 40)]) {
    const [a, g] = await Promise.all([
      fetchJson<ApiList>(`${api.url}${apiPath(shape)}`),
      postJson<GraphqlList>(graphql, graphqlBody(shape)),
    ]);
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).join(',');
    if (ids(a.data) !== ids(g.data.allClaims.nodes) || a.meta.total !== g.data.allClaims.totalCount)
      mismatches.push(
        `${apiPath(shape)}: API ${a.data.length}/${a.meta.total}, PostGraphile ${g.data.allClaims.nodes.length}/${g.data.allClaims.totalCount}`,
      );
  }
  const equivalence =
    mismatches.length === 0
      ? 'same ids in the same order and the same total on 41 of the measured queries'
      : `DIFFERS on ${mismatches.length} of 41: ${mismatches.slice(0, 3).join('; ')}`;

  const apiCold = cycle(shapes.map(apiPath));
  const peerCold = cycle(shapes.map(graphqlBody));
  const graphqlPost = { base: peer.url, path: '/graphql', headers: { 'content-type': 'application/json' }, expectStatus: 200 };
  const loadFor = (variant: PeerVariant): { load: Load; pid: number } => {
    switch (variant) {
      case 'api':
        return { load: { base: api.url, path: apiPath(warm), expectStatus: 200 }, pid: api.pid };
      case 'api-nocache-cold':
        return { load: { base: nocache.url, path: apiPath(warm), next: apiCold.next, expectStatus: 200 }, pid: nocache.pid };
      case 'postgraphile':
        return { load: { ...graphqlPost, body: graphqlBody(warm) }, pid: peer.pid };
      case 'postgraphile-cold':
        return { load: { ...graphqlPost, nextBody: peerCold.next }, pid: peer.pid };
    }
  };

  const runs: Peer['runs'] = {};
  for (let round = 0; round < opts.rounds; round += 1) {
    for (const variant of PEER_VARIANTS) {
      const { load, pid } = loadFor(variant);
      if (opts.warmup > 0) await runLoad(load, opts.warmup, opts.connections);
      const m = await runLoad(load, opts.duration, opts.connections, pid);
      (runs[variant] ??= []).push(m);
      log(
        `round ${round + 1}/${opts.rounds} peer ${variant.padEnd(18)} ${fmt.rps(m.rps).padStart(7)} req/s  p50 ${fmt.ms(m.p50)} ms  p99 ${fmt.ms(m.p99)} ms` +
          (m.errors + m.timeouts + m.unexpected > 0 ? `  errors ${m.errors + m.timeouts} unexpected ${m.unexpected}` : ''),
      );
    }
  }
  const summary: Peer['summary'] = {};
  for (const [variant, list] of Object.entries(runs)) summary[variant as PeerVariant] = summarise(list);
  return {
    peer: 'PostGraphile 4.14.1 (graphql 15), public schema, mutations off, no GraphiQL, no query log',
    apiPath: apiPath(warm),
    query:
      'allClaims(condition: {countryCode, status: "active", verification}, orderBy: [COUNTRY_CODE_ASC, ID_ASC], first) with totalCount and the topics relation',
    equivalence,
    coldPool: { size: shapes.length, used: apiCold.used() },
    runs,
    summary,
    ratios: {
      warm: pairedRatio(runs.api, runs.postgraphile),
      cold: pairedRatio(runs['api-nocache-cold'], runs['postgraphile-cold']),
    },
  };
}
