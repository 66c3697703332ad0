import { createHash } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { evidenceResponse, claimResponse } from '../../src/schemas/claim.js';
import { sourceResponse } from '../../src/schemas/source.js';
import { tradeFigureResponse } from '../../src/schemas/trade-figure.js';
import { useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { sliceCodePoints } from '../helpers/seed-data.js';
import { ALICE, API_KEYS, bearer, occurrences, write } from '../helpers/writes.js';

/**
 * The next article, added through the API the way a curator would: the source with its full
 * text, then a person it cites, a claim and a trade figure resting on it, all read back with
 * offsets that point into the stored text. The text has characters outside the BMP before the
 * quotes, so UTF-16 offsets would be wrong by two.
 */
const TEXT = [
  'Minsk et Moscou : un commerce qui ne faiblit pas 🇧🇾🇷🇺',
  '',
  'par Une Rédactrice',
  '',
  'Selon le ministre biélorusse de l’Économie, Iouri Tchebotar, les échanges entre la Biélorussie et la Russie ont atteint 50 milliards de dollars en 2023.',
  '',
  'Le ministre a ajouté que Minsk “ne changera pas de cap”, malgré les sanctions.',
  '',
].join('\n');

const t = useTestApp({ API_KEYS });

describe('a curator adds an article and its facts', () => {
  let sourceId = '';
  let leaderId = '';
  let claimId = '';
  let figureId = '';

  it('POSTs the source with its full text; the API stores it byte for byte with its SHA-256', async () => {
    const res = await write(t.server, 'post', '/v1/sources', {
      kind: 'news_article',
      title: 'Minsk et Moscou : un commerce qui ne faiblit pas',
      author: 'Une Rédactrice',
      publisher: null,
      language: 'fr',
      url: null,
      publishedAt: null,
      dateNote: 'Undated; refers to 2023 as a past year.',
      retrievedAt: '2026-11-24T08:00:00Z',
      textNote: 'Typed from the printed page.',
      text: TEXT,
    });
    expect(res.status).toBe(201);
    const source = sourceResponse.parse(res.body).data;
    sourceId = source.id;
    expect(res.headers.location).toBe(`/v1/sources/${sourceId}`);
    expect(source).toMatchObject({
      title: 'Minsk et Moscou : un commerce qui ne faiblit pas',
      textSha256: createHash('sha256').update(TEXT, 'utf8').digest('hex'),
      textLength: [...TEXT].length,
      textUrl: `/v1/sources/${sourceId}/text`,
      counts: { claims: 0, tradeFigures: 0 },
      version: 1,
    });
    const text = await request(t.server).get(source.textUrl).buffer(true);
    expect(text.status).toBe(200);
    expect(text.text).toBe(TEXT);
    expect(text.headers['x-content-sha256']).toBe(source.textSha256);
  });

  it('adds the person the article cites, located in the new text', async () => {
    const quote = 'le ministre biélorusse de l’Économie, Iouri Tchebotar';
    const res = await write(t.server, 'post', '/v1/leaders', {
      name: 'Yuri Chebotar',
      nameSource: 'Iouri Tchebotar',
      role: 'minister',
      title: 'Minister of Economy of Belarus',
      kind: 'cited_person',
      countryCode: 'BY',
      affiliation: null,
      inOffice: 'As stated in the article; dates not given.',
      sourceId,
      quote,
      // A person's country stands on words of the source that tie them to it.
      basis: { country: { kind: 'source', sourceId, quote: 'le ministre biélorusse de l’Économie' } },
    });
    expect(res.status).toBe(201);
    leaderId = res.body.data.id;
    expect(res.body.data).toMatchObject({ quote, quoteStart: occurrences(TEXT, quote)[0] });
  });

  it('adds a claim by that person; its evidence offsets slice the stored text to the quote', async () => {
    const quote = 'Minsk “ne changera pas de cap”, malgré les sanctions';
    const res = await write(t.server, 'post', '/v1/claims', {
      countryCode: 'BY',
      sourceId,
      claimant: { name: 'Yuri Chebotar', type: 'government_official', leaderId },
      statement: 'Belarus will not change course despite sanctions.',
      quote,
      topic: 'economic',
      verification: 'reported',
      verificationNote: 'Attributed to the minister; the article does not question it.',
      dateNote: 'No date is given.',
    });
    expect(res.status).toBe(201);
    const claim = claimResponse.parse(res.body).data;
    claimId = claim.id;
    const [start] = occurrences(TEXT, quote);
    expect(claim).toMatchObject({
      quote,
      quoteStart: start,
      quoteEnd: (start ?? 0) + [...quote].length,
      source: { id: sourceId },
      claimant: { leaderId },
    });
    // UTF-16 would count the two flags as eight units, not four code points.
    expect(TEXT.indexOf(quote)).not.toBe(start);

    const evidence = evidenceResponse.parse((await request(t.server).get(`/v1/claims/${claimId}/evidence`)).body).data;
    const text = (await request(t.server).get(`/v1/sources/${sourceId}/text`).buffer(true)).text;
    expect(evidence.matches).toBe(true);
    expect(evidence.offsetUnit).toBe('unicode_code_point');
    expect(sliceCodePoints(text, evidence.quote.start, evidence.quote.end)).toBe(quote);
    expect(sliceCodePoints(text, evidence.paragraph.start, evidence.paragraph.end)).toBe(evidence.paragraph.text);
    expect(evidence.paragraph.text).toContain(quote);
    expect(evidence.source).toMatchObject({ id: sourceId, textSha256: createHash('sha256').update(text, 'utf8').digest('hex') });
  });

  it('adds a trade figure stated by that person, with offsets into the same text', async () => {
    const quote = 'les échanges entre la Biélorussie et la Russie ont atteint 50 milliards de dollars en 2023';
    const res = await write(t.server, 'post', '/v1/trade-figures', {
      reporterCode: 'BY',
      partnerCode: 'RU',
      indicator: 'bilateral_trade',
      value: 50_000_000_000,
      unit: 'USD',
      kind: 'level',
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      periodLabel: 'en 2023',
      statedBy: { name: 'Yuri Chebotar', type: 'government_official', leaderId },
      sourceId,
      quote,
    });
    expect(res.status).toBe(201);
    const figure = tradeFigureResponse.parse(res.body).data;
    figureId = figure.id;
    expect(sliceCodePoints(TEXT, figure.quoteStart, figure.quoteEnd)).toBe(quote);
    expect(figure).toMatchObject({ value: 50_000_000_000, approximate: false, caveat: null, statedBy: { leaderId } });
  });

  it('reads everything back through the public read API', async () => {
    const source = sourceResponse.parse((await request(t.server).get(`/v1/sources/${sourceId}`)).body).data;
    expect(source.counts).toEqual({ claims: 1, tradeFigures: 1 });
    const claims = (await request(t.server).get(`/v1/claims?source=${sourceId}`)).body.data as { id: string }[];
    expect(claims.map((c) => c.id)).toEqual([claimId]);
    const byPerson = (await request(t.server).get(`/v1/trade-figures?statedBy=${leaderId}`)).body.data as { id: string }[];
    expect(byPerson.map((f) => f.id)).toEqual([figureId]);
    const search = (await request(t.server).get('/v1/claims?q=sanctions cap')).body.data as { id: string }[];
    expect(search.map((c) => c.id)).toContain(claimId);
    const leaders = (await request(t.server).get('/v1/countries/BY/leaders')).body.data as { id: string }[];
    expect(leaders.map((l) => l.id)).toContain(leaderId);
    const sources = (await request(t.server).get('/v1')).body.sources as { id: string }[];
    expect(sources.map((s) => s.id)).toContain(sourceId);
  });

  it('corrects the source’s metadata with If-Match, but never its text (offsets point into it)', async () => {
    const url = `/v1/sources/${sourceId}`;
    const etag = (await request(t.server).get(url)).headers.etag as string;
    const res = await write(
      t.server,
      'patch',
      url,
      { publisher: 'La Gazette', reason: 'Publisher identified' },
      { authorization: bearer(), 'if-match': etag },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ publisher: 'La Gazette', version: 2 });
    const textChange = await write(
      t.server,
      'patch',
      url,
      { text: 'Autre texte.', reason: 'x' },
      { authorization: bearer(), 'if-match': res.headers.etag as string },
    );
    expect(expectProblem(textChange, 400).errors?.map((e) => e.pointer)).toContain('/text');
  });

  it('leaves a trail: every step is in the feed under the curator’s key name', async () => {
    const feed = (await request(t.server).get('/v1/changes?limit=1000')).body.data as {
      resourceType: string;
      resourceId: string;
      action: string;
      actor: string;
    }[];
    const mine = feed.filter((c) => c.actor !== 'seed');
    expect(mine.map((c) => [c.resourceType, c.resourceId, c.action, c.actor])).toEqual([
      ['source', sourceId, 'create', ALICE.name],
      ['leader', leaderId, 'create', ALICE.name],
      ['claim', claimId, 'create', ALICE.name],
      ['trade_figure', figureId, 'create', ALICE.name],
      ['source', sourceId, 'update', ALICE.name],
    ]);
  });
});
