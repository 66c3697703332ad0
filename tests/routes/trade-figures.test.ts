import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/lib/representation.js';
import {
  tradeFigureEvidenceResponse,
  tradeFigureListResponse,
  tradeFigureResponse,
  tradeFigureSchema,
} from '../../src/schemas/trade-figure.js';
import { useTestApp } from '../helpers/app.js';
import { csvRowOf, expectProblem, walkPages } from '../helpers/http.js';
import { ids, orderLike, searchMatches, seedFigures, sliceCodePoints, sorted } from '../helpers/seed-data.js';

type SeedFigure = (typeof seedFigures)[number];

const t = useTestApp();
const get = t.get;
const where = (pred: (f: SeedFigure) => boolean) => sorted(seedFigures.filter(pred).map((f) => f.id));
const defaultOrder = orderLike(seedFigures, [[(f) => f.reporterCode, 'asc']]);

async function listIds(url: string): Promise<string[]> {
  const res = await get(url);
  expect(res.status, url).toBe(200);
  const body = tradeFigureListResponse.parse(res.body);
  expect(body.meta.total).toBe(body.data.length);
  return ids(body.data);
}

describe('GET /v1/trade-figures', () => {
  it('lists every figure in the default order (reporter, id), validated against the response schema', async () => {
    const res = await get('/v1/trade-figures');
    expect(res.status).toBe(200);
    const body = tradeFigureListResponse.parse(res.body);
    expect(ids(body.data)).toEqual(defaultOrder);
    expect(body.meta).toMatchObject({ total: seedFigures.length, nextCursor: null });
  });

  it('keeps money in base units with its currency, and the period, caveat and who stated it', async () => {
    const { data } = tradeFigureListResponse.parse((await get('/v1/trade-figures')).body);
    for (const seed of seedFigures) {
      const figure = data.find((f) => f.id === seed.id);
      expect(figure, seed.id).toMatchObject({
        reporter: { code: seed.reporterCode },
        partner: { code: seed.partnerCode },
        indicator: seed.indicator,
        value: seed.value,
        unit: seed.unit,
        kind: seed.kind,
        period: { start: seed.periodStart, end: seed.periodEnd, label: seed.periodLabel },
        statedBy: seed.statedBy,
        quote: seed.quote,
        quoteStart: seed.quoteStart,
        quoteEnd: seed.quoteEnd,
        source: { id: seed.sourceId },
        caveat: seed.caveat,
      });
    }
    expect(data.find((f) => f.unit === 'USD' && f.value >= 1e9)?.value).toBe(
      Math.max(...seedFigures.filter((f) => f.unit === 'USD').map((f) => f.value)),
    );
  });
});

describe('trade figure filters', () => {
  const cases: [string, (f: SeedFigure) => boolean][] = [
    ['reporter=cn', (f) => f.reporterCode === 'CN'],
    ['partner=RU', (f) => f.partnerCode === 'RU'],
    ['country=IR,UA', (f) => ['IR', 'UA'].includes(f.reporterCode) || ['IR', 'UA'].includes(f.partnerCode)],
    ['indicator=oil_imports,total_trade', (f) => ['oil_imports', 'total_trade'].includes(f.indicator)],
    ['unit=USD', (f) => f.unit === 'USD'],
    ['kind=change', (f) => f.kind === 'change'],
    ['statedBy=javad-owji', (f) => f.statedBy.leaderId === 'javad-owji'],
    ['statedByType=journalist', (f) => f.statedBy.type === 'journalist'],
    ['source=putin-allies-four-countries', (f) => f.sourceId === 'putin-allies-four-countries'],
    ['value[gte]=1000000000', (f) => f.value >= 1e9],
    ['value[gte]=4e9', (f) => f.value >= 4e9],
    ['value[lte]=12.5', (f) => f.value <= 12.5],
    ['value[lte]=55', (f) => f.value <= 55],
    ['value[gte]=12&value[lte]=55', (f) => f.value >= 12 && f.value <= 55],
    ['period[from]=2021', (f) => f.periodStart !== null && f.periodStart >= '2021'],
    ['period[to]=2021', (f) => f.periodEnd !== null && f.periodEnd <= '2021-12-31'],
    ['period[to]=2020', (f) => f.periodEnd !== null && f.periodEnd <= '2020-12-31'],
    ['period[from]=2021-06', (f) => f.periodStart !== null && f.periodStart >= '2021-06'],
    ['unit=percent&reporter=CN&kind=change', (f) => f.unit === 'percent' && f.reporterCode === 'CN' && f.kind === 'change'],
  ];
  for (const [query, pred] of cases) {
    it(`filters with ${query}`, async () => {
      expect(sorted(await listIds(`/v1/trade-figures?${query}`))).toEqual(where(pred));
    });
  }

  it('has at least one filter case that keeps some figures and drops others', () => {
    // Guards the table above against becoming vacuous if the seed changes.
    const informative = cases.filter(([, pred]) => {
      const n = seedFigures.filter(pred).length;
      return n > 0 && n < seedFigures.length;
    });
    expect(informative.length).toBeGreaterThan(10);
  });

  it('rejects bad values with a 400 naming the parameter', async () => {
    expectProblem(await get('/v1/trade-figures?value[gte]=lots'), 400, 'value[gte]');
    // An empty bound is a mistake, not "at least 0".
    expectProblem(await get('/v1/trade-figures?value[gte]='), 400, 'value[gte]');
    expectProblem(await get('/v1/trade-figures?value[lte]=%20'), 400, 'value[lte]');
    expectProblem(await get('/v1/trade-figures?value[lte]=Infinity'), 400, 'value[lte]');
    expectProblem(await get('/v1/trade-figures?period[from]=June'), 400, 'period[from]');
    expectProblem(await get('/v1/trade-figures?unit=EUR'), 400, 'unit');
    expectProblem(await get('/v1/trade-figures?reporter=IRN'), 400, 'reporter');
    expectProblem(await get('/v1/trade-figures?statedBy=Javad%20Owji'), 400, 'statedBy');
  });
});

