/**
 * What a downloads build costs the server: the API as `npm start` runs it, on a synthetic
 * database of `--claims` claims (default 100,000), its RSS sampled every 100 ms while the first
 * `GET /v1/downloads` of the version builds every file, then while every listed file is fetched
 * once, then at rest. Prints one JSON object.
 *
 *   node --import tsx bench/downloads-memory.ts [--claims 100000] [--keep-dir DIR]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSyntheticDatabase, createSeededDatabase } from './lib/data.js';
import { ROOT } from './lib/options.js';
import { fetchRaw, memoryOf, RssSampler, startApi } from './lib/processes.js';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const claims = Number(arg('claims') ?? 100_000);
const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Fetches a URL and hashes its body as it arrives, so the harness holds none of it. */
function drain(url: string): Promise<{ status: number; bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const hash = createHash('sha256');
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          hash.update(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, sha256: hash.digest('hex') }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const work = mkdtempSync(path.join(os.tmpdir(), 'allies-bench-downloads-'));
try {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--if-stale'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const seeded = await createSeededDatabase(work);
  const data = buildSyntheticDatabase(seeded, path.join(work, 'synthetic.db'), claims, ROOT);
  const downloadsDir = arg('keep-dir') ?? path.join(work, 'downloads');
  const api = await startApi('api', data.url, { RESPONSE_CACHE_MB: '0', DOWNLOADS_DIR: downloadsDir });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = memoryOf(api.pid);
    const sampler = new RssSampler(api.pid, 100).start();
    const started = performance.now();
    // A build at 100k claims takes longer than fetchRaw's default 30 s.
    const listed = await fetchRaw(`${api.url}/v1/downloads`, {}, 600_000);
    if (listed.status !== 200) throw new Error(`/v1/downloads: ${listed.status} ${listed.body.toString('utf8')}`);
    const listing = JSON.parse(listed.body.toString('utf8')) as { files: { url: string; bytes: number; sha256: string }[] };
    const buildMs = performance.now() - started;
    const duringBuild = sampler.peak;
    sampler.peak = 0;
    let served = 0;
    for (const file of listing.files) {
      const got = await drain(`${api.url}${file.url}`);
      if (got.status !== 200 || got.sha256 !== file.sha256) throw new Error(`${file.url}: ${got.status}, not the listed bytes`);
      served += got.bytes;
    }
    const duringServe = sampler.peak;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = memoryOf(api.pid);
    sampler.stop();
    process.stdout.write(
      `${JSON.stringify(
        {
          claims: data.inserted,
          syntheticSeconds: data.seconds,
          files: listing.files.length,
          servedMB: MB(served),
          buildMs: Math.round(buildMs),
          idleRssMB: MB(idle?.rss ?? NaN),
          peakRssDuringBuildMB: MB(duringBuild),
          peakRssServingEveryFileMB: MB(duringServe),
          rssAfterMB: MB(after?.rss ?? NaN),
          highWaterMarkMB: MB(after?.hwm ?? NaN),
          loadAverage: os.loadavg().map((l) => l.toFixed(1)),
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await api.stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
