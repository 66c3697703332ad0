import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { articleDataset } from '../../seed/data/article.js';
import { TOPICS } from '../../src/domain/vocabulary.js';
import { API_KEYS, bearer, etagOf, SOURCE_ID, SOURCE_TEXT, write } from '../helpers/writes.js';
import { all, ancestor, attr, byId, byTag, hasClass, langOf, one, parseHtml, text, type El } from '../helpers/html.js';

let t: TestApp;
let server: Server;

beforeAll(async () => {
  t = await createTestApp({ API_KEYS });
  server = t.app.server;
});
afterAll(async () => t.close());

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const get = (url: string, headers: Record<string, string> = {}) =>
  request(server)
    .get(url)
    .set({ accept: BROWSER_ACCEPT, ...headers });

async function page(url: string, headers: Record<string, string> = {}) {
  const res = await get(url, headers);
  expect(res.status, url).toBe(200);
  expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
  return { res, doc: parseHtml(res.text) };
}

const PAGE_URLS = [
  '/',
  '/countries/KP',
  '/claims',
  '/claims?verification=unverified',
  '/claims/kp-offered-100000-soldiers',
  '/claims/by-troops-in-action-opposition-media',
  `/sources/${SOURCE_ID}`,
  `/sources/${SOURCE_ID}?claim=kp-offered-100000-soldiers`,
  '/trade-figures',
];

const KP = 'kp-offered-100000-soldiers';
const figure = (id: string) => articleDataset.tradeFigures.find((f) => f.id === id)!;
const kpClaim = articleDataset.claims.find((c) => c.id === KP)!;

describe('home page', () => {
  it('shows the four backers with their stance and claim counts, the source, a search box and the API links', async () => {
    const { doc } = await page('/');
    const cards = all(doc, (el) => el.tagName === 'li' && hasClass(el, 'card'));
    expect(cards.map((c) => text(one(c, byTag('h3'))))).toEqual(['Belarus', 'China', 'Iran', 'North Korea']);
    const northKorea = cards[3] as El;
    expect(text(northKorea)).toContain(articleDataset.countries.find((c) => c.code === 'KP')!.stance);
    expect(text(northKorea)).toContain('4 claims');
    const form = one(doc, (el) => el.tagName === 'form' && attr(el, 'role') === 'search');
    expect(attr(form, 'action')).toBe('/claims');
    expect(one(form, byTag('input')).attrs).toContainEqual({ name: 'name', value: 'q' });
    const hrefs = all(doc, byTag('a')).map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['/v1', '/docs', '/openapi.json', '/v1/claims?format=csv', `/sources/${SOURCE_ID}`]),
    );
    expect(text(doc)).toContain('Jessie Neal');
    expect(text(doc)).toContain('CC0-1.0');
  });

  it('answers a client that asks for JSON with the API index, the same body as GET /v1', async () => {
    const index = await request(server).get('/v1');
    const res = await request(server).get('/').set('accept', 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-location']).toBe('/v1');
    expect(res.headers.vary).toMatch(/Accept(,|$)/);
    expect(res.body).toEqual(index.body);
  });

  it('embeds the schema.org Dataset of GET /v1 as a JSON-LD data block, for dataset search engines', async () => {
    const dataset = await request(server).get('/v1').set('accept', 'application/ld+json').expect(200);
    for (const lang of ['en', 'fr']) {
      const { doc } = await page('/', { 'accept-language': lang });
      const blocks = all(doc, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
      expect(blocks, lang).toHaveLength(1);
      const embedded = JSON.parse(text(blocks[0]!)) as Record<string, unknown>;
      expect(embedded, lang).toEqual(JSON.parse(dataset.text));
      expect(embedded['@type']).toBe('Dataset');
    }
  });

  it('refuses a media type it cannot serve with 406, naming what it can', async () => {
    const res = await request(server).get('/').set('accept', 'text/csv');
    expect(res.status).toBe(406);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toContain('text/html');
  });
});

