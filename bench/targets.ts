import type { Options } from './lib/options.js';
import { fmt, type Variant } from './lib/stats.js';
import type { Mixed } from './scenarios/mixed.js';
import type { Peer } from './scenarios/peer.js';
import type { Scale } from './scenarios/scale.js';
import type { EndpointResult } from './scenarios/throughput.js';

/** One performance target of the README, and whether this run met it. */
export type Target = {
  id: string;
  description: string;
  /** null: not measured in this run. */
  met: boolean | null;
  value: string;
  detail?: string;
};

/** What the targets are judged on. */
export type Measured = {
  startup: { medianMs: number };
  endpoints: Record<string, EndpointResult>;
  memory: { peakRssUnderLoadMB: number; growth: Record<string, unknown> };
  scale: Scale | null;
  mixed: Mixed;
  /** PostGraphile on the same PostgreSQL database (--postgres), else null. */
  peer: Peer | null;
};

/** The scale queries the scale target judges (bench/scenarios/scale.ts). */
export const SCALE_JUDGED = [
  'filter',
  'noMatch',
  'unverified',
  'facets',
  'search',
  'searchCommon',
  'sorted',
  'searchSorted',
  'deepCursor',
];

export function evaluateTargets(report: Measured, o: Options): Target[] {
  const targets: Target[] = [];
  const entries = Object.entries(report.endpoints);
  const few = o.rounds < 3 ? ' (fewer than 3 rounds: indicative only)' : '';

  /**
   * What a target measured answered besides its expected status (2xx, or 304 for a revalidation):
   * any such response fails the target it is part of, since it was not the work being timed.
   */
  const statusProblems = (names: string[], variants: Variant[]): string[] =>
    names.flatMap((name) =>
      variants.flatMap((variant) => {
        const s = report.endpoints[name]?.summary[variant];
        return s !== undefined && (s.unexpected > 0 || s.errors > 0)
          ? [`${name}/${variant}: ${s.unexpected} unexpected statuses, ${s.errors} errors`]
          : [];
      }),
    );
  const withProblems = (value: string, problems: string[]) =>
    problems.length === 0 ? `${value}; no unexpected statuses` : `${value}; FAILED BY ${problems.join(', ')}`;
  const names = (list: (readonly [string, unknown])[]) => list.map(([name]) => name);

  const ratioOf = (r: EndpointResult, ratio: string) => r.ratios[ratio]?.median ?? NaN;
  const both = (ratioDefault: string, ratioUnlimited: string) =>
    entries.map(([name, r]) => ({ name, onLimit: ratioOf(r, ratioDefault), unlimited: ratioOf(r, ratioUnlimited) }));
  const bothText = (rows: ReturnType<typeof both>) =>
    rows.map((v) => `${v.name} ${fmt.ratio(v.onLimit)} / ${fmt.ratio(v.unlimited)}`).join(', ');

  const vsCeiling = both('apiVsCeiling', 'unlimitedVsCeiling');
  const ceilingProblems = statusProblems(names(entries), ['api', 'api-unlimited', 'ceiling']);
  targets.push({
    id: 'warm-vs-ceiling',
    description:
      'Warm GET of any resource: at least 0.8x the ceiling replaying its identical bytes, as npm start runs (rate limit on, raised) / with RATE_LIMIT_MAX=0',
    met:
      vsCeiling.length === 0
        ? null
        : vsCeiling.every((v) => v.onLimit >= 0.8 && v.unlimited >= 0.8) && ceilingProblems.length === 0,
    value: withProblems(bothText(vsCeiling) + few, ceilingProblems),
  });

  const lists = entries.filter(([name]) => ['filter', 'search', 'page2'].includes(name));
  const vsJson = both('apiVsJsonServer', 'unlimitedVsJsonServer').filter((v) => names(lists).includes(v.name));
  const listProblems = statusProblems(names(lists), ['api', 'api-unlimited', 'json-server']);
  targets.push({
    id: 'warm-lists-vs-json-server',
    description: 'Every list query, warm: at least 5x json-server on the same query (rate limit on / RATE_LIMIT_MAX=0)',
    met: vsJson.length === 0 ? null : vsJson.every((v) => v.onLimit >= 5 && v.unlimited >= 5) && listProblems.length === 0,
    value: withProblems(bothText(vsJson) + few, listProblems),
  });

  const cold = entries.filter(([name]) => ['filter', 'search'].includes(name));
  const coldValues = cold.map(([name, r]) => ({
    name,
    ratio: r.ratios.coldVsJsonServerCold?.median ?? NaN,
    p99: r.summary['api-cold']?.p99 ?? NaN,
  }));
  const coldProblems = statusProblems(names(cold), ['api-cold', 'json-server-cold']);
  targets.push({
    id: 'cold-vs-json-server',
    description: 'Cold filtered list / search on the seed data: at least 1.5x json-server, p99 under 20 ms at 50 connections',
    met: coldValues.length === 0 ? null : coldValues.every((c) => c.ratio >= 1.5 && c.p99 < 20) && coldProblems.length === 0,
    value: withProblems(
      coldValues.map((c) => `${c.name} ${fmt.ratio(c.ratio)}, p99 ${fmt.ms(c.p99)} ms`).join('; ') + few,
      coldProblems,
    ),
  });

  const peer = report.peer;
  const peerProblems =
    peer === null
      ? []
      : Object.entries(peer.summary).flatMap(([variant, s]) =>
          s.unexpected > 0 || s.errors > 0 ? [`peer/${variant}: ${s.unexpected} unexpected statuses, ${s.errors} errors`] : [],
        );
  targets.push({
    id: 'peer-postgraphile',
    description:
      'PostgreSQL: the filtered claims list at least as fast as PostGraphile on the same database (warm, and cold with the response cache off)',
    met:
      peer === null
        ? null
        : (peer.ratios.warm?.median ?? 0) >= 1 &&
          (peer.ratios.cold?.median ?? 0) >= 1 &&
          peerProblems.length === 0 &&
          !peer.equivalence.startsWith('DIFFERS'),
    value:
      peer === null
        ? 'not run (use --postgres)'
        : withProblems(
            `warm ${fmt.ratio(peer.ratios.warm?.median)}, cold ${fmt.ratio(peer.ratios.cold?.median)} (API/PostGraphile); ${peer.equivalence}${few}`,
            peerProblems,
          ),
  });

  const scaleDescription = `At 100k claims and more: ${SCALE_JUDGED.join(', ')} p50 (one at a time) within 3x of the seed-size figure, p99 under 25 ms at ${o.connections} connections, nothing but 200s`;
  const seedRow = report.scale?.rows.find((r) => r.label === 'seed');
  const large = (report.scale?.rows ?? []).filter((r) => r.label !== 'seed' && r.claims >= 100_000);
  if (report.scale === null || seedRow === undefined || large.length === 0) {
    targets.push({
      id: 'scale-100k',
      description: scaleDescription,
      met: null,
      value: report.scale === null ? 'not run (use --scale)' : 'no size of 100k or more in --sizes',
    });
  } else {
    // The read shapes of issue 22: combinations (one matching nothing), a selective filter,
    // facets, a rare and a frequent word, a deep cursor; at every size of 100k and more.
    const judged = large.flatMap((row) =>
      SCALE_JUDGED.map((q) => {
        const query = row.queries[q];
        const seed = seedRow.queries[q]?.p50 ?? NaN;
        return {
          label: `${row.label} ${q}`,
          ratio: (query?.p50 ?? NaN) / seed,
          seed,
          p50: query?.p50 ?? NaN,
          loadedP99: query?.loaded?.p99 ?? NaN,
          unexpected: (query?.unexpected ?? 0) + (query?.loaded?.unexpected ?? 0),
        };
      }),
    );
    const scaleProblems = judged.filter((j) => j.unexpected > 0).map((j) => `${j.label}: ${j.unexpected} unexpected statuses`);
    targets.push({
      id: 'scale-100k',
      description: scaleDescription,
      met: judged.every((j) => Number.isFinite(j.ratio) && j.ratio <= 3 && j.loadedP99 < 25) && scaleProblems.length === 0,
      value: `${judged.map((j) => `${j.label} ${fmt.ratio(j.ratio)} (${fmt.ms(j.seed)} -> ${fmt.ms(j.p50)} ms, p99 at ${o.connections}: ${fmt.ms(j.loadedP99)})`).join(', ')}${scaleProblems.length === 0 ? '; no unexpected statuses' : `; FAILED BY ${scaleProblems.join(', ')}`}`,
    });
  }

  const withJsonServer = report.scale?.rows.find((r) => r.versus !== null);
  const versus = Object.entries(withJsonServer?.versus ?? {}).map(([q, v]) => ({
    q,
    ratio: v.jsonServer.p50 / v.api.p50,
    ceiling: v.jsonServer.p50 / v.ceiling.p50,
    unexpected: v.api.unexpected + v.ceiling.unexpected + v.jsonServer.unexpected,
  }));
  targets.push({
    id: 'scale-vs-json-server',
    description:
      "At 100k claims: every read at least 20x faster than json-server on the same claims (p50, one at a time; in brackets the same-bytes ceiling's ratio, the most any Node server sending those bytes reaches here)",
    met:
      withJsonServer === undefined ? null : versus.every((v) => Number.isFinite(v.ratio) && v.ratio >= 20 && v.unexpected === 0),
    value:
      withJsonServer === undefined
        ? 'not run (use --scale with 100000 in --sizes)'
        : versus
            .map(
              (v) =>
                `${v.q} ${fmt.ratio(v.ratio)} (${fmt.ratio(v.ceiling)})${v.unexpected > 0 ? ` (${v.unexpected} unexpected statuses)` : ''}`,
            )
            .join(', '),
  });
  const scaled = (report.scale?.rows ?? []).filter((r) => r.label !== 'seed').sort((a, b) => b.claims - a.claims)[0];
  targets.push({
    id: 'start-to-ready-at-scale',
    description: 'Start to ready on an existing database at the largest synthetic size (a restart): under 1.5 s',
    met: scaled === undefined ? null : scaled.readyMs < 1500,
    value:
      scaled === undefined
        ? 'not run (use --scale)'
        : `${Math.round(scaled.readyMs)} ms at ${scaled.label} (first start after the bulk load ${Math.round(scaled.firstReadyMs)} ms)`,
  });
  targets.push({
    id: 'start-to-ready',
    description: 'Start to ready (npm start on an existing database): under 1.5 s',
    met: Number.isFinite(report.startup.medianMs) ? report.startup.medianMs < 1500 : null,
    value: `${Math.round(report.startup.medianMs)} ms (median)`,
  });
  // At seed size (the throughput and memory runs) and at each synthetic size (the scale run).
  const scaleRss = (report.scale?.rows ?? []).filter((r) => r.label !== 'seed' && Number.isFinite(r.peakRssMB));
  const rssMeasured = Number.isFinite(report.memory.peakRssUnderLoadMB);
  targets.push({
    id: 'peak-rss',
    description: 'Peak RSS under load: under 200 MB, at seed size and at every synthetic size',
    met:
      !rssMeasured && scaleRss.length === 0
        ? null
        : (!rssMeasured || report.memory.peakRssUnderLoadMB < 200) && scaleRss.every((r) => r.peakRssMB < 200),
    value: [
      `seed ${rssMeasured ? `${report.memory.peakRssUnderLoadMB.toFixed(1)} MB` : 'not measured'}`,
      ...scaleRss.map((r) => `${r.label} ${r.peakRssMB.toFixed(1)} MB`),
    ].join(', '),
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
  targets.push(...mixedTargets(report.mixed));
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

/** Issue 19.1: reads under 50 concurrent writers, judged on the writer as configured. */
function mixedTargets(mixed: Mixed): Target[] {
  const run = mixed?.runs[0];
  const engine = mixed?.database ?? 'SQLite';
  if (mixed === null || run === undefined) {
    return [
      {
        id: 'mixed-reads',
        description: 'Mixed read/write: read p99 under 50 ms and /health p99 under 20 ms',
        met: null,
        value: 'not run (--mixed-duration 0)',
      },
    ];
  }
  const load = `${run.writers} writers + ${run.readers} readers, ${run.seconds.toFixed(0)}s`;
  return [
    {
      id: 'mixed-reads',
      description: 'Mixed read/write (50 writers + 50 readers): read p99 under 50 ms and /health p99 under 20 ms',
      met: run.reads.p99 < 50 && run.health.p99 < 20 && run.reads.rps > 0,
      value: `${engine}, ${load}: reads p99 ${fmt.ms(run.reads.p99)} ms (${fmt.rps(run.reads.rps)}/s), /health p99 ${fmt.ms(run.health.p99)} ms`,
    },
    {
      id: 'mixed-writes',
      description: 'Mixed read/write: at least 500 acknowledged writes/s on SQLite (reported on PostgreSQL)',
      met: engine === 'SQLite' ? run.acknowledgedPerSecond >= 500 : null,
      value: `${engine}: ${fmt.rps(run.acknowledgedPerSecond)} acknowledged writes/s (p99 ${fmt.ms(run.writes.p99)} ms)`,
    },
    {
      id: 'mixed-durable',
      description: 'Mixed read/write: zero lost writes (claims counted in the database after) and zero 5xx',
      met: run.lost === 0 && run.fiveHundreds === 0 && run.writes.errors + run.reads.errors + run.health.errors === 0,
      value: `${run.acknowledged} acknowledged, ${run.rowsAdded} rows added, ${run.lost} lost, ${run.fiveHundreds} 5xx, ${run.writes.errors + run.reads.errors + run.health.errors} socket errors/timeouts`,
    },
  ];
}
