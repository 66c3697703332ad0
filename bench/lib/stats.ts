import type { Measurement } from './load.js';

export const VARIANTS = [
  'ceiling',
  'ceiling-bare',
  'api',
  'api-unlimited',
  'json-server',
  'api-cold',
  'json-server-cold',
  'nocache',
  'nocache-cold',
] as const;
export type Variant = (typeof VARIANTS)[number];

export const VARIANT_TITLES: Record<Variant, string> = {
  ceiling: "ceiling (node:http, the API's bytes)",
  'ceiling-bare': 'ceiling, body and type only',
  api: 'API warm',
  'api-unlimited': 'API warm, RATE_LIMIT_MAX=0',
  'json-server': 'json-server',
  'api-cold': 'API cold',
  'json-server-cold': 'json-server cold',
  nocache: 'API warm, cache off',
  'nocache-cold': 'API cold, cache off',
};

export type Summary = {
  rounds: number;
  rps: number;
  p50: number;
  p99: number;
  cpuMicrosPerRequest: number | null;
  errors: number;
  non2xx: number;
  unexpected: number;
  requests: number;
};

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarise(runs: Measurement[]): Summary {
  const cpu = runs.map((r) => r.cpuMicrosPerRequest).filter((c): c is number => c !== null);
  return {
    rounds: runs.length,
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuMicrosPerRequest: cpu.length === 0 ? null : median(cpu),
    errors: runs.reduce((n, r) => n + r.errors + r.timeouts, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    unexpected: runs.reduce((n, r) => n + r.unexpected, 0),
    requests: runs.reduce((n, r) => n + r.requests, 0),
  };
}

/** Median over rounds of the per-round ratio a/b (each pair measured back to back). */
export function pairedRatio(
  a: Measurement[] | undefined,
  b: Measurement[] | undefined,
): { median: number; pairs: number[] } | null {
  if (a === undefined || b === undefined) return null;
  const pairs: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i] as Measurement;
    const y = b[i] as Measurement;
    if (y.rps > 0) pairs.push(x.rps / y.rps);
  }
  return pairs.length === 0 ? null : { median: median(pairs), pairs };
}

export function table(headers: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        (align[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number),
      )
      .join('  ');
  return [line(cells[0] as string[]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const fmt = {
  rps: (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-'),
  ms: (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : Math.round(n).toString()) : '-'),
  ratio: (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '-' : `${n.toFixed(2)}x`),
  mb: (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`,
  us: (n: number | null) => (n === null || !Number.isFinite(n) ? '-' : Math.round(n).toString()),
};

/**
 * Memory growth over a steady run, from RSS samples (the first tenth dropped). RSS saws up and
 * down with V8's collections, so a mean or a regression mostly says when V8 last collected.
 * Growth is the highest RSS of the last third minus the highest of the first third: the peaks
 * sit at the heap limit V8 sets from what survived the previous collection, so they rise with
 * live memory and stay level otherwise. The troughs are reported too. 60 s is short for this;
 * treat a failure as "look closer", not as proof of a leak.
 */
export function memoryGrowth(samples: { t: number; rss: number }[], seconds: number) {
  const kept = samples.slice(Math.floor(samples.length / 10));
  const mb = (bytes: number) => bytes / 1024 / 1024;
  if (kept.length < 6) {
    return {
      conclusive: false,
      startMB: NaN,
      endMB: NaN,
      growthMB: NaN,
      troughGrowthMB: NaN,
      slopeMBPerMin: NaN,
      allowanceMB: NaN,
      met: null as boolean | null,
    };
  }
  const third = Math.floor(kept.length / 3);
  const first = kept.slice(0, third).map((s) => s.rss);
  const last = kept.slice(-third).map((s) => s.rss);
  const startMB = mb(Math.max(...first));
  const endMB = mb(Math.max(...last));
  const n = kept.length;
  const mt = kept.reduce((a, s) => a + s.t, 0) / n;
  const mr = kept.reduce((a, s) => a + s.rss, 0) / n;
  const slope = kept.reduce((a, s) => a + (s.t - mt) * (s.rss - mr), 0) / kept.reduce((a, s) => a + (s.t - mt) ** 2, 0);
  const growthMB = endMB - startMB;
  const conclusive = seconds >= 20;
  const allowanceMB = Math.max(16, startMB * 0.1);
  return {
    conclusive,
    startMB,
    endMB,
    growthMB,
    troughGrowthMB: mb(Math.min(...last)) - mb(Math.min(...first)),
    slopeMBPerMin: mb(slope * 60),
    allowanceMB,
    met: conclusive ? growthMB <= allowanceMB : null,
  };
}
