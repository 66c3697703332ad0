/**
 * The explorer's pages at seed size: cold render time (the response cache off, so every request
 * renders; no If-None-Match, so never a 304) and page sizes, as sent and gzipped.
 *
 *   node --import tsx bench/page-render.ts [--requests 300]
 *
 * Runs `npm start`'s bundle (built if stale) on a private copy of a freshly seeded database,
 * RESPONSE_CACHE_MB=0. Each page is asked for once first (its first render since the start, JIT
 * cold), then `--requests` times one after the other on a kept-alive connection; the time is from
 * sending the request to the last byte of the body, as a client on the same machine sees it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { copyDatabase, createSeededDatabase } from './lib/data.js';
import { machine } from './lib/machine.js';
import { ROOT } from './lib/options.js';
import { fetchJson, startApi } from './lib/processes.js';
import { median, table } from './lib/stats.js';

const at = process.argv.indexOf('--requests');
const REQUESTS = at === -1 ? 300 : Number(process.argv[at + 1]);
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-language': 'en' };
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ ms: number; status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get(url, { headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'allies-pages-'));
  try {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--if-stale'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    const seeded = await createSeededDatabase(work);
    const api = await startApi('api', copyDatabase(seeded, path.join(work, 'api.db')), { RESPONSE_CACHE_MB: '0' });
    try {
      const claims = await fetchJson<{ data: { id: string }[] }>(`${api.url}/v1/claims?limit=1`);
      const sources = await fetchJson<{ data: { id: string }[] }>(`${api.url}/v1/sources?limit=1`);
      const paths = [
        '/',
        '/countries/KP',
        '/claims',
        `/claims/${claims.data[0]!.id}`,
        `/sources/${sources.data[0]!.id}`,
        '/trade-figures',
      ];
      // The downloads built first: until then the home page embeds the Dataset without them.
      await fetchJson(`${api.url}/v1/downloads`);
      const css = await get(`${api.url}/assets/explorer.css`, {});
      const rows: (string | number)[][] = [];
      for (const p of paths) {
        const url = `${api.url}${p}`;
        const first = await get(url, BROWSER);
        if (first.status !== 200) throw new Error(`${p}: ${first.status}`);
        const times: number[] = [];
        let body = first.body;
        for (let i = 0; i < REQUESTS; i += 1) {
          const res = await get(url, BROWSER);
          if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
          times.push(res.ms);
          body = res.body;
        }
        const wire = await get(url, { ...BROWSER, 'accept-encoding': 'gzip' });
        rows.push([
          p,
          first.ms.toFixed(1),
          median(times).toFixed(2),
          quantile(times, 0.9).toFixed(2),
          body.length,
          gzipSync(body).length,
          wire.headers['content-encoding'] === 'gzip' ? wire.body.length : '-',
          body.length + css.body.length,
        ]);
      }
      const info = machine();
      process.stdout.write(
        `${info.cores} cores, load ${info.loadAverageAtStart.join(' ')}; ${REQUESTS} requests a page; CSS ${css.body.length} B (${gzipSync(css.body).length} B gzip)\n\n`,
      );
      process.stdout.write(
        table(['page', 'first ms', 'p50 ms', 'p90 ms', 'HTML B', 'gzip B (zlib -6)', 'gzip B (as sent)', 'HTML + CSS B'], rows, [
          'l',
          'r',
          'r',
          'r',
          'r',
          'r',
          'r',
          'r',
        ]) + '\n',
      );
    } finally {
      await api.stop();
    }
  } finally {
    agent.destroy();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
