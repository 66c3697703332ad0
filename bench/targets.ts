import type { Options } from './lib/options.js';
import { fmt } from './lib/stats.js';
import type { Mixed } from './scenarios/mixed.js';
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
};

export function evaluateTargets(report: Measured, o: Options): Target[] {
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
