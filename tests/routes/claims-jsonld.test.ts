import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
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
      reviewRating: { '@type': 'Rating', alternateName: seed.verification },
      itemReviewed: {
        '@type': 'Claim',
        text: seed.quote,
        author: { '@type': 'Person', name: seed.claimant.name, '@id': `/v1/leaders/${seed.claimant.leaderId}` },
        appearance: { '@id': `/v1/sources/${seed.sourceId}` },
      },
    });
  });
});
