import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/lib/options.js';
import type { Summary } from '../../bench/lib/stats.js';
import type { Peer } from '../../bench/scenarios/peer.js';
import type { Scale, ScaleQuery, ScaleRow } from '../../bench/scenarios/scale.js';
import type { EndpointResult } from '../../bench/scenarios/throughput.js';
import { evaluateTargets, SCALE_JUDGED, type Measured } from '../../bench/targets.js';

const summary = (rps: number, unexpected = 0): Summary => ({
  rounds: 3,
  rps,
  p50: 1,
  p99: 5,
  cpuMicrosPerRequest: null,
  errors: 0,
  non2xx: unexpected,
  unexpected,
  requests: rps * 9,
});
const ratio = (median: number) => ({ median, pairs: [median, median, median] });

/** A warm filtered list measured in both configurations, fast enough for every ratio target. */
function measured(unexpected: Partial<Record<'api' | 'api-unlimited' | 'api-cold', number>> = {}): Measured {
  const filter: EndpointResult = {
    title: 'filter',
    apiPath: '/v1/claims?country=KP',
    jsonPath: '/claims?countryCode=KP',
    equivalence: '',
    notes: [],
    coldPool: null,
    runs: {},
    summary: {
      ceiling: summary(10_000),
      api: summary(9000, unexpected.api),
      'api-unlimited': summary(9500, unexpected['api-unlimited']),
      'json-server': summary(1000),
      'api-cold': summary(3000, unexpected['api-cold']),
      'json-server-cold': summary(1000),
    },
    ratios: {
      apiVsCeiling: ratio(0.9),
      unlimitedVsCeiling: ratio(0.95),
      apiVsJsonServer: ratio(9),
      unlimitedVsJsonServer: ratio(9.5),
      coldVsJsonServerCold: ratio(3),
    },
  };
  return {
    startup: { medianMs: 500 },
    endpoints: { filter },
    memory: { peakRssUnderLoadMB: 100, growth: { skipped: true } },
    scale: null,
    mixed: null,
    peer: null,
  };
}

const met = (report: Measured) => Object.fromEntries(evaluateTargets(report, parseOptions([], {})).map((t) => [t.id, t.met]));

