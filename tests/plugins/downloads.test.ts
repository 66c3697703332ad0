import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { API_KEYS, claimBody, write } from '../helpers/writes.js';

const t = useTestApp({ API_KEYS });

/** The home page's schema.org Dataset, as a crawler reads it from the HTML. */
async function homeDataset() {
  const res = await t.app.inject({ url: '/', headers: { accept: 'text/html' } });
  expect(res.statusCode).toBe(200);
  const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.body)?.[1];
  if (block === undefined) throw new Error('the home page has no JSON-LD data block');
  return { res, dataset: JSON.parse(block) as { '@type': string; distribution?: { contentUrl: string; sha256: string }[] } };
}

describe('downloads plugin', () => {
  it('builds the files on a thread of its own: the app’s connections read no row for a build', async () => {
    const repositories = t.app.repositories;
    const reads: string[] = [];
    const spied = [
      [repositories.claims, 'exportAll'],
      [repositories.sources, 'exportAll'],
      [repositories.countries, 'exportAll'],
      [repositories.leaders, 'exportAll'],
      [repositories.tradeFigures, 'exportAll'],
    ] as const;
    const originals = spied.map(([repository]) => repository.exportAll);
    for (const [repository, name] of spied) {
      const original = repository[name] as (...args: unknown[]) => unknown;
      (repository as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        reads.push(name);
        return original.apply(repository, args);
      };
    }
    try {
      const [listing, snapshot] = await Promise.all([t.app.downloads.package(), t.app.downloads.snapshot()]);
      expect(readFileSync(path.join(listing.directory, 'data/claims.csv')).length).toBeGreaterThan(1000);
      expect(readFileSync(snapshot.file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
      expect(reads).toEqual([]);
    } finally {
      spied.forEach(([repository], i) => {
        (repository as unknown as Record<string, unknown>).exportAll = originals[i];
      });
    }
  });

  it('serves the home page without waiting for a build, uncached and without distribution, then with every download once built', async () => {
    // A write: this version's files are not built yet.
    await write(t.server, 'post', '/v1/claims', claimBody()).expect(201);
    const before = await homeDataset();
    expect(before.dataset['@type']).toBe('Dataset');
    expect(before.dataset.distribution).toBeUndefined();
    expect(before.res.headers['cache-control']).toBe('no-store');

    const files = (await t.app.inject({ url: '/v1/downloads' })).json() as { files: { url: string; sha256: string }[] };
    const after = await homeDataset();
    expect(after.dataset.distribution?.map((d) => [d.contentUrl, d.sha256])).toEqual(files.files.map((f) => [f.url, f.sha256]));
    expect(after.res.headers['cache-control']).not.toBe('no-store');
  });

  it('holds the listing only: no file’s bytes in memory, every file on disk under its version at its listed size and SHA-256', async () => {
    const [listing, snapshot] = await Promise.all([t.app.downloads.package(), t.app.downloads.snapshot()]);
    const binary: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) binary.push(at);
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, `${at}.${key}`);
      }
    };
    walk({ listing, snapshot }, 'downloads');
    expect(binary).toEqual([]);
    expect(listing.directory).toContain(`${path.sep}v${listing.version}${path.sep}`);
    const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(listing.files.length).toBe(12);
    for (const file of listing.files) {
      const onDisk = path.join(listing.directory, file.path);
      expect(readFileSync(onDisk).length, file.path).toBe(file.size);
      expect(sha256(onDisk), file.path).toBe(file.sha256);
    }
    expect(readFileSync(snapshot.file).length).toBe(snapshot.size);
    expect(sha256(snapshot.file)).toBe(snapshot.sha256);
  });

  it('builds a file deleted from disk under the server again, and serves the listed bytes', async () => {
    const listing = await t.app.downloads.package();
    const claims = listing.files.find((f) => f.path === 'data/claims.csv');
    const onDisk = path.join(listing.directory, 'data/claims.csv');
    rmSync(onDisk);
    const res = await t.app.inject({ url: '/v1/downloads/data/claims.csv' });
    expect(res.statusCode).toBe(200);
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(claims?.sha256);
    expect(existsSync(onDisk)).toBe(true);

    const snapshot = await t.app.downloads.snapshot();
    rmSync(snapshot.file);
    const db = await t.app.inject({ url: `/v1/downloads/sqlite/${snapshot.version}` });
    expect(db.statusCode).toBe(200);
    expect(createHash('sha256').update(db.rawPayload).digest('hex')).toBe(snapshot.sha256);
  });

  it('keeps the version before the current one on disk, for responses still reading it, and removes older ones', async () => {
    const versions: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await write(t.server, 'post', '/v1/claims', claimBody()).expect(201);
      versions.push((await t.app.downloads.package()).version);
    }
    const root = path.dirname(path.dirname((await t.app.downloads.package()).directory));
    const folders = readdirSync(root).filter((name) => /^v\d+$/.test(name));
    expect(folders).toContain(`v${versions[2]}`);
    expect(folders).toContain(`v${versions[1]}`);
    expect(folders).not.toContain(`v${versions[0]}`);
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
