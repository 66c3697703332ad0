import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../helpers/app.js';
import { seedClaims } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;

describe('claims as JSON-LD', () => {
  it('serves a list as schema.org ClaimReview nodes for Accept: application/ld+json', async () => {
    const res = await get('/v1/claims?country=BY&limit=100').set('accept', 'application/ld+json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.text) as { '@context': string; '@graph': Record<string, unknown>[]; meta: { total: number } };
    expect(doc['@context']).toBe('https://schema.org');
    const by = seedClaims.filter((c) => c.countryCode === 'BY');
    expect(doc['@graph']).toHaveLength(by.length);
    expect(doc.meta.total).toBe(by.length);
    for (const node of doc['@graph']) expect(node['@type']).toBe('ClaimReview');
  });

  it('maps claimant to author, verification to reviewRating.alternateName and source to appearance', async () => {
    const seed = seedClaims.find((c) => c.claimant.leaderId !== null);
    if (seed === undefined) throw new Error('no claim by a person');
    const res = await get(`/v1/claims/${seed.id}`).set('accept', 'application/ld+json');
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.text);
    expect(doc).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: seed.statement,
      author: { '@type': 'Organization', name: 'allies-api maintainers' },
      reviewRating: { '@type': 'Rating', alternateName: expect.stringMatching(new RegExp(`^${seed.verification}: `, 'i')) },
      itemReviewed: {
        '@type': 'Claim',
        text: seed.quote,
        author: { '@type': 'Person', name: seed.claimant.name, '@id': `/v1/leaders/${seed.claimant.leaderId}` },
        appearance: { '@id': `/v1/sources/${seed.sourceId}` },
      },
    });
  });
});

describe('claims as JSON-LD with PUBLIC_BASE_URL', () => {
  it('gives every @id and url as an absolute address under PUBLIC_BASE_URL, and relative ones without it', async () => {
    const base = 'https://allies.example.org';
    const absolute = await createTestApp({ PUBLIC_BASE_URL: `${base}/` });
    try {
      const addresses = (node: unknown): string[] =>
        node === null || typeof node !== 'object'
          ? []
          : Object.entries(node).flatMap(([key, value]) =>
              (key === '@id' || key === 'url') && typeof value === 'string' ? [value] : addresses(value),
            );
      const one = await absolute.app.inject({
        url: '/v1/claims/kp-offered-100000-soldiers',
        headers: { accept: 'application/ld+json' },
      });
      const list = await absolute.app.inject({ url: '/v1/claims?limit=100', headers: { accept: 'application/ld+json' } });
      const doc = JSON.parse(one.body) as Record<string, unknown>;
      expect(doc['@id']).toBe(`${base}/v1/claims/kp-offered-100000-soldiers`);
      expect(doc.url).toBe(`${base}/claims/kp-offered-100000-soldiers`);
      const all = [...addresses(doc), ...addresses((JSON.parse(list.body) as { '@graph': unknown[] })['@graph'])];
      expect(all.length).toBeGreaterThan(10);
      for (const address of all) expect(address.startsWith(`${base}/`), address).toBe(true);
      const relative = JSON.parse((await get('/v1/claims/kp-offered-100000-soldiers').set('accept', 'application/ld+json')).text);
      expect(relative['@id']).toBe('/v1/claims/kp-offered-100000-soldiers');
    } finally {
      await absolute.close();
    }
  });
});
