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
      expect(listing.files.find((f) => f.path === 'data/claims.csv')?.bytes.length).toBeGreaterThan(1000);
      expect(snapshot.bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
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
});
