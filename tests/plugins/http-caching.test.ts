import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { changeData } from '../helpers/database.js';
import { claim, READ_ROUTES } from '../helpers/read-routes.js';
import { seedClaims } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;

describe('ETag and caching', () => {
  it('sends a strong ETag and Cache-Control on every GET route', async () => {
    for (const url of READ_ROUTES) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.etag, url).toMatch(/^"[^"]+"$/);
      expect(res.headers['cache-control'], url).toBeDefined();
    }
  });

  it('answers 304 with no body when If-None-Match matches the ETag, on every GET route', async () => {
    for (const url of READ_ROUTES) {
      const first = await get(url);
      const again = await get(url).set('if-none-match', String(first.headers.etag));
      expect(again.status, url).toBe(304);
      expect(again.text ?? '', url).toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
    }
  });

  it('answers 200 when If-None-Match does not match', async () => {
    const res = await get('/v1/claims').set('if-none-match', '"something-else"');
    expect(res.status).toBe(200);
  });

  it('changes the ETag when the data changes', async () => {
    const url = `/v1/claims/${claim}`;
    const before = await get(url);
    const original = seedClaims[0]?.verificationNote ?? '';
    await changeData(t.prisma, () =>
      t.prisma.claim.update({ where: { id: claim }, data: { verificationNote: `${original} (edited)` } }),
    );
    try {
      const after = await get(url).set('if-none-match', String(before.headers.etag));
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
    } finally {
      await changeData(t.prisma, () => t.prisma.claim.update({ where: { id: claim }, data: { verificationNote: original } }));
    }
  });

  it('gives different representations of one URL different ETags and says it varies on Accept', async () => {
    const json = await get('/v1/claims?limit=2');
    const ld = await get('/v1/claims?limit=2').set('accept', 'application/ld+json');
    expect(json.headers.etag).not.toBe(ld.headers.etag);
    for (const res of [json, ld, await get(`/v1/claims/${claim}`)]) {
      expect(res.headers.vary?.split(',').map((v: string) => v.trim().toLowerCase())).toContain('accept');
    }
  });

  it('never lets errors be cached', async () => {
    const res = await get('/v1/claims/no-such-claim');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('validators on streamed exports', () => {
  it('gives CSV and NDJSON exports an ETag per representation that revalidates to 304 and moves with the data', async () => {
    const csv = await get('/v1/claims?format=csv&q=drones');
    const ndjson = await get('/v1/claims?format=ndjson&q=drones');
    const csvTag = csv.headers.etag as string;
    expect(csvTag).toMatch(/^"x\d+-[\w-]+(\.gzip)?"$/);
    expect(ndjson.headers.etag).not.toBe(csvTag);
    const again = await get('/v1/claims?format=csv&q=drones').set('If-None-Match', csvTag);
    expect(again.status).toBe(304);
    await changeData(t.prisma, async () => undefined);
    const after = await get('/v1/claims?format=csv&q=drones').set('If-None-Match', csvTag);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(csvTag);
    expect(after.text).toBe(csv.text);
  });
});
