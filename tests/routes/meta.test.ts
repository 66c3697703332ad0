import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schemas/meta.js';
import { useTestApp } from '../helpers/app.js';
import { source } from '../helpers/read-routes.js';
import { articleDataset, seedClaims, seedCountries, seedFigures, seedLeaders } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;

describe('GET /v1 dataset metadata', () => {
  it('describes the dataset with counts per resource that match the seed', async () => {
    const res = await get('/v1');
    expect(res.status).toBe(200);
    const body = datasetSchema.parse(res.body);
    expect(body.counts).toEqual({
      countries: seedCountries.length,
      leaders: seedLeaders.length,
      claims: seedClaims.length,
      tradeFigures: seedFigures.length,
      sources: articleDataset.sources.length,
    });
    expect(body.sources.map((s) => s.id)).toEqual(articleDataset.sources.map((s) => s.id));
    expect(body.sources[0]?.url).toBe(`/v1/sources/${source}`);
    expect(body.version).toBeGreaterThanOrEqual(1);
    expect(new Date(body.lastUpdated).toISOString()).toBe(body.lastUpdated);
    expect(body.license.code.length).toBeGreaterThan(0);
    expect(body.links).toMatchObject({ claims: '/v1/claims', tradeFigures: '/v1/trade-figures', sources: '/v1/sources' });
    for (const link of Object.values(body.links)) {
      expect((await get(link)).status, link).toBeLessThan(400);
    }
  });
});

describe('GET /v1 as JSON-LD', () => {
  it('describes the dataset as a schema.org Dataset with a DataDownload per file of /v1/downloads, hashes included', async () => {
    const res = await t.get('/v1').set('accept', 'application/ld+json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.text) as {
      '@type': string;
      license: string;
      version: string;
      spatialCoverage: { identifier: string }[];
      distribution: { contentUrl: string; sha256: string }[];
    };
    expect(doc['@type']).toBe('Dataset');
    expect(doc.license).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(doc.spatialCoverage.map((c) => c.identifier)).toEqual(expect.arrayContaining(['BY', 'CN', 'IR', 'KP']));
    const files = (await t.get('/v1/downloads').expect(200)).body as {
      version: number;
      files: { url: string; sha256: string }[];
    };
    expect(doc.version).toBe(String(files.version));
    expect(doc.distribution.map((d) => [d.contentUrl, d.sha256])).toEqual(files.files.map((f) => [f.url, f.sha256]));
  });
});
