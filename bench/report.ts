import type { Machine } from './lib/machine.js';
import type { Options } from './lib/options.js';
import { fmt, table, VARIANT_TITLES, type Variant } from './lib/stats.js';
import { SCALE_QUERIES, SCALE_QUERY_TITLES } from './scenarios/scale.js';
import type { Measured, Target } from './targets.js';

/** The text report the bench prints: tables, ratios, notes and targets. */
export function render(
  report: Measured & {
    meta: {
      machine: Machine;
      startedAt: string;
      database: string;
      options: Pick<Options, 'connections' | 'rounds' | 'warmup' | 'duration'>;
    };
    versionRead: { method: string; microsecondsPerRead: number }[];
    queryCost: { query: string; prismaMicros: number; rawMicros: number }[];
    startup: { runs: { readyMs: number; rssMB: number }[]; medianMs: number };
    targets: Target[];
  },
): string {
  const opts = report.meta.options;
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
  out.push(
    'Ratios (median of per-round pairs, requests/s with the expected status only). "API" is the API as npm start runs it (rate limit on, raised so it never trips):',
  );
  const ratioRows = Object.entries(report.endpoints).map(([name, r]) => [
    name,
    fmt.ratio(r.ratios.apiVsCeiling?.median),
    fmt.ratio(r.ratios.unlimitedVsCeiling?.median),
    fmt.ratio(r.ratios.apiVsBareCeiling?.median),
    fmt.ratio(r.ratios.unlimitedVsBareCeiling?.median),
    fmt.ratio(r.ratios.apiVsJsonServer?.median),
    fmt.ratio(r.ratios.unlimitedVsJsonServer?.median),
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
        'RATE_LIMIT_MAX=0: /ceiling',
        'API/ceiling, body only',
        'RATE_LIMIT_MAX=0: /ceiling, body only',
        'API/json-server',
        'RATE_LIMIT_MAX=0: /json-server',
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
  if (report.peer !== null) {
    const peer = report.peer;
    out.push('');
    out.push(`A real peer on the same PostgreSQL database: ${peer.peer}; ${peer.query}.`);
    out.push(
      `API ${peer.apiPath} beside it; ${peer.equivalence}; cold pool ${peer.coldPool.size} queries (${peer.coldPool.used} sent to the API)`,
    );
    out.push(
      table(
        ['variant', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'unexpected', 'server CPU µs/req'],
        Object.entries(peer.summary).map(([variant, s]) => [
          variant,
          fmt.rps(s.rps),
          fmt.ms(s.p50),
          fmt.ms(s.p99),
          s.errors,
          s.unexpected,
          fmt.us(s.cpuMicrosPerRequest),
        ]),
        ['l'],
      ),
    );
    out.push(`API/PostGraphile: warm ${fmt.ratio(peer.ratios.warm?.median)}, cold ${fmt.ratio(peer.ratios.cold?.median)}`);
  }
  if (report.mixed !== null) {
    out.push('');
    out.push(
      `Mixed read/write (${report.mixed.database}; writers POST /v1/claims, readers GET lists, a claim, a country; one more connection, from a process of its own, polls /health):`,
    );
    out.push(
      table(
        [
          'writer',
          'writes/s',
          'write p99',
          'reads/s',
          'read p50',
          'read p99',
          '/health p99',
          'acknowledged',
          'rows added',
          'lost',
          '5xx',
          'CPU ms/write',
        ],
        report.mixed.runs.map((r) => [
          r.variant,
          fmt.rps(r.acknowledgedPerSecond),
          `${fmt.ms(r.writes.p99)} ms`,
          fmt.rps(r.reads.rps),
          `${fmt.ms(r.reads.p50)} ms`,
          `${fmt.ms(r.reads.p99)} ms`,
          `${fmt.ms(r.health.p99)} ms`,
          r.acknowledged,
          r.rowsAdded,
          r.lost,
          r.fiveHundreds,
          r.serverCpuMsPerWrite === null ? '-' : r.serverCpuMsPerWrite.toFixed(2),
        ]),
        ['l'],
      ),
    );
  }
  if (report.scale !== null) {
    out.push('');
    out.push(`Scale (${report.scale.note}):`);
    out.push(
      table(
        [
          'size',
          'claims',
          'ready (first, restart)',
          'peak RSS',
          ...SCALE_QUERIES.map((q) => `${SCALE_QUERY_TITLES[q]} p50`),
          ...SCALE_QUERIES.map((q) => `${SCALE_QUERY_TITLES[q]} p99`),
          ...SCALE_QUERIES.filter((q) => q !== 'edit').map((q) => `${SCALE_QUERY_TITLES[q]} p99 at ${opts.connections}`),
        ],
        report.scale.rows.map((r) => [
          r.label,
          r.claims,
          `${Math.round(r.firstReadyMs)}, ${Math.round(r.readyMs)} ms`,
          `${r.peakRssMB.toFixed(0)} MB`,
          ...SCALE_QUERIES.map((q) => `${fmt.ms(r.queries[q]?.p50 ?? NaN)} ms`),
          ...SCALE_QUERIES.map((q) => `${fmt.ms(r.queries[q]?.p99 ?? NaN)} ms`),
          ...SCALE_QUERIES.filter((q) => q !== 'edit').map((q) => {
            const loaded = r.queries[q]?.loaded;
            if (loaded === null || loaded === undefined) return '–';
            return `${fmt.ms(loaded.p99)} ms${loaded.unexpected > 0 ? ` (${loaded.unexpected} not 200)` : ''}`;
          }),
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