describe('benchmark targets', () => {
  it('are met by fast runs that got only the statuses they expected', () => {
    expect(met(measured())).toMatchObject({
      'warm-vs-ceiling': true,
      'warm-lists-vs-json-server': true,
      'cold-vs-json-server': true,
      'no-errors': true,
    });
  });

  it('fail a fast run that answered anything but its expected status, in either configuration', () => {
    // A rate-limited run answers 429s quickly; they are not throughput.
    expect(met(measured({ api: 1 }))).toMatchObject({ 'warm-vs-ceiling': false, 'warm-lists-vs-json-server': false });
    expect(met(measured({ 'api-unlimited': 3 }))).toMatchObject({
      'warm-vs-ceiling': false,
      'warm-lists-vs-json-server': false,
    });
    expect(met(measured({ 'api-cold': 2 }))).toMatchObject({ 'cold-vs-json-server': false, 'warm-vs-ceiling': true });
  });

  it('hold the default configuration to the ceiling target, not only RATE_LIMIT_MAX=0', () => {
    const report = measured();
    const filter = report.endpoints.filter as EndpointResult;
    filter.ratios.apiVsCeiling = ratio(0.3);
    const target = evaluateTargets(report, parseOptions([], {})).find((t) => t.id === 'warm-vs-ceiling');
    expect(target?.met).toBe(false);
    expect(target?.value).toContain('filter 0.30x / 0.95x');
  });

  it('hold the API to PostGraphile on PostgreSQL: slower, a wrong status, or different rows fail; not run is not judged', () => {
    const peer = (cold: number, unexpected = 0, equivalence = 'same ids'): Peer => ({
      peer: 'PostGraphile',
      apiPath: '/v1/claims?country=KP&limit=20',
      query: 'allClaims',
      equivalence,
      coldPool: { size: 2400, used: 9000 },
      runs: {},
      summary: {
        api: summary(9000),
        'api-nocache-cold': summary(2000, unexpected),
        postgraphile: summary(1500),
        'postgraphile-cold': summary(1500),
      },
      ratios: { warm: ratio(6), cold: ratio(cold) },
    });
    const judged = (p: Peer | null) => met({ ...measured(), peer: p })['peer-postgraphile'];
    expect(judged(null)).toBeNull();
    expect(judged(peer(1.3))).toBe(true);
    expect(judged(peer(0.8))).toBe(false);
    expect(judged(peer(1.3, 4))).toBe(false);
    expect(judged(peer(1.3, 0, 'DIFFERS on 2 of 41'))).toBe(false);
  });
  it('hold every size of 100k and more to the scale target at 50 connections: a slow p99 or a shed request at either size fails', () => {
    const query = (p50: number, loadedP99: number, shed = 0): ScaleQuery => ({
      path: '/v1/claims?q=troupes',
      p50,
      p90: p50,
      p99: p50 * 2,
      meanMs: p50,
      requests: 100,
      unexpected: 0,
      loaded: {
        connections: 50,
        p50: p50 * 5,
        p99: loadedP99,
        rps: 1000,
        requests: 3000,
        unexpected: shed,
        statusCodes: { '200': 3000 - shed, ...(shed > 0 ? { '503': shed } : {}) },
      },
    });
    const row = (label: string, claims: number, q: (name: string) => ScaleQuery): ScaleRow => ({
      label,
      claims,
      activeClaims: claims,
      buildSeconds: 0,
      firstReadyMs: 500,
      readyMs: 500,
      deepPosition: 0,
      peakRssMB: 150,
      queries: Object.fromEntries(SCALE_JUDGED.map((name) => [name, q(name)])),
      versus: null,
    });
    const scale = (big: (name: string) => ScaleQuery): Scale => ({
      rows: [row('seed', 21, () => query(1, 4)), row('100k', 100_000, () => query(2, 10)), row('1m', 1_000_000, big)],
      searchWord: 'zeppelins',
      searchShare: 0.01,
      note: '',
    });
    const target = (s: Scale | null) => met({ ...measured(), scale: s })['scale-100k'];
    expect(target(null)).toBeNull();
    expect(target(scale(() => query(2.5, 20)))).toBe(true);
    // At a million, one query's p99 at 50 connections over 25 ms, though fine one at a time.
    expect(target(scale((name) => query(2.5, name === 'searchCommon' ? 40 : 20)))).toBe(false);
    // Or a few requests shed by the load shedder.
    expect(target(scale((name) => query(2.5, 20, name === 'searchCommon' ? 3 : 0)))).toBe(false);
    // Or the p50 past 3x the seed figure.
    expect(target(scale((name) => query(name === 'facets' ? 3.5 : 2.5, 20)))).toBe(false);

    // Peak RSS is judged at every synthetic size as well as in the memory run at seed size.
    const rss = (s: Scale) => met({ ...measured(), scale: s })['peak-rss'];
    const fine = scale(() => query(2.5, 20));
    expect(rss(fine)).toBe(true);
    const heavy = { ...fine, rows: fine.rows.map((r) => (r.label === '1m' ? { ...r, peakRssMB: 260 } : r)) };
    expect(rss(heavy)).toBe(false);
  });

  it('judge 100k against json-server on the API side by side with it, and show beside each ratio what the same-bytes ceiling reaches', () => {
    const at = (p50: number, unexpected = 0): ScaleQuery => ({
      path: '/v1/claims',
      p50,
      p90: p50,
      p99: p50,
      meanMs: p50,
      requests: 100,
      unexpected,
      loaded: null,
    });
    const withVersus = (api: number, unexpected = 0): Scale => ({
      rows: [
        {
          label: '100k',
          claims: 100_000,
          activeClaims: 100_000,
          buildSeconds: 0,
          firstReadyMs: 500,
          readyMs: 500,
          deepPosition: 0,
          peakRssMB: 150,
          queries: {},
          versus: {
            list: { api: at(api), ceiling: at(0.15), jsonServer: at(3, unexpected) },
            filter: { api: at(0.1), ceiling: at(0.1), jsonServer: at(20) },
          },
        },
      ],
      searchWord: 'zeppelins',
      searchShare: 0.01,
      note: '',
    });
    const target = (s: Scale | null) =>
      evaluateTargets({ ...measured(), scale: s }, parseOptions([], {})).find((t) => t.id === 'scale-vs-json-server');
    expect(target(null)?.met).toBeNull();
    const fast = target(withVersus(0.12));
    expect(fast?.met).toBe(true);
    expect(fast?.value).toBe('list 25.00x (20.00x), filter 200.00x (200.00x)');
    // 3 ms against 0.2 ms is 15x: not met, whatever the ceiling's own ratio.
    expect(target(withVersus(0.2))?.met).toBe(false);
    // An error answer on json-server's side makes its ratio meaningless.
    const failed = target(withVersus(0.12, 2));
    expect(failed?.met).toBe(false);
    expect(failed?.value).toContain('list 25.00x (20.00x) (2 unexpected statuses)');
  });
});