describe('trade figure sort and pages', () => {
  it('sorts by value descending', async () => {
    expect(await listIds('/v1/trade-figures?sort=-value')).toEqual(orderLike(seedFigures, [[(f) => f.value, 'desc']]));
  });

  it('sorts by several keys with a nullable one (sort=unit,-periodStart)', async () => {
    const expected = orderLike(seedFigures, [
      [(f) => f.unit, 'asc'],
      [(f) => f.periodStart, 'desc'],
    ]);
    expect(await listIds('/v1/trade-figures?sort=unit,-periodStart')).toEqual(expected);
    expect(await walkPages(t.server, '/v1/trade-figures?sort=unit,-periodStart&limit=2')).toEqual(expected);
  });

  it('walks limit=2 pages by numeric value without duplicates or gaps', async () => {
    const expected = orderLike(seedFigures, [[(f) => f.value, 'asc']]);
    expect(await walkPages(t.server, '/v1/trade-figures?sort=value&limit=2', { total: seedFigures.length })).toEqual(expected);
  });

  it('rejects an unknown sort field naming sort', async () => {
    expectProblem(await get('/v1/trade-figures?sort=quote'), 400, 'sort');
  });
});

describe('trade figure search and facets', () => {
  const fields = (f: SeedFigure) => [f.quote, f.caveat, f.statedBy.name];

  it('searches quote, caveat and who stated it, accent-insensitively', async () => {
    for (const q of ['Owji', 'milliards', 'pétrole', 'petrole', 'environ', '18-month']) {
      const expected = where((f) => searchMatches(fields(f), q));
      expect(expected.length, q).toBeGreaterThan(0);
      expect(sorted(await listIds(`/v1/trade-figures?q=${encodeURIComponent(q)}`)), q).toEqual(expected);
    }
    expect(await listIds('/v1/trade-figures?q=zeppelin')).toEqual([]);
  });

  it('sorts a search by relevance by default, pages it with cursors and gives each hit a snippet', async () => {
    const whole = await listIds('/v1/trade-figures?q=milliards%20dollars&limit=100');
    expect(sorted(whole)).toEqual(where((f) => searchMatches(fields(f), 'milliards dollars')));
    expect(await walkPages(t.server, '/v1/trade-figures?q=milliards%20dollars&limit=1')).toEqual(whole);
    expect(await listIds('/v1/trade-figures?q=milliards%20dollars&sort=relevance&limit=100')).toEqual(whole);
    const body = tradeFigureListResponse.parse((await get('/v1/trade-figures?q=milliards')).body);
    expect(body.meta.snippets).toHaveLength(body.data.length);
    for (const hit of body.meta.snippets ?? []) {
      expect(hit?.highlights.map((h) => sliceCodePoints(hit.text, h.start, h.end).toLowerCase())).toContain('milliards');
    }
    expectProblem(await get('/v1/trade-figures?sort=relevance'), 400, 'sort');
  });

  it('treats FTS syntax as plain words', async () => {
    for (const q of ["' OR 1=1--", '"', '*', 'NEAR(', 'quote:Owji']) {
      const res = await get(`/v1/trade-figures?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(sorted(ids(tradeFigureListResponse.parse(res.body).data)), q).toEqual(where((f) => searchMatches(fields(f), q)));
    }
  });

  it('counts figures per unit and kind for the current filter', async () => {
    const body = tradeFigureListResponse.parse((await get('/v1/trade-figures?reporter=IR&facet=unit,kind&limit=1')).body);
    const ir = seedFigures.filter((f) => f.reporterCode === 'IR');
    const count = (values: string[]) =>
      values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    expect(body.meta.facets).toEqual({ unit: count(ir.map((f) => f.unit)), kind: count(ir.map((f) => f.kind)) });
  });

  it('counts a search per facet value and in its total, alone and with other filters', async () => {
    const count = (values: string[]) =>
      values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    const searched = seedFigures.filter((f) => searchMatches(fields(f), 'milliards'));
    for (const [url, figures] of [
      ['/v1/trade-figures?q=milliards&facet=reporter,unit&limit=1', searched],
      ['/v1/trade-figures?q=milliards&value[gte]=1000000000&facet=reporter,unit&limit=1', searched.filter((f) => f.value >= 1e9)],
    ] as const) {
      expect(figures.length, url).toBeGreaterThan(0);
      const body = tradeFigureListResponse.parse((await get(url)).body);
      expect(body.meta.total, url).toBe(figures.length);
      expect(body.meta.facets, url).toEqual({
        reporter: count(figures.map((f) => f.reporterCode)),
        unit: count(figures.map((f) => f.unit)),
      });
    }
  });
});

describe('trade figure exports', () => {
  it('round-trips CSV to the JSON, with dotted columns for nested objects', async () => {
    const json = tradeFigureListResponse.parse((await get('/v1/trade-figures')).body);
    const res = await get('/v1/trade-figures?format=csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trade-figures.csv"');
    const columns = csvColumns(tradeFigureSchema);
    expect(res.text.split('\r\n')[0]).toBe(columns.join(','));
    expect(columns).toEqual(expect.arrayContaining(['reporter.code', 'period.label', 'statedBy.leaderId']));
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(json.data.map((f) => csvRowOf(f, columns)));
    // Base units survive CSV: no exponent notation for large amounts.
    for (const row of rows) expect(row.value).toMatch(/^\d+$/);
  });

  it('streams NDJSON with as many lines as the total', async () => {
    const res = await get('/v1/trade-figures?statedBy=javad-owji').set('accept', 'application/x-ndjson');
    const lines = res.text.trimEnd().split('\n');
    expect(lines).toHaveLength(Number(res.headers['x-total-count']));
    expect(lines).toHaveLength(seedFigures.filter((f) => f.statedBy.leaderId === 'javad-owji').length);
    for (const line of lines) tradeFigureSchema.parse(JSON.parse(line));
  });

  it('offers no JSON-LD for trade figures (406)', async () => {
    expectProblem(await get('/v1/trade-figures').set('accept', 'application/ld+json'), 406);
  });
});

describe('GET /v1/trade-figures/{id}', () => {
  it('returns each figure, its quote verbatim at its offsets in the source text', async () => {
    const text = (await get('/v1/sources/putin-allies-four-countries/text')).text;
    for (const seed of seedFigures) {
      const res = await get(`/v1/trade-figures/${seed.id}`);
      expect(res.status).toBe(200);
      const { data } = tradeFigureResponse.parse(res.body);
      expect(data.id).toBe(seed.id);
      expect(sliceCodePoints(text, data.quoteStart, data.quoteEnd)).toBe(data.quote);
    }
  });

  it('answers 404 problem+json for an unknown id', async () => {
    expectProblem(await get('/v1/trade-figures/no-such-figure'), 404);
  });
});

describe('GET /v1/trade-figures/{id}/evidence', () => {
  it('gives each figure’s quote at its offsets in the served source text, within its paragraph', async () => {
    for (const seed of seedFigures) {
      const res = await get(`/v1/trade-figures/${seed.id}/evidence`);
      expect(res.status, seed.id).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const { data } = tradeFigureEvidenceResponse.parse(res.body);
      const text = (await get(data.source.textUrl)).text;
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(data.source.textSha256);
      expect(data.tradeFigureId).toBe(seed.id);
      expect(data.quote).toEqual({ text: seed.quote, start: seed.quoteStart, end: seed.quoteEnd });
      expect(sliceCodePoints(text, data.quote.start, data.quote.end)).toBe(seed.quote);
      expect(data).toMatchObject({ matches: true, offsetUnit: 'unicode_code_point' });
      expect(sliceCodePoints(text, data.paragraph.start, data.paragraph.end)).toBe(data.paragraph.text);
      expect(data.paragraph.start).toBeLessThanOrEqual(data.quote.start);
      expect(data.paragraph.end).toBeGreaterThanOrEqual(data.quote.end);
    }
  });

  it('answers 404 problem+json naming the figure for an unknown id, in either representation, and 400 for a malformed one', async () => {
    const plain = expectProblem(await get('/v1/trade-figures/no-such-figure/evidence'), 404);
    expect(plain.detail).toContain('Trade figure "no-such-figure"');
    const annotation = await get('/v1/trade-figures/no-such-figure/evidence').set(
      'accept',
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    );
    expectProblem(annotation, 404);
    expectProblem(await get('/v1/trade-figures/Not_A_Slug/evidence'), 400, 'id');
  });

  it('answers 406 for a media type it does not offer', async () => {
    expectProblem(await get('/v1/trade-figures/ir-ru-bilateral-trade-18-months/evidence').set('accept', 'text/csv'), 406);
  });
});
