import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../helpers/app.js';
import { ids, seedClaims, seedFigures } from '../helpers/seed-data.js';

const t = useTestApp();
const get = t.get;

describe('claims as JSON-LD', () => {
  it('serves a list as schema.org ClaimReview nodes for Accept: application/ld+json', async () => {
    const res = await get('/v1/claims?country=BY&limit=100').set('accept', 'application/ld+json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.text) as Record<string, unknown> & { '@context': string; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toBe('https://schema.org');
    const by = seedClaims.filter((c) => c.countryCode === 'BY');
    expect(doc['@graph']).toHaveLength(by.length);
    // The page is in the headers: schema.org has no terms for it (json-ld-expansion.test.ts).
    expect(Object.keys(doc).sort()).toEqual(['@context', '@graph']);
    expect(res.headers['x-total-count']).toBe(String(by.length));
    expect(res.headers.link).toContain('rel="first"');
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

describe('evidence as a W3C Web Annotation', () => {
  const ANNO = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
  type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
  type Annotation = { '@context': string; type: string; id: string; target: { source: string; selector: Selector[] } };

  type Body = { type: string; value?: string; id?: string };
  type Anchored = Annotation & { body: Body[] };

  /** Each record's annotation, re-anchored in its source text by both selectors. */
  async function reanchor(collection: string, ids: readonly string[]): Promise<Map<string, Anchored>> {
    const texts = new Map<string, string[]>();
    const annotations = new Map<string, Anchored>();
    for (const id of ids) {
      const res = await t.app.inject({ url: `/v1/${collection}/${id}/evidence`, headers: { accept: ANNO } });
      expect(res.statusCode, id).toBe(200);
      expect(res.headers['content-type']).toBe(`${ANNO}; charset=utf-8`);
      const annotation = JSON.parse(res.body) as Anchored;
      expect(annotation).toMatchObject({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        id: `/v1/${collection}/${id}/evidence`,
      });
      const url = annotation.target.source;
      if (!texts.has(url)) {
        const text = await t.app.inject({ url });
        expect(text.statusCode, url).toBe(200);
        texts.set(url, [...text.body]);
      }
      const points = texts.get(url) ?? [];
      const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector');
      if (quote?.exact === undefined || position?.start === undefined || position.end === undefined) {
        throw new Error(`${id}: both selectors are required`);
      }
      // Position: code points, as the Web Annotation model counts them.
      expect(points.slice(position.start, position.end).join(''), id).toBe(quote.exact);
      // Quote: prefix + exact + suffix found in the text, once, at the same place.
      const whole = [...`${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`];
      const prefixLength = [...(quote.prefix ?? '')].length;
      const hits: number[] = [];
      for (let i = 0; i + whole.length <= points.length; i += 1) {
        if (whole.every((c, j) => points[i + j] === c)) hits.push(i + prefixLength);
      }
      expect(hits, id).toEqual([position.start]);
      annotations.set(id, annotation);
    }
    return annotations;
  }

  it('re-anchors every claim’s annotation in the source text by its quote selector and by its position selector', async () => {
    expect(seedClaims.length).toBeGreaterThan(10);
    const annotations = await reanchor('claims', ids(seedClaims));
    for (const seed of seedClaims) {
      const quote = annotations.get(seed.id)?.target.selector.find((s) => s.type === 'TextQuoteSelector');
      expect(quote?.exact, seed.id).toBe(seed.quote);
      expect(annotations.get(seed.id)?.body[0]?.value, seed.id).toBe(seed.statement);
    }
  });

  it('re-anchors every trade figure’s annotation the same way, its body the figure in words and the record', async () => {
    expect(seedFigures.length).toBeGreaterThan(3);
    const annotations = await reanchor('trade-figures', ids(seedFigures));
    for (const seed of seedFigures) {
      const annotation = annotations.get(seed.id);
      const quote = annotation?.target.selector.find((s) => s.type === 'TextQuoteSelector');
      expect(quote?.exact, seed.id).toBe(seed.quote);
      expect(annotation?.body[1]).toEqual({ id: `/v1/trade-figures/${seed.id}`, type: 'Dataset', format: 'application/json' });
      expect(annotation?.body[0]?.value, seed.id).toContain(seed.periodLabel);
      expect(annotation?.body[0]?.value, seed.id).toContain(seed.statedBy.name);
    }
    expect(annotations.get('ir-ru-bilateral-trade-18-months')?.body[0]?.value).toBe(
      'Bilateral trade, Iran – Russia, “au cours des 18 derniers mois (the 18 months before a statement made in June; year not stated)”: 40 billion US dollars; stated by Javad Owji.',
    );
  });

  it('answers an annotation from one version of the claim when a write lands after the request’s first read', async () => {
    const [first, other] = seedClaims.filter(
      (c) => c.sourceId === seedClaims[0]?.sourceId && c.id !== 'kp-offered-100000-soldiers',
    );
    if (first === undefined || other === undefined) throw new Error('two claims of one source are needed');
    const claims = t.app.repositories.claims as unknown as Record<string, unknown>;
    const originals = new Map<string, unknown>();
    let written = false;
    // Every read method of the repository: whichever the route calls first, the claim changes
    // (statement and quote together, as one write) as soon as that read has returned.
    for (const [name, method] of Object.entries(claims)) {
      if (typeof method !== 'function') continue;
      originals.set(name, method);
      claims[name] = async (...args: unknown[]) => {
        const result: unknown = await (method as (...a: unknown[]) => Promise<unknown>)(...args);
        if (!written) {
          written = true;
          const row = await t.prisma.claim.findUniqueOrThrow({ where: { id: other.id } });
          await t.prisma.claim.update({
            where: { id: first.id },
            data: {
              statement: 'A statement written meanwhile.',
              quote: row.quote,
              quoteStart: row.quoteStart,
              quoteEnd: row.quoteEnd,
            },
          });
        }
        return result;
      };
    }
    try {
      const res = await t.app.inject({ url: `/v1/claims/${first.id}/evidence`, headers: { accept: ANNO } });
      expect(res.statusCode).toBe(200);
      const annotation = JSON.parse(res.body) as Anchored;
      expect(written).toBe(true);
      const exact = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact;
      const pair = [annotation.body[0]?.value, exact];
      expect([
        [first.statement, first.quote],
        ['A statement written meanwhile.', other.quote],
      ]).toContainEqual(pair);
    } finally {
      for (const [name, method] of originals) claims[name] = method;
      await t.prisma.claim.update({
        where: { id: first.id },
        data: { statement: first.statement, quote: first.quote, quoteStart: first.quoteStart, quoteEnd: first.quoteEnd },
      });
    }
  });

  it('keeps the plain JSON evidence for other Accept headers', async () => {
    const res = await get('/v1/claims/kp-offered-100000-soldiers/evidence');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.data.claimId).toBe('kp-offered-100000-soldiers');
  });
});
