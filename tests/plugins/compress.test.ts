import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { seedClaims } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;

describe('compression', () => {
  it('gzips a large body when the client asks, to the same JSON', async () => {
    const plain = await get('/v1/claims?limit=100').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // supertest decodes gzip itself, so the parsed body must equal the identity one.
    const res = await get('/v1/claims?limit=100').set('accept-encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toEqual(plain.body);
  });

  it('leaves small bodies uncompressed', async () => {
    // An empty list: a country record, with the basis of each field, is over the 1 KB threshold.
    const res = await get('/v1/claims?country=ZZ').set('accept-encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('compresses large CSV exports too', async () => {
    const res = await get('/v1/claims?format=csv').set('accept-encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.text.split('\r\n').filter((l) => l.length > 0).length).toBeGreaterThan(seedClaims.length);
  });
});
