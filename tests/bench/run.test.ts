import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process.js';

/**
 * Smoke run of the benchmark harness (bench/run.ts) with the shortest settings: it proves the
 * harness starts every server, measures, and writes its table and JSON. No timing is asserted;
 * the figures of a one-second run on a shared machine mean nothing.
 */
describe('benchmark harness', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'allies-bench-test-'));
  const out = path.join(dir, 'latest.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs end to end and writes the table and the JSON results', { timeout: 300_000 }, async () => {
    const args = [
      '--import',
      'tsx',
      'bench/run.ts',
      '--quick',
      '--endpoints',
      'filter,revalidate',
      '--no-before',
      '--memory-duration',
      '1',
      '--scale',
      '--sizes',
      '300',
      '--out',
      out,
    ];
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.once('exit', (code) => resolve({ code, stdout, stderr }));
    });
    expect(code, stderr.slice(-4000)).toBe(0);

    for (const heading of [
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'non-2xx',
      'API/ceiling',
      'API/json-server',
      'Start to ready',
      'Peak RSS',
      'Scale',
      'Mixed read/write',
      'Targets:',
    ]) {
      expect(stdout, heading).toContain(heading);
    }
    expect(stdout).toMatch(/filter\s+ceiling/);
    expect(stdout).toMatch(/revalidate\s+API warm/);

    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['meta', 'versionRead', 'queryCost', 'startup', 'endpoints', 'mixed', 'memory', 'scale', 'targets']),
    );
    expect(report.meta.machine.cores).toBeGreaterThan(0);
    expect(Object.keys(report.endpoints).sort()).toEqual(['filter', 'revalidate']);

    const filter = report.endpoints.filter;
    expect(Object.keys(filter.summary).sort()).toEqual([
      'api',
      'api-cold',
      'api-unlimited',
      'ceiling',
      'ceiling-bare',
      'json-server',
      'json-server-cold',
    ]);
    for (const summary of Object.values(filter.summary) as Record<string, unknown>[]) {
      expect(Object.keys(summary)).toEqual(expect.arrayContaining(['rps', 'p50', 'p99', 'errors', 'non2xx', 'unexpected']));
    }
    expect(Object.keys(filter.ratios)).toEqual(
      expect.arrayContaining([
        'apiVsCeiling',
        'unlimitedVsCeiling',
        'apiVsBareCeiling',
        'unlimitedVsBareCeiling',
        'apiVsJsonServer',
        'unlimitedVsJsonServer',
        'coldVsJsonServerCold',
      ]),
    );
    expect(filter.ratios.apiVsCeiling.pairs).toHaveLength(1);
    expect(filter.ratios.apiVsBareCeiling.pairs).toHaveLength(1);
    expect(Object.keys(report.endpoints.revalidate.summary).sort()).toEqual([
      'api',
      'api-unlimited',
      'ceiling',
      'ceiling-bare',
      'json-server',
    ]);
    // The API as npm start runs it: the limiter on, its limit out of reach.
    expect(Number(report.meta.api.env.RATE_LIMIT_MAX)).toBeGreaterThan(1_000_000);

    expect(report.startup.runs).toHaveLength(1);
    expect(report.startup.medianMs).toBeGreaterThan(0);
    expect(report.memory.peakRssUnderLoadMB).toBeGreaterThan(0);
    expect(report.scale.rows.map((r: { label: string }) => r.label)).toEqual(['seed', '300']);
    expect(report.scale.rows[1].claims).toBe(300);
    expect(Object.keys(report.scale.rows[1].queries).sort()).toEqual([
      'countryWords',
      'deepCursor',
      'edit',
      'facets',
      'filter',
      'list',
      'noMatch',
      'search',
      'searchCommon',
      'searchSorted',
      'searchWords',
      'sorted',
      'unverified',
    ]);
    // Every timed request, the edits included, got the status it expected (an edit refused for
    // want of a key or a precondition would show here).
    for (const row of report.scale.rows) {
      for (const [name, query] of Object.entries(
        row.queries as Record<string, { unexpected: number; requests: number; loaded: { requests: number } | null }>,
      )) {
        expect(query.requests, `${row.label} ${name}`).toBeGreaterThan(0);
        expect(query.unexpected, `${row.label} ${name}`).toBe(0);
        // Reads are also loaded at --connections; the edit only one at a time.
        if (name === 'edit') expect(query.loaded, name).toBeNull();
        else expect(query.loaded?.requests, `${row.label} ${name} loaded`).toBeGreaterThan(0);
      }
    }

    // The mixed read/write run (--quick: the configured writer only): writes acknowledged, every
    // one of them in the database afterwards, reads and /health answered.
    expect(report.mixed.runs).toHaveLength(1);
    const mixed = report.mixed.runs[0];
    expect(mixed.acknowledged).toBeGreaterThan(0);
    expect(mixed.rowsAdded).toBeGreaterThanOrEqual(mixed.acknowledged);
    expect(mixed.lost).toBe(0);
    expect(mixed.fiveHundreds).toBe(0);
    expect(mixed.reads.statusCodes['200']).toBeGreaterThan(0);
    // The probe is one connection: on a loaded host its first answer can come after this 2 s run,
    // so the smoke test asks only that whatever it got was a 200 (the bench's target judges its p99).
    expect(Object.keys(mixed.health.statusCodes).filter((code) => code !== '200')).toEqual([]);

    const ids = report.targets.map((t: { id: string }) => t.id);
    expect(ids).toEqual([
      'warm-vs-ceiling',
      'warm-lists-vs-json-server',
      'cold-vs-json-server',
      'peer-postgraphile',
      'scale-100k',
      'scale-vs-json-server',
      'start-to-ready-at-scale',
      'start-to-ready',
      'peak-rss',
      'memory-flat',
      'mixed-reads',
      'mixed-writes',
      'mixed-durable',
      'no-errors',
    ]);
    for (const t of report.targets) expect([true, false, null]).toContain(t.met);
  });
});