describe('country page', () => {
  it('gives North Korea’s stance, its claims by topic with verification in words, and the people cited', async () => {
    const { doc } = await page('/countries/KP');
    expect(text(one(doc, byTag('h1')))).toBe('North Korea');
    expect(text(doc)).toContain(articleDataset.countries.find((c) => c.code === 'KP')!.stance);
    const topics = all(doc, (el) => el.tagName === 'h3' && (attr(el, 'id') ?? '').startsWith('topic-')).map((h) => attr(h, 'id'));
    // Every topic of North Korea's claims, in the vocabulary's order; a claim is under each of its topics.
    const kpTopics = new Set(articleDataset.claims.filter((c) => c.countryCode === 'KP').flatMap((c) => c.topics));
    expect(topics).toEqual(TOPICS.filter((topic) => kpTopics.has(topic)).map((topic) => `topic-${topic}`));
    const byTopic = one(doc, (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'claims');
    const claimLink = all(byTopic, (el) => el.tagName === 'a' && attr(el, 'href') === `/claims/${KP}`)[0]!;
    expect(text(claimLink)).toBe(kpClaim.statement);
    // The label says what "reported" means, not just the word.
    const item = ancestor(claimLink, 2);
    expect(text(item)).toContain('Reported');
    expect(text(item)).toContain('Attributed to someone; the source neither confirms nor questions it.');
    const people = text(one(doc, (el) => el.tagName === 'ul' && hasClass(el, 'people')));
    expect(people).toContain('Kim Jong Un');
    // Korotchenko is tied to no country, but North Korea's claims cite him.
    expect(people).toContain('Igor Korotchenko');
  });

  it('links each person to the claims about the country they make, counted, and only when they make any', async () => {
    const { doc } = await page('/countries/KP');
    const people = all(
      one(doc, (el) => el.tagName === 'ul' && hasClass(el, 'people')),
      byTag('li'),
    );
    const of = (name: string) => people.find((li) => text(li).includes(name))!;
    const made = articleDataset.claims.filter((c) => c.countryCode === 'KP' && c.claimant.leaderId === 'igor-korotchenko');
    expect(made.length).toBeGreaterThan(1);
    const link = one(of('Igor Korotchenko'), (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('/claims?'));
    expect(attr(link, 'href')).toBe('/claims?country=KP&claimant=igor-korotchenko');
    expect(text(link)).toBe(`The ${made.length} claims about North Korea this person makes`);
    // Kim Jong Un makes none of North Korea's claims: no link to an empty list.
    expect(all(of('Kim Jong Un'), (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('/claims?'))).toEqual([]);

    const { doc: list } = await page(attr(link, 'href')!);
    const listed = all(list, (el) => el.tagName === 'a' && /^\/claims\/[a-z0-9-]+$/.test(attr(el, 'href') ?? ''));
    expect(new Set(listed.map((a) => attr(a, 'href')))).toEqual(new Set(made.map((c) => `/claims/${c.id}`)));
  });

  it('lists every claim of each topic at seed size, with the topic’s total linking to the claims filtered by it', async () => {
    const { doc } = await page('/countries/KP');
    const kp = articleDataset.claims.filter((c) => c.countryCode === 'KP');
    for (const topic of new Set(kp.flatMap((c) => c.topics))) {
      const heading = one(doc, byId(`topic-${topic}`));
      const siblings = heading.parentNode!.childNodes.filter((n): n is El => 'tagName' in n);
      const [list, more] = siblings.slice(siblings.indexOf(heading) + 1);
      const ids = kp.filter((c) => c.topics.includes(topic)).map((c) => c.id);
      expect(new Set(all(list!, byTag('a')).map((a) => attr(a, 'href')))).toEqual(new Set(ids.map((id) => `/claims/${id}`)));
      expect(text(more!)).not.toContain('Showing');
      const link = one(more!, byTag('a'));
      expect(attr(link, 'href')).toBe(`/claims?country=KP&topic=${topic}`);
      expect(text(link)).toMatch(ids.length === 1 ? /^The 1 claim on / : new RegExp(`^All ${ids.length} claims on `));
    }
  });

  it('lists the claims the stance summarises, as its basis names them', async () => {
    const { doc } = await page('/countries/KP');
    const basis = (await request(server).get('/v1/countries/KP')).body.data.basis.stance.claimIds as string[];
    expect(basis.length).toBeGreaterThan(0);
    const summarised = one(doc, (el) => el.tagName === 'ul' && hasClass(el, 'summarised'));
    expect(all(summarised, byTag('a')).map((a) => attr(a, 'href'))).toEqual(basis.map((id) => `/claims/${id}`));
  });

  it('lists a country’s trade figures with their caveats next to the numbers', async () => {
    const { doc } = await page('/countries/IR');
    const rows = all(doc, byTag('tr')).map((r) => text(r));
    const eighteenMonths = rows.find((r) => r.includes('40 billion US dollars'));
    expect(eighteenMonths).toContain(figure('ir-ru-bilateral-trade-18-months').caveat);
  });

  it('answers an unknown country with 404: a page for a browser, problem+json for any other client', async () => {
    const html = await get('/countries/ZZ');
    expect(html.status).toBe(404);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(text(one(parseHtml(html.text), byTag('main')))).toContain('Country "ZZ" was not found.');
    const api = await request(server).get('/countries/ZZ');
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(api.body.detail).toBe('Country "ZZ" was not found.');
  });
});

describe('claim page', () => {
  it('shows the French quote highlighted inside its paragraph, and links to its passage in the source', async () => {
    const evidence = (await request(server).get(`/v1/claims/${KP}/evidence`)).body.data;
    const { doc } = await page(`/claims/${KP}`);
    expect(text(one(doc, byTag('h1')))).toBe(kpClaim.statement);
    const context = one(doc, (el) => el.tagName === 'blockquote' && hasClass(el, 'in-context'));
    expect(attr(context, 'lang')).toBe('fr');
    expect(text(context)).toBe(evidence.paragraph.text);
    const mark = one(context, byTag('mark'));
    expect(text(mark)).toBe(kpClaim.quote);
    const inSource = one(doc, (el) => el.tagName === 'a' && text(el) === 'in the source');
    expect(attr(inSource, 'href')).toBe(`/sources/${SOURCE_ID}?claim=${KP}#claim-${KP}`);
    const main = text(one(doc, byTag('main')));
    expect(main).toContain('Russian state media (unnamed)');
    expect(main).toContain('State media');
    expect(main).toContain(kpClaim.verificationNote);
    expect(main).toContain(kpClaim.dateNote);
    expect(main).toContain('The source gives no date.');
  });

  it('quotes the article’s own verification sentence when it has one', async () => {
    const claim = articleDataset.claims.find((c) => c.id === 'by-troops-in-action-opposition-media')!;
    const { doc } = await page(`/claims/${claim.id}`);
    const quotes = all(doc, (el) => el.tagName === 'blockquote' && !hasClass(el, 'in-context'));
    expect(quotes.map((q) => text(q))).toEqual([claim.verificationQuote]);
    expect(langOf(quotes[0] as El)).toBe('fr');
    expect(text(one(doc, byTag('main')))).toContain('Unverified');
    const link = all(doc, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').endsWith(`#verification-${claim.id}`));
    expect(link).toHaveLength(1);
  });

  it('offers a citation with author, title, quote, permalink and retrieval date', async () => {
    const { doc } = await page(`/claims/${KP}`);
    const cite = text(one(doc, byId('citation')));
    expect(cite).toContain('Jessie Neal');
    expect(cite).toContain(articleDataset.sources[0]!.title);
    expect(cite).toContain(kpClaim.quote);
    expect(cite).toContain(`/claims/${KP}`);
    expect(cite).toContain('Retrieved November 23, 2026');
  });

  it('answers an unknown claim with 404', async () => {
    expect((await get('/claims/no-such-claim')).status).toBe(404);
  });
});

describe('source page', () => {
  it('shows the full text with every active claim’s and figure’s passage highlighted, linked and coloured', async () => {
    const { doc } = await page(`/sources/${SOURCE_ID}`);
    const paragraphs = all(doc, (el) => el.tagName === 'p' && hasClass(el, 'text'));
    expect(paragraphs.map((p) => text(p)).join('\n\n')).toBe(SOURCE_TEXT.replace(/\n+$/, ''));
    const active = articleDataset.claims.filter((c) => c.id !== 'kp-builders-to-repair-war-damage');
    for (const claim of active) {
      const anchor = one(doc, byId(`claim-${claim.id}`));
      // The run after the anchor starts the claim's passage and carries its verification's colour,
      // unless a narrower record's passage (a figure inside it) begins at the same point.
      const runs = anchor.parentNode!.childNodes.filter((n): n is El => 'tagName' in n && n.tagName !== 'span');
      const links = runs.filter((r) => attr(r, 'href') === `/claims/${claim.id}`);
      expect(links.length, claim.id).toBeGreaterThan(0);
      for (const link of links) expect(hasClass(link, `t-${claim.verification}`), claim.id).toBe(true);
    }
    for (const figure of articleDataset.tradeFigures) {
      expect(all(doc, byId(`figure-${figure.id}`)), figure.id).toHaveLength(1);
    }
  });

  it('puts each data-quality note beside the paragraph its passage starts in', async () => {
    const { doc } = await page(`/sources/${SOURCE_ID}`);
    for (const note of articleDataset.sourceNotes) {
      const box = one(doc, byId(`dq-note-${note.id}`));
      expect(text(box)).toContain(note.note);
      const paragraph = one(ancestor(box, 2), (el) => el.tagName === 'p' && hasClass(el, 'text'));
      expect(text(paragraph)).toContain([...note.quote.split('\n\n')][0]);
    }
  });

  it('with claim=, marks that claim’s passage and links back to the claim', async () => {
    const { doc } = await page(`/sources/${SOURCE_ID}?claim=${KP}`);
    const focused = all(doc, (el) => hasClass(el, 'focus'));
    expect(focused.map((el) => text(el)).join('')).toBe(kpClaim.quote);
    const note = one(doc, (el) => hasClass(el, 'focus-note'));
    expect(all(note, byTag('a')).map((a) => attr(a, 'href'))).toEqual([`#claim-${KP}`, `/claims/${KP}`]);
  });
});

describe('browsing claims', () => {
  const facetValues = (doc: ReturnType<typeof parseHtml>, name: string) =>
    Object.fromEntries(
      all(doc, (el) => el.tagName === 'input' && attr(el, 'name') === name).map((input) => {
        const label = one(doc, (el) => el.tagName === 'label' && attr(el, 'for') === attr(input, 'id'));
        return [attr(input, 'value'), { label: text(label), checked: attr(input, 'checked') !== undefined }];
      }),
    );

  it('filters like the API and counts each value beside it, for the other filters as they stand', async () => {
    const { doc } = await page('/claims?verification=unverified');
    expect(text(one(doc, (el) => hasClass(el, 'total')))).toBe('1 claim matches.');
    const rows = all(one(doc, byTag('tbody')), byTag('tr'));
    expect(rows.map((r) => text(r))).toEqual([expect.stringContaining('Opposition media claimed that Belarusian troops')]);
    // Verification is counted without its own filter, so the other labels show what adding them gives.
    const verification = facetValues(doc, 'verification');
    const count = (v: string) => articleDataset.claims.filter((c) => c.verification === v).length;
    expect(verification).toEqual({
      reported: { label: `Reported (${count('reported')})`, checked: false },
      asserted: { label: `Asserted (${count('asserted')})`, checked: false },
      unverified: { label: 'Unverified (1)', checked: true },
    });
    expect(facetValues(doc, 'country')).toEqual({ BY: { label: 'Belarus (1)', checked: false } });
  });

  it('works as a form without JavaScript: empty fields are ignored and ticked boxes combine', async () => {
    const { doc } = await page('/claims?q=&country=&claimant=&verification=unverified&verification=reported');
    const matching = articleDataset.claims.filter((c) => ['unverified', 'reported'].includes(c.verification)).length;
    expect(text(one(doc, (el) => hasClass(el, 'total')))).toBe(`${matching} claims match.`);
  });

  it('searches with the API’s q', async () => {
    const { doc } = await page('/claims?q=soldats');
    const rows = all(one(doc, byTag('tbody')), byTag('tr'));
    expect(rows.map((r) => attr(all(r, byTag('a'))[0]!, 'href'))).toEqual([`/claims/${KP}`]);
  });

  it('pages with the API’s cursors', async () => {
    const first = await page('/claims?limit=5');
    const next = one(first.doc, (el) => el.tagName === 'a' && attr(el, 'rel') === 'next');
    const href = attr(next, 'href')!;
    expect(href).toMatch(/^\/claims\?limit=5&cursor=/);
    const second = await page(href);
    const ids = (doc: ReturnType<typeof parseHtml>) =>
      all(one(doc, byTag('tbody')), byTag('tr')).map((r) => attr(all(r, byTag('a'))[0]!, 'href'));
    const api = await request(server).get('/v1/claims?limit=10');
    expect([...ids(first.doc), ...ids(second.doc)]).toEqual(api.body.data.map((c: { id: string }) => `/claims/${c.id}`));
    expect(all(second.doc, (el) => el.tagName === 'a' && text(el) === 'First page').map((a) => attr(a, 'href'))).toEqual([
      '/claims?limit=5',
    ]);
    expect(all(first.doc, (el) => el.tagName === 'a' && attr(el, 'rel') === 'prev')).toEqual([]);
    const prev = one(second.doc, (el) => el.tagName === 'a' && attr(el, 'rel') === 'prev');
    expect(text(prev)).toBe('Previous page');
    expect(ids((await page(attr(prev, 'href')!)).doc)).toEqual(ids(first.doc));
  });

  it('links to this list as JSON, CSV and NDJSON and gives the equivalent curl line', async () => {
    const { doc } = await page('/claims?verification=unverified');
    const links = Object.fromEntries(
      all(doc, (el) => el.tagName === 'a' && ['JSON', 'CSV', 'NDJSON'].includes(text(el))).map((a) => [text(a), attr(a, 'href')]),
    );
    expect(links).toEqual({
      JSON: '/v1/claims?verification=unverified',
      CSV: '/v1/claims?verification=unverified&format=csv',
      NDJSON: '/v1/claims?verification=unverified&format=ndjson',
    });
    const csv = await request(server).get(links.CSV!);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.trim().split('\r\n')).toHaveLength(2);
    expect(text(one(doc, (el) => el.tagName === 'pre' && hasClass(el, 'curl')))).toBe(
      "curl -o claims.csv '/v1/claims?verification=unverified&format=csv'",
    );
  });

  it('answers a bad filter with 400 naming it', async () => {
    const res = await request(server).get('/claims?verification=maybe');
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toEqual(['verification']);
    const html = await get('/claims?verification=maybe');
    expect(html.status).toBe(400);
    expect(text(one(parseHtml(html.text), byTag('main')))).toContain('verification');
  });
});

describe('searching claims', () => {
  it('marks the matched words of each hit in a passage, the best match first', async () => {
    const { doc } = await page('/claims?q=100000');
    const marks = all(doc, byTag('mark'));
    expect(marks.length).toBeGreaterThan(0);
    expect(text(marks[0]!)).toBe('100,000');
    // The passage is the hit's statement (English), in the row of the claim it comes from.
    expect(langOf(marks[0]!)).toBe('en');
    let row: El = marks[0]!;
    while (row.tagName !== 'tr') row = row.parentNode as El;
    expect(text(row)).toContain(kpClaim.statement);
  });

  it('finds Lukashenko’s claims by the French spelling of his name, as the API does', async () => {
    const byLukashenko = articleDataset.claims.filter((c) => c.claimant.leaderId === 'alexander-lukashenko').map((c) => c.id);
    expect(byLukashenko.length).toBeGreaterThan(0);
    const api = await request(server).get('/v1/claims?q=Loukachenko&limit=100').expect(200);
    const { doc } = await page('/claims?q=Loukachenko');
    const rows = all(one(doc, byTag('tbody')), byTag('tr')).map((r) => attr(all(r, byTag('a'))[0]!, 'href'));
    for (const id of byLukashenko) expect(rows).toContain(`/claims/${id}`);
    expect(rows).toEqual((api.body.data as { id: string }[]).slice(0, 20).map((c) => `/claims/${c.id}`));
    const total = api.body.meta.total as number;
    expect(text(one(doc, (el) => hasClass(el, 'total')))).toBe(total === 1 ? '1 claim matches.' : `${total} claims match.`);
  });

  it('shows a claim found by its country’s French name first when its own quote names the country', async () => {
    const { doc } = await page(`/claims?q=${encodeURIComponent('Corée du Nord')}`);
    const marks = all(doc, byTag('mark')).map(text);
    expect(marks).toEqual(expect.arrayContaining(['Corée', 'du', 'Nord']));
    expect(langOf(all(doc, byTag('mark'))[0]!)).toBe('fr');
  });
});

describe('trade figures page', () => {
  it('draws dollar amounts and percentage changes on separate charts with their own scales, and not the ratio', async () => {
    const { doc } = await page('/trade-figures');
    const charts = all(doc, byTag('svg'));
    expect(charts).toHaveLength(2);
    const [percent, dollars] = charts.map((svg) => ({
      ticks: all(svg, (el) => el.tagName === 'text' && hasClass(el, 'tick')).map((t) => text(t)),
      values: all(svg, (el) => el.tagName === 'text' && hasClass(el, 'value')).map((t) => text(t)),
    }));
    expect(percent!.ticks).toEqual(['0%', '20%', '40%', '60%']);
    expect(percent!.values).toEqual(['+55% [1]', 'about +12% [2]']);
    expect(dollars!.ticks).toEqual(['0', '10B', '20B', '30B', '40B']);
    expect(dollars!.values).toEqual(['40 billion US dollars [3]', '4 billion US dollars [4]']);
    expect(text(doc)).toContain('Ratios are not drawn');
  });

  it('says when the bars of a chart cover different periods, names each bar’s period and spells out its caveat', async () => {
    const { doc } = await page('/trade-figures');
    const [percent, dollars] = all(doc, (el) => el.tagName === 'figure');
    expect(text(percent!)).not.toContain('different periods');
    expect(text(one(dollars!, (el) => hasClass(el, 'warning')))).toBe('Not like for like: these bars cover different periods.');
    expect(text(one(dollars!, byTag('svg')))).toContain('Different periods: not like for like');
    const labels = all(dollars!, (el) => el.tagName === 'text' && hasClass(el, 'label') && attr(el, 'lang') === 'fr').map((l) =>
      text(l),
    );
    expect(labels.join(' ')).toContain('au cours des 18 derniers mois');
    expect(labels).toContain('de 2021');
    const caveats = all(one(dollars!, byTag('ol')), byTag('li')).map((li) => text(li));
    expect(caveats).toEqual([figure('ir-ru-bilateral-trade-18-months').caveat, figure('ir-ru-bilateral-trade-2021').caveat]);
  });

  it('gives every figure in a table with its period, who stated it, its quote and its caveat', async () => {
    const { doc } = await page('/trade-figures');
    const rows = all(one(doc, byTag('tbody')), byTag('tr'));
    expect(rows.map((r) => attr(r, 'id'))).toEqual(articleDataset.tradeFigures.map((f) => `figure-${f.id}`).sort());
    const ratio = text(one(doc, byId('figure-ir-ru-bilateral-trade-ratio')));
    expect(ratio).toContain('10 times');
    expect(ratio).toContain('Javad Owji');
  });
});

describe('languages', () => {
  it('follows Accept-Language, says so in Vary and Content-Language, and keeps the data as recorded', async () => {
    const { res, doc } = await page(`/claims/${KP}`, { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' });
    expect(res.headers['content-language']).toBe('fr');
    expect(res.headers.vary).toMatch(/Accept-Language/);
    expect(attr(one(doc, byTag('html')), 'lang')).toBe('fr');
    expect(text(doc)).toContain('Les mots de la source');
    expect(text(doc)).toContain('Rapportée');
    // The statement is recorded in English and says so; the quote is French.
    const h1 = one(doc, byTag('h1'));
    expect(text(h1)).toBe(kpClaim.statement);
    expect(attr(h1, 'lang')).toBe('en');
    expect(langOf(one(doc, byTag('mark')))).toBe('fr');
  });

  it('takes ?lang= over Accept-Language and keeps it in every internal link and form', async () => {
    const { res, doc } = await page('/?lang=fr', { 'accept-language': 'en' });
    expect(res.headers['content-language']).toBe('fr');
    expect(res.headers.vary ?? '').not.toMatch(/Accept-Language/);
    const internal = all(doc, (el) => el.tagName === 'a' && attr(el, 'hreflang') === undefined)
      .map((a) => attr(a, 'href')!)
      .filter((href) => /^\/(claims|countries|sources|trade-figures|\?|$)/.test(href) && !href.startsWith('/v1'));
    expect(internal.length).toBeGreaterThan(8);
    for (const href of internal) expect(href, href).toMatch(/[?&]lang=fr(&|#|$)/);
    const form = one(doc, (el) => el.tagName === 'form');
    expect(all(form, (el) => el.tagName === 'input' && attr(el, 'name') === 'lang').map((i) => attr(i, 'value'))).toEqual(['fr']);
  });

  it('offers a visible switch to the same page in the other language', async () => {
    const { doc } = await page('/claims?verification=unverified');
    const link = one(doc, (el) => el.tagName === 'a' && attr(el, 'hreflang') === 'fr');
    expect(text(link)).toBe('Français');
    expect(attr(link, 'href')).toBe('/claims?verification=unverified&lang=fr');
    const french = await page(attr(link, 'href')!);
    const back = one(french.doc, (el) => el.tagName === 'a' && attr(el, 'hreflang') === 'en');
    expect(attr(back, 'href')).toBe('/claims?verification=unverified&lang=en');
  });
});

describe('pages over HTTP', () => {
  it('allow only this origin’s script and style, and have no inline script, style or event handler', async () => {
    for (const url of PAGE_URLS) {
      const { res, doc } = await page(url);
      const csp = res.headers['content-security-policy'] as string;
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("style-src 'self'");
      expect(csp, url).toContain("default-src 'none'");
      expect(csp, url).not.toContain('unsafe-inline');
      for (const script of all(doc, byTag('script'))) {
        // A JSON-LD data block is never run (nor subject to script-src); every other script is a file of ours.
        if (attr(script, 'type') === 'application/ld+json') {
          expect(attr(script, 'src'), url).toBeUndefined();
          expect(() => JSON.parse(text(script)), url).not.toThrow();
          continue;
        }
        expect(attr(script, 'src'), url).toMatch(/^\/assets\//);
        expect(text(script), url).toBe('');
      }
      expect(all(doc, byTag('style')), url).toEqual([]);
      for (const el of all(doc, () => true)) {
        for (const a of el.attrs) {
          expect(a.name, url).not.toMatch(/^on|^style$/);
          if (['src', 'href', 'action'].includes(a.name)) expect(a.value, `${url} ${a.name}`).toMatch(/^(\/|#)/);
        }
      }
    }
  });

  it('have validators: a strong ETag, and 304 when it still matches', async () => {
    for (const url of PAGE_URLS) {
      const first = await get(url);
      const etag = first.headers.etag as string;
      expect(etag, url).toMatch(/^"/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.status, url).toBe(304);
    }
  });

  it('go through the response cache, one copy per language', async () => {
    const url = '/countries/CN';
    const hitsBefore = t.app.responseCache.stats().hits;
    const english = [await get(url), await get(url), await get(url)];
    const french = [
      await get(url, { 'accept-language': 'fr' }),
      await get(url, { 'accept-language': 'fr' }),
      await get(url, { 'accept-language': 'fr' }),
    ];
    expect(t.app.responseCache.stats().hits - hitsBefore).toBe(2);
    expect(new Set(english.map((r) => r.text)).size).toBe(1);
    expect(new Set(french.map((r) => r.text)).size).toBe(1);
    expect(french[2]!.headers['content-language']).toBe('fr');
    expect(english[2]!.headers['content-language']).toBe('en');
    expect(french[2]!.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('stay under 60 KB of HTML and CSS', async () => {
    const css = await request(server).get('/assets/explorer.css');
    for (const url of PAGE_URLS) {
      for (const lang of ['en', 'fr']) {
        const res = await get(url, { 'accept-language': lang });
        expect(Buffer.byteLength(res.text) + Buffer.byteLength(css.text), `${url} ${lang}`).toBeLessThan(60 * 1024);
      }
    }
  });

  it('load their stylesheet, script and icon from this origin, kept for a year when versioned', async () => {
    const { doc } = await page('/');
    const urls = [
      ...all(doc, byTag('link')).map((l) => attr(l, 'href')!),
      ...all(doc, byTag('script'))
        .filter((s) => attr(s, 'type') !== 'application/ld+json')
        .map((s) => attr(s, 'src')!),
    ];
    expect(urls).toHaveLength(3);
    for (const url of urls) {
      const res = await request(server).get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
    }
    const unversioned = await request(server).get('/assets/explorer.css');
    expect(unversioned.headers['cache-control']).toBe('public, no-cache');
    expect(unversioned.headers['content-type']).toBe('text/css; charset=utf-8');
  });
});

// Last: a retraction changes the counts the tests above expect.
describe('a retracted claim’s page', () => {
  it('says a retracted claim was retracted and why, and shows the retraction in its history', async () => {
    const id = 'kp-builders-to-repair-war-damage';
    const url = `/v1/claims/${id}`;
    const reason = 'Second-hand report; removed pending a named source';
    const res = await write(
      server,
      'delete',
      url,
      { reason },
      { authorization: bearer(), 'if-match': await etagOf(server, url) },
    );
    expect(res.status).toBe(200);
    const { doc } = await page(`/claims/${id}`);
    const banner = text(one(doc, (el) => hasClass(el, 'retracted')));
    expect(banner).toContain('This claim was retracted.');
    expect(banner).toContain(reason);
    const history = all(
      one(doc, (el) => attr(el, 'role') === 'region' && attr(el, 'aria-labelledby') === 'history'),
      byTag('tr'),
    );
    expect(history.map((r) => text(r))).toEqual([
      expect.stringContaining('Version'),
      expect.stringContaining('Created'),
      expect.stringMatching(/Retracted.*alice.*Second-hand report/s),
    ]);
  });
});

describe('after a write', () => {
  it('shows the change on the next page, though the pages remember shared records between writes', async () => {
    const before = await page(`/claims/${KP}`);
    expect(text(one(before.doc, byId('citation')))).toContain(articleDataset.sources[0]!.title);
    const url = `/v1/sources/${SOURCE_ID}`;
    const title = 'Les alliés de Poutine (corrected title)';
    const res = await write(
      server,
      'patch',
      url,
      { title, reason: 'Title corrected' },
      { authorization: bearer(), 'if-match': await etagOf(server, url) },
    );
    expect(res.status).toBe(200);
    const after = await page(`/claims/${KP}`);
    expect(text(one(after.doc, byId('citation')))).toContain(title);
    expect(text(one((await page(`/sources/${SOURCE_ID}`)).doc, byTag('h1')))).toBe(title);
  });
});
