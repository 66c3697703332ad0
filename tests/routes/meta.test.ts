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
