import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { expectProblem, parseProblem } from '../helpers/http.js';
import {
  API_KEYS,
  bearer,
  claimBody,
  figureBody,
  occurrences,
  SOURCE_ID,
  SOURCE_TEXT,
  UNIQUE_QUOTE,
  write,
} from '../helpers/writes.js';

const t = useTestApp({ API_KEYS });

const post = (url: string, body: unknown) => write(t.server, 'post', url, body);
const pointers = (body: { errors?: { pointer?: string }[] }) => (body.errors ?? []).map((e) => e.pointer);

/** Nothing was written: the counts and the dataset version are what they were. */
async function snapshot() {
  const [claims, figures, sources, leaders, countries, revisions, state] = await Promise.all([
    t.prisma.claim.count(),
    t.prisma.tradeFigure.count(),
    t.prisma.source.count(),
    t.prisma.leader.count(),
    t.prisma.country.count(),
    t.prisma.revision.count(),
    t.prisma.datasetState.findUnique({ where: { id: 1 } }),
  ]);
  return { claims, figures, sources, leaders, countries, revisions, version: state?.version };
}

describe('strict bodies', () => {
  it('rejects an unknown field with 400 naming it, on create and on patch, and writes nothing', async () => {
    const before = await snapshot();
    const created = await post('/v1/claims', claimBody({ confidence: 0.9 }));
    expect(pointers(expectProblem(created, 400))).toContain('/confidence');

    const nested = await post('/v1/claims', claimBody({ claimant: { name: 'X', type: 'expert', twitter: '@x' } }));
    expect(pointers(expectProblem(nested, 400))).toContain('/claimant/twitter');

    const figure = await post('/v1/trade-figures', figureBody({ currency: 'USD' }));
    expect(pointers(expectProblem(figure, 400))).toContain('/currency');

    const patched = await write(
      t.server,
      'patch',
      '/v1/claims/by-troops-in-action-opposition-media',
      { statement: 'x', reason: 'r', extra: 1 },
      {
        authorization: bearer(),
        'if-match': '"v1"',
      },
    );
    expect(pointers(expectProblem(patched, 400))).toContain('/extra');
    expect(await snapshot()).toEqual(before);
  });

  for (const field of ['id', 'createdAt', 'updatedAt', 'quoteStart', 'quoteEnd', 'version', 'status', 'retractionReason']) {
    it(`never takes the server-owned field "${field}" from a client: 400 naming it`, async () => {
      const value =
        field === 'quoteStart' || field === 'quoteEnd' || field === 'version'
          ? 7
          : field === 'id'
            ? 'chosen-id'
            : '2020-01-01T00:00:00.000Z';
      const res = await post('/v1/claims', claimBody({ [field]: value }));
      expect(pointers(expectProblem(res, 400))).toContain(`/${field}`);
      const figure = await post('/v1/trade-figures', figureBody({ [field]: value }));
      expect(pointers(expectProblem(figure, 400))).toContain(`/${field}`);
    });
  }

  it('refuses server-owned fields in a source, a leader and a country too', async () => {
    const source = await post('/v1/sources', { id: 'mine', textSha256: 'abc' });
    expect(pointers(expectProblem(source, 400))).toEqual(expect.arrayContaining(['/id', '/textSha256']));
    const leader = await post('/v1/leaders', { id: 'mine', createdAt: '2020-01-01T00:00:00Z' });
    expect(pointers(expectProblem(leader, 400))).toEqual(expect.arrayContaining(['/id', '/createdAt']));
    const country = await write(
      t.server,
      'patch',
      '/v1/countries/BY',
      { code: 'XX', reason: 'r' },
      { authorization: bearer(), 'if-match': '*' },
    );
    expect(pointers(expectProblem(country, 400))).toContain('/code');
  });

  it('rejects over-long text fields with 400 naming each', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ statement: 'x'.repeat(2001) }, '/statement'],
      [{ quote: 'x'.repeat(5001) }, '/quote'],
      [{ verificationNote: 'x'.repeat(2001) }, '/verificationNote'],
      [{ dateNote: 'x'.repeat(1001) }, '/dateNote'],
      [{ claimant: { name: 'x'.repeat(201), type: 'expert' } }, '/claimant/name'],
    ];
    for (const [override, pointer] of cases) {
      const res = await post('/v1/claims', claimBody(override));
      expect(pointers(expectProblem(res, 400)), pointer).toContain(pointer);
    }
    const text = await post('/v1/sources', sourceBody({ text: 'a'.repeat(500_001) }));
    expect(pointers(expectProblem(text, 400))).toContain('/text');
    const title = await post('/v1/sources', sourceBody({ title: 'a'.repeat(501) }));
    expect(pointers(expectProblem(title, 400))).toContain('/title');
  });

  it('rejects empty or control-character text with 400', async () => {
    expect(pointers(expectProblem(await post('/v1/claims', claimBody({ statement: '   ' })), 400))).toContain('/statement');
    expect(pointers(expectProblem(await post('/v1/claims', claimBody({ statement: 'bell\u0007' })), 400))).toContain(
      '/statement',
    );
  });
});

function sourceBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'news_article',
    title: 'A test article',
    language: 'fr',
    dateNote: 'Undated.',
    retrievedAt: '2026-11-24T00:00:00Z',
    textNote: 'Typed in by a t.',
    text: 'Un texte court.',
    ...overrides,
  };
}

describe('request format', () => {
  it('answers a body over the limit with 413 problem+json and writes nothing', async () => {
    const before = await snapshot();
    const res = await post('/v1/sources', sourceBody({ text: 'é'.repeat(600_000) }));
    expectProblem(res, 413);
    expect(await snapshot()).toEqual(before);
  });

  it('answers a non-JSON body with 415 problem+json (text/plain, form, even text/plain holding JSON)', async () => {
    for (const [type, payload] of [
      ['text/plain', JSON.stringify(claimBody())],
      ['application/x-www-form-urlencoded', 'statement=x'],
      ['application/xml', '<claim/>'],
      ['application/jsonp', JSON.stringify(claimBody())],
    ] as const) {
      const res = await request(t.server)
        .post('/v1/claims')
        .set('authorization', bearer())
        .set('content-type', type)
        .send(payload);
      expectProblem(res, 415);
    }
  });

  it('accepts application/json with a charset parameter', async () => {
    const res = await request(t.server)
      .post('/v1/claims')
      .set('authorization', bearer())
      .set('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify(claimBody()));
    expect(res.status).toBe(201);
  });

  it('answers malformed or empty JSON with 400 problem+json', async () => {
    for (const payload of ['{"statement": ', '{statement: 1}', '']) {
      const res = await request(t.server)
        .post('/v1/claims')
        .set('authorization', bearer())
        .set('content-type', 'application/json')
        .send(payload);
      expectProblem(res, 400);
    }
  });

  it('refuses prototype-poisoning payloads (__proto__, constructor.prototype, constructor) with 400 and pollutes nothing', async () => {
    const valid = JSON.stringify(claimBody()).slice(1, -1);
    for (const payload of [
      `{"__proto__": {"polluted": true}, ${valid}}`,
      `{${valid}, "claimant": {"name": "X", "type": "expert", "__proto__": {"polluted": true}}}`,
      `{"constructor": {"prototype": {"polluted": true}}, ${valid}}`,
      `{"constructor": "x", ${valid}}`,
    ]) {
      const res = await request(t.server)
        .post('/v1/claims')
        .set('authorization', bearer())
        .set('content-type', 'application/json')
        .send(payload);
      expectProblem(res, 400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('validates Idempotency-Key and If-Match headers: 400 for a malformed key', async () => {
    const res = await write(t.server, 'post', '/v1/claims', claimBody(), {
      authorization: bearer(),
      'idempotency-key': 'has spaces and ünicode',
    });
    expectProblem(res, 400);
  });
});

describe('provenance: the quote must be verbatim in the source', () => {
  it('refuses a quote with a straight apostrophe where the source has ’: 422 problem+json pointing at /quote', async () => {
    const straight = UNIQUE_QUOTE.replace('’', "'");
    expect(occurrences(SOURCE_TEXT, straight)).toEqual([]);
    const before = await snapshot();
    const res = await post('/v1/claims', claimBody({ quote: straight }));
    const body = expectProblem(res, 422);
    expect(pointers(body)).toContain('/quote');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a paraphrase, different case or collapsed whitespace: 422', async () => {
    for (const quote of [UNIQUE_QUOTE.toLowerCase(), UNIQUE_QUOTE.replace(' est ', '  est '), 'Russia is unpopular']) {
      expect(pointers(expectProblem(await post('/v1/claims', claimBody({ quote })), 422))).toContain('/quote');
    }
  });

  it('refuses an ambiguous quote without a hint (422 listing the offsets) and takes the occurrence a hint names', async () => {
    const quote = 'depuis février';
    const hits = occurrences(SOURCE_TEXT, quote);
    expect(hits.length).toBeGreaterThanOrEqual(2);

    const ambiguous = expectProblem(await post('/v1/claims', claimBody({ quote })), 422);
    expect(pointers(ambiguous)).toContain('/quote');
    for (const hit of hits) expect(ambiguous.detail).toContain(String(hit));

    const wrongHint = expectProblem(await post('/v1/claims', claimBody({ quote, quoteOffsetHint: (hits[1] ?? 0) + 1 })), 422);
    expect(pointers(wrongHint)).toContain('/quote');

    const second = hits[1] ?? -1;
    const res = await post('/v1/claims', claimBody({ quote, quoteOffsetHint: second }));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ quote, quoteStart: second, quoteEnd: second + [...quote].length });
    expect([...SOURCE_TEXT].slice(res.body.data.quoteStart, res.body.data.quoteEnd).join('')).toBe(quote);
  });

  it('checks the verification quote the same way', async () => {
    const res = await post('/v1/claims', claimBody({ verificationQuote: 'nobody verified this' }));
    expect(pointers(expectProblem(res, 422))).toContain('/verificationQuote');
  });

  it('checks a trade figure’s and a leader’s quote too', async () => {
    expect(pointers(expectProblem(await post('/v1/trade-figures', figureBody({ quote: 'quarante milliards' })), 422))).toContain(
      '/quote',
    );
    const leader = await post('/v1/leaders', {
      name: 'Someone',
      nameSource: 'Quelqu’un',
      role: 'minister',
      title: 'Minister',
      kind: 'cited_person',
      inOffice: 'Unknown',
      sourceId: SOURCE_ID,
      quote: 'Quelqu’un d’inconnu',
    });
    expect(pointers(expectProblem(leader, 422))).toContain('/quote');
  });

  it('refuses a PATCH whose new quote is not verbatim, and keeps the record unchanged', async () => {
    const url = '/v1/claims/by-troops-in-action-opposition-media';
    const before = (await request(t.server).get(url)).body.data;
    const res = await write(
      t.server,
      'patch',
      url,
      { quote: "les médias de l'opposition", reason: 'typo' },
      { authorization: bearer(), 'if-match': '*' },
    );
    expect(pointers(expectProblem(res, 422))).toContain('/quote');
    expect((await request(t.server).get(url)).body.data).toEqual(before);
  });
});

describe('references must exist', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['a claim', '/v1/claims', claimBody({ countryCode: 'ZZ' }), '/countryCode'],
    ['a claim', '/v1/claims', claimBody({ sourceId: 'no-such-source' }), '/sourceId'],
    [
      'a claim',
      '/v1/claims',
      claimBody({ claimant: { name: 'Nobody', type: 'expert', leaderId: 'no-such-person' } }),
      '/claimant/leaderId',
    ],
    ['a trade figure', '/v1/trade-figures', figureBody({ reporterCode: 'ZZ' }), '/reporterCode'],
    ['a trade figure', '/v1/trade-figures', figureBody({ partnerCode: 'ZZ' }), '/partnerCode'],
    ['a trade figure', '/v1/trade-figures', figureBody({ sourceId: 'no-such-source' }), '/sourceId'],
    [
      'a trade figure',
      '/v1/trade-figures',
      figureBody({ statedBy: { name: 'X', type: 'expert', leaderId: 'no-such-person' } }),
      '/statedBy/leaderId',
    ],
  ];
  for (const [what, url, body, pointer] of cases) {
    it(`answers ${what} with an unknown ${pointer.slice(1)} with 422 problem+json pointing at it`, async () => {
      const before = await snapshot();
      const res = await post(url, body);
      expect(pointers(expectProblem(res, 422))).toEqual([pointer]);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('answers a PATCH or DELETE of a record that does not exist with 404 problem+json', async () => {
    const headers = { authorization: bearer(), 'if-match': '*' };
    expectProblem(await write(t.server, 'patch', '/v1/claims/no-such-claim', { statement: 'x', reason: 'r' }, headers), 404);
    expectProblem(await write(t.server, 'delete', '/v1/claims/no-such-claim', { reason: 'r' }, headers), 404);
    expectProblem(await write(t.server, 'patch', '/v1/countries/ZZ', { name: 'x', reason: 'r' }, headers), 404);
  });

  it('answers a duplicate country with 409 problem+json', async () => {
    const res = await post('/v1/countries', {
      code: 'BY',
      alpha3: 'BLR',
      name: 'Belarus',
      nameSource: 'Biélorussie',
      role: 'ally_of_russia',
      stance: 'x',
    });
    expectProblem(res, 409);
  });

  it('requires a reason on a PATCH and at least one change', async () => {
    const headers = { authorization: bearer(), 'if-match': '*' };
    const url = '/v1/claims/by-troops-in-action-opposition-media';
    expect(pointers(expectProblem(await write(t.server, 'patch', url, { statement: 'x' }, headers), 400))).toContain('/reason');
    expectProblem(await write(t.server, 'patch', url, { reason: 'nothing' }, headers), 400);
  });
});

describe('problem details through inject', () => {
  it('gives type, title, status, detail and instance for a validation error', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/claims?trace=1',
      headers: { authorization: bearer(), 'content-type': 'application/json' },
      payload: JSON.stringify(claimBody({ id: 'x' })),
    });
    expect(res.statusCode).toBe(400);
    parseProblem(res.headers['content-type'], res.body, 400, '/v1/claims?trace=1');
  });
});
