import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { articleDataset } from '../../seed/data/article.js';
import { CLAIMS_PER_TOPIC, FIGURES_SHOWN, PEOPLE_SHOWN } from '../../src/routes/pages/countries.js';
import { PASSAGES_SHOWN } from '../../src/routes/pages/sources.js';
import { REVISIONS_SHOWN } from '../../src/routes/pages/claims.js';
import { API_KEYS, bearer, claimBody, figureBody, SOURCE_ID, write } from '../helpers/writes.js';
import { all, attr, byId, byTag, hasClass, one, parseHtml, text, type El } from '../helpers/html.js';

/**
 * The pages stay bounded however many records there are: a country page shows a few claims per
 * topic with the topic's total and a link to the rest, a source page highlights a bounded number
 * of passages. The records are added through the write API to this file's own database.
 */

type Doc = ReturnType<typeof parseHtml>;

let t: TestApp;
let server: Server;

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

async function page(url: string) {
  const res = await request(server).get(url).set({ accept: BROWSER_ACCEPT });
  expect(res.status, url).toBe(200);
  return parseHtml(res.text);
}

async function created(url: string, body: Record<string, unknown>): Promise<string> {
  const res = await write(server, 'post', url, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.id as string;
}

const seeded = (country: string, topic: string) =>
  articleDataset.claims.filter((c) => c.countryCode === country && c.topics.includes(topic as never)).map((c) => c.id);
const seededFigures = (reporter: string) => articleDataset.tradeFigures.filter((f) => f.reporterCode === reporter);

/** Ids in the order the claim list sorts them within a country. */
const byId_ = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const pad = (i: number) => String(i).padStart(3, '0');
const troops: string[] = [];
const troopsAndMilitary: string[] = [];
const sourceClaims: string[] = [];
const leaders: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ API_KEYS });
  server = t.app.server;
  for (let i = 0; i < 12; i += 1) {
    troops.push(
      await created(
        '/v1/claims',
        claimBody({ countryCode: 'KP', topic: 'troops', statement: `Troops statement number ${pad(i)}.` }),
      ),
    );
  }
  for (let i = 0; i < 3; i += 1) {
    troopsAndMilitary.push(
      await created(
        '/v1/claims',
        claimBody({
          countryCode: 'KP',
          topic: 'military',
          topics: ['military', 'troops'],
          statement: `Arms and troops statement ${pad(i)}.`,
        }),
      ),
    );
  }
  // Enough claims on the one source to pass what its page highlights (Belarus sorts first).
  const more = PASSAGES_SHOWN + 5 - articleDataset.claims.length - troops.length - troopsAndMilitary.length;
  for (let i = 0; i < more; i += 1) {
    sourceClaims.push(
      await created('/v1/claims', claimBody({ countryCode: 'BY', topic: 'other', statement: `Belarus statement ${pad(i)}.` })),
    );
  }
  for (let i = 0; i <= FIGURES_SHOWN; i += 1) {
    await created(
      '/v1/trade-figures',
      figureBody({ reporterCode: 'KP', value: 1_000_000 + i, statedBy: { name: 'Someone', type: 'other', leaderId: null } }),
    );
  }
  for (let i = 0; i <= PEOPLE_SHOWN; i += 1) {
    leaders.push(
      await created('/v1/leaders', {
        name: `Person ${pad(i)}`,
        nameSource: 'Kim Jong',
        role: 'official',
        title: 'Official',
        kind: 'cited_person',
        countryCode: 'KP',
        inOffice: 'Unknown',
        sourceId: SOURCE_ID,
        quote: 'Kim Jong',
        basis: { country: { kind: 'reference', reference: 'curator_knowledge', note: 'A test person.' } },
      }),
    );
  }
}, 300_000);
afterAll(async () => t?.close());

/** The claim links of one topic's list, and the paragraph after it. */
function topicGroup(doc: Doc, topic: string) {
  const heading = one(doc, byId(`topic-${topic}`));
  const siblings = heading.parentNode!.childNodes.filter((n): n is El => 'tagName' in n);
  const at = siblings.indexOf(heading);
  const list = siblings[at + 1]!;
  const more = siblings[at + 2]!;
  expect(list.tagName).toBe('ul');
  expect(hasClass(more, 'more')).toBe(true);
  const links = all(list, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
  return { links, more };
}

describe('a country page with many claims', () => {
  it(`shows at most ${CLAIMS_PER_TOPIC} claims a topic, the first by id, with the topic’s total and a link to all of them`, async () => {
    const doc = await page('/countries/KP');
    const expectedTroops = byId_([...seeded('KP', 'troops'), ...troops, ...troopsAndMilitary]);
    const expectedMilitary = byId_([...seeded('KP', 'military'), ...troopsAndMilitary]);
    expect(expectedTroops.length).toBeGreaterThan(CLAIMS_PER_TOPIC);

    const group = topicGroup(doc, 'troops');
    expect(group.links).toEqual(expectedTroops.slice(0, CLAIMS_PER_TOPIC).map((id) => `/claims/${id}`));
    expect(text(group.more)).toContain(`Showing ${CLAIMS_PER_TOPIC} of ${expectedTroops.length}.`);
    const link = one(group.more, byTag('a'));
    expect(attr(link, 'href')).toBe('/claims?country=KP&topic=troops');
    expect(text(link)).toBe(`All ${expectedTroops.length} claims on “Troops”, in the claims list`);

    // A topic with no more claims than the bound lists them all, its total without "Showing".
    const military = topicGroup(doc, 'military');
    expect(expectedMilitary.length).toBeLessThanOrEqual(CLAIMS_PER_TOPIC);
    expect(military.links).toEqual(expectedMilitary.map((id) => `/claims/${id}`));
    expect(text(military.more)).not.toContain('Showing');
    expect(attr(one(military.more, byTag('a')), 'href')).toBe('/claims?country=KP&topic=military');
    expect(text(military.more)).toContain(`All ${expectedMilitary.length} claims on “Military”`);

    // Every topic is bounded.
    const topics = all(doc, (el) => el.tagName === 'h3' && (attr(el, 'id') ?? '').startsWith('topic-'));
    for (const h of topics)
      expect(topicGroup(doc, attr(h, 'id')!.slice('topic-'.length)).links.length).toBeLessThanOrEqual(CLAIMS_PER_TOPIC);
  });

  it('links each topic to the claims page filtered by country and topic, which has every one of them and pages on', async () => {
    const doc = await page('/countries/KP');
    const href = attr(one(topicGroup(doc, 'troops').more, byTag('a')), 'href')!;
    const browse = await page(href);
    const expected = byId_([...seeded('KP', 'troops'), ...troops, ...troopsAndMilitary]);
    expect(text(one(browse, (el) => hasClass(el, 'total')))).toBe(`${expected.length} claims match.`);
    const rows = all(one(browse, byTag('tbody')), byTag('tr')).map((r) => attr(all(r, byTag('a'))[0]!, 'href'));
    expect(rows).toEqual(expected.slice(0, 20).map((id) => `/claims/${id}`));
  });

  it(`lists at most ${PEOPLE_SHOWN} of the country’s people and ${FIGURES_SHOWN} of its trade figures, saying how many there are`, async () => {
    const doc = await page('/countries/KP');
    const seededLeaders = articleDataset.leaders.filter((l) => l.countryCode === 'KP').length;
    const people = one(doc, (el) => el.tagName === 'ul' && hasClass(el, 'people'));
    const names = all(people, byTag('strong')).map((s) => text(s));
    // The country's own first PEOPLE_SHOWN by id, then the people its claims cite (Korotchenko).
    expect(names.filter((n) => n.startsWith('Person '))).toHaveLength(PEOPLE_SHOWN - seededLeaders);
    expect(names).toContain('Igor Korotchenko');
    const peopleNote = one(
      one(doc, (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'people'),
      (el) => hasClass(el, 'more'),
    );
    expect(text(peopleNote)).toContain(`Showing ${PEOPLE_SHOWN} of ${seededLeaders + leaders.length}.`);
    expect(attr(one(peopleNote, byTag('a')), 'href')).toBe('/v1/countries/KP/leaders');

    const figures = all(one(doc, byTag('tbody')), byTag('tr'));
    expect(figures).toHaveLength(FIGURES_SHOWN);
    const figuresNote = one(
      doc,
      (el) => hasClass(el, 'more') && all(el, byTag('a')).some((a) => attr(a, 'href') === '/trade-figures?reporter=KP'),
    );
    expect(text(figuresNote)).toContain(`Showing ${FIGURES_SHOWN} of ${seededFigures('KP').length + FIGURES_SHOWN + 1}.`);
  });
});

describe('a trade figures page with many figures', () => {
  const figureCount = () => articleDataset.tradeFigures.length + FIGURES_SHOWN + 1;
  const rowIds = (doc: Doc) => all(one(doc, byTag('tbody')), byTag('tr')).map((r) => attr(r, 'id')!.slice('figure-'.length));
  const counts = (doc: Doc) => all(doc, (el) => el.tagName === 'p' && hasClass(el, 'total')).map((p) => text(p));
  const link = (doc: Doc, rel: string) => {
    const found = all(doc, (el) => el.tagName === 'a' && attr(el, 'rel') === rel);
    return found.length === 0 ? null : attr(found[0]!, 'href')!;
  };

  it('shows one page of figures, says how many of how many near the charts and the table, and pages with the API’s cursors', async () => {
    const api = await request(server).get('/v1/trade-figures?limit=100').expect(200);
    const everyId = (api.body.data as { id: string }[]).map((f) => f.id);
    expect(everyId).toHaveLength(figureCount());

    let doc = await page('/trade-figures');
    expect(rowIds(doc)).toEqual(everyId.slice(0, 20));
    const [charts, table] = all(doc, byTag('section'));
    expect(text(one(charts!, (el) => hasClass(el, 'total')))).toBe(`20 of ${figureCount()} figures`);
    expect(text(one(table!, (el) => hasClass(el, 'total')))).toBe(`20 of ${figureCount()} figures`);
    expect(link(doc, 'prev')).toBeNull();
    // The charts draw the page's figures only.
    expect(all(doc, (el) => el.tagName === 'rect' && hasClass(el, 'bar')).length).toBeLessThanOrEqual(20);

    // Walking the next links gives every figure once, in the API's order.
    const seen = [...rowIds(doc)];
    for (let next = link(doc, 'next'); next !== null; next = link(doc, 'next')) {
      expect(next).toMatch(/^\/trade-figures\?cursor=/);
      doc = await page(next);
      seen.push(...rowIds(doc));
    }
    expect(seen).toEqual(everyId);
    expect(counts(doc)[0]).toBe(`${figureCount() % 20} of ${figureCount()} figures`);
    const back = await page(link(doc, 'prev')!);
    expect(rowIds(back)).toEqual(everyId.slice(Math.floor(figureCount() / 20) * 20 - 20, Math.floor(figureCount() / 20) * 20));
  });

  it('keeps the filters, the page size and the language in its page links', async () => {
    const kp = FIGURES_SHOWN + 1 + seededFigures('KP').length;
    const doc = await page('/trade-figures?reporter=KP&limit=10&lang=fr');
    expect(counts(doc)).toEqual([`10 chiffres sur ${kp}`, `10 chiffres sur ${kp}`]);
    const next = link(doc, 'next')!;
    const params = new URL(next, 'http://host').searchParams;
    expect(params.get('reporter')).toBe('KP');
    expect(params.get('limit')).toBe('10');
    expect(params.get('lang')).toBe('fr');
    const second = await page(next);
    expect(rowIds(second)).toHaveLength(10);
    expect(rowIds(second).every((id) => !rowIds(doc).includes(id))).toBe(true);
    const first = all(second, (el) => el.tagName === 'a' && text(el) === 'Première page').map((a) => attr(a, 'href'));
    expect(first).toEqual(['/trade-figures?reporter=KP&limit=10&lang=fr']);
    const prev = new URL(link(second, 'prev')!, 'http://host').searchParams;
    expect([prev.get('reporter'), prev.get('limit'), prev.get('lang')]).toEqual(['KP', '10', 'fr']);
    expect(rowIds(await page(link(second, 'prev')!))).toEqual(rowIds(doc));
  });
});

describe('a source page with many claims', () => {
  const total = () => articleDataset.claims.length + troops.length + troopsAndMilitary.length + sourceClaims.length;
  const claimAnchors = (doc: Doc) => all(doc, (el) => el.tagName === 'span' && /^claim-/.test(attr(el, 'id') ?? ''));

  it(`highlights the passages of ${PASSAGES_SHOWN} claims, says so and links to all of them`, async () => {
    const doc = await page(`/sources/${SOURCE_ID}`);
    expect(total()).toBeGreaterThan(PASSAGES_SHOWN);
    expect(claimAnchors(doc)).toHaveLength(PASSAGES_SHOWN);
    const note = one(
      doc,
      (el) => el.tagName === 'p' && all(el, byTag('a')).some((a) => attr(a, 'href') === `/claims?source=${SOURCE_ID}`),
    );
    const figures = articleDataset.tradeFigures.length + FIGURES_SHOWN + 1;
    expect(text(note)).toContain(
      `Only the passages of the first ${PASSAGES_SHOWN} of its ${total()} claims and of all ${figures} of its trade figures are highlighted.`,
    );
    expect(all(note, byTag('a')).map((a) => [attr(a, 'href'), text(a)])).toEqual([
      [`/claims?source=${SOURCE_ID}`, `All ${total()} of its claims`],
      [`/trade-figures?source=${SOURCE_ID}`, `All ${figures} of its trade figures`],
    ]);
    const browse = await page(`/claims?source=${SOURCE_ID}`);
    expect(text(one(browse, (el) => hasClass(el, 'total')))).toBe(`${total()} claims match.`);
    const trade = await page(`/trade-figures?source=${SOURCE_ID}`);
    expect(all(trade, (el) => hasClass(el, 'total')).map((p) => text(p))).toEqual([
      `20 of ${figures} figures`,
      `20 of ${figures} figures`,
    ]);

    const french = one(
      await page(`/sources/${SOURCE_ID}?lang=fr`),
      (el) => el.tagName === 'p' && all(el, byTag('a')).some((a) => attr(a, 'href') === `/claims?source=${SOURCE_ID}&lang=fr`),
    );
    expect(text(french)).toContain(
      `Seuls sont surlignés les passages des ${PASSAGES_SHOWN} premières de ses ${total()} affirmations et de ses ${figures} chiffres du commerce.`,
    );
    expect(all(french, byTag('a')).map((a) => attr(a, 'href'))).toEqual([
      `/claims?source=${SOURCE_ID}&lang=fr`,
      `/trade-figures?source=${SOURCE_ID}&lang=fr`,
    ]);
  });

  it('still marks the claim it was opened for when that claim is past the ones highlighted', async () => {
    // The claim list sorts by country, then id: a Russian claim is after every added Belarusian one.
    const last = articleDataset.claims
      .filter((c) => c.countryCode === 'RU')
      .map((c) => c.id)
      .sort()
      .at(-1)!;
    const plain = await page(`/sources/${SOURCE_ID}`);
    expect(all(plain, byId(`claim-${last}`))).toHaveLength(0);
    const doc = await page(`/sources/${SOURCE_ID}?claim=${last}`);
    expect(all(doc, byId(`claim-${last}`))).toHaveLength(1);
    expect(claimAnchors(doc)).toHaveLength(PASSAGES_SHOWN + 1);
    const note = one(doc, (el) => hasClass(el, 'focus-note'));
    expect(all(note, byTag('a')).map((a) => attr(a, 'href'))).toEqual([`#claim-${last}`, `/claims/${last}`]);
  });
});

describe('a source page with more figures than a trade figures page shows', () => {
  const figureLinks = (doc: Doc) =>
    all(doc, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('/trade-figures?'))
      .map((a) => attr(a, 'href')!)
      .filter((href) => href.includes('#figure-'));

  it('links each figure’s passage to a trade figures page that has that figure', async () => {
    const api = await request(server).get(`/v1/trade-figures?source=${SOURCE_ID}&limit=100`).expect(200);
    expect(api.body.meta.total).toBeGreaterThan(20);
    for (const lang of ['en', 'fr']) {
      // A passage over several runs of text links from each of them, with the same address.
      const links = [...new Set(figureLinks(await page(`/sources/${SOURCE_ID}?lang=${lang}`)))];
      expect(links.map((href) => href.split('#')[1]).sort()).toEqual(
        (api.body.data as { id: string }[]).map((f) => `figure-${f.id}`).sort(),
      );
      for (const href of links) {
        const [path, anchor] = href.split('#');
        const params = new URL(path!, 'http://host').searchParams;
        expect(params.get('source')).toBe(SOURCE_ID);
        expect(params.get('lang')).toBe(lang);
        const target = await page(path!);
        expect(all(target, byId(anchor!)), href).toHaveLength(1);
      }
    }
  });

  it('links back from the figure it was opened for to a trade figures page that has it', async () => {
    const api = await request(server).get(`/v1/trade-figures?source=${SOURCE_ID}&limit=100`).expect(200);
    const last = (api.body.data as { id: string }[]).at(-1)!.id;
    const note = one(await page(`/sources/${SOURCE_ID}?figure=${last}`), (el) => hasClass(el, 'focus-note'));
    const back = all(note, byTag('a')).map((a) => attr(a, 'href')!)[1]!;
    const [path, anchor] = back.split('#');
    expect(anchor).toBe(`figure-${last}`);
    expect(all(await page(path!), byId(anchor!))).toHaveLength(1);
  });
});

// Last in the file: the claim it adds would change the source page's totals above.
describe('a claim page with a long history', () => {
  const historyOf = (doc: Doc) => one(doc, (el) => el.tagName === 'section' && all(el, byId('history')).length === 1);

  it(`shows the latest ${REVISIONS_SHOWN} revisions, says how many there are and links to all of them`, async () => {
    const first = await write(server, 'post', '/v1/claims', claimBody({ statement: 'Corrected statement 000.' }));
    expect(first.status).toBe(201);
    const id = first.body.data.id as string;
    let etag = first.headers.etag as string;
    const total = REVISIONS_SHOWN + 5;
    for (let i = 1; i < total; i += 1) {
      const res = await write(
        server,
        'patch',
        `/v1/claims/${id}`,
        { statement: `Corrected statement ${pad(i)}.`, reason: `Correction ${pad(i)}` },
        { authorization: bearer(), 'if-match': etag },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      etag = res.headers.etag as string;
    }

    const history = historyOf(await page(`/claims/${id}`));
    const versions = all(one(history, byTag('tbody')), byTag('tr')).map((r) => text(all(r, byTag('td'))[0]!));
    expect(versions).toEqual(Array.from({ length: REVISIONS_SHOWN }, (_, i) => String(total - REVISIONS_SHOWN + 1 + i)));
    const note = one(history, (el) => hasClass(el, 'more'));
    expect(text(note)).toContain(`Latest ${REVISIONS_SHOWN} of ${total} revisions.`);
    expect(attr(one(note, byTag('a')), 'href')).toBe(`/v1/claims/${id}/revisions`);
    const french = historyOf(await page(`/claims/${id}?lang=fr`));
    expect(text(one(french, (el) => hasClass(el, 'more')))).toContain(
      `Les ${REVISIONS_SHOWN} dernières des ${total} modifications.`,
    );

    // A history within the bound is shown whole, without the note.
    const seededHistory = historyOf(await page(`/claims/${articleDataset.claims[0]!.id}`));
    expect(all(seededHistory, (el) => hasClass(el, 'more'))).toHaveLength(0);
  });
});

// After the others too: the claims it adds would change the totals above.
describe('a country page whose claims cite many people', () => {
  it(`lists at most ${PEOPLE_SHOWN} of the other people its claims cite, saying how many there are`, async () => {
    const cited: string[] = [];
    for (let i = 0; i <= PEOPLE_SHOWN; i += 1) {
      const name = `Cited person ${pad(i)}`;
      const leaderId = await created('/v1/leaders', {
        name,
        nameSource: 'Kim Jong',
        role: 'expert',
        title: 'Commentator',
        kind: 'cited_person',
        countryCode: 'RU',
        inOffice: 'Unknown',
        sourceId: SOURCE_ID,
        quote: 'Kim Jong',
        basis: { country: { kind: 'reference', reference: 'curator_knowledge', note: 'A test person.' } },
      });
      cited.push(leaderId);
      await created(
        '/v1/claims',
        claimBody({ countryCode: 'KP', statement: `Cited statement ${pad(i)}.`, claimant: { name, type: 'expert', leaderId } }),
      );
    }
    const doc = await page('/countries/KP');
    const people = one(doc, (el) => el.tagName === 'ul' && hasClass(el, 'people'));
    const names = all(people, byTag('strong')).map((s) => text(s));
    expect(names.filter((n) => n.startsWith('Cited person '))).toHaveLength(PEOPLE_SHOWN - 1);
    expect(names).toContain('Igor Korotchenko');
    const section = one(doc, (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'people');
    const notes = all(section, (el) => hasClass(el, 'more')).map((el) => text(el));
    // Korotchenko and the people added, none of them North Korea's own.
    expect(
      notes.some((n) => n.includes(`Showing ${PEOPLE_SHOWN} of the ${cited.length + 1} other people its claims cite.`)),
    ).toBe(true);
  });
});
