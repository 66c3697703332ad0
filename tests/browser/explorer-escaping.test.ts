import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { launchChromium, TEST_HOST, watch } from '../helpers/browser.js';
import { all, attr, byTag, parseHtml, text } from '../helpers/html.js';
import { API_KEYS, bearer, etagOf, write } from '../helpers/writes.js';

/**
 * Records created through the write API with markup, an attribute break-out, a javascript: URL
 * (stored directly: the API refuses it)
 * and a right-to-left override in every free-text field: every page must show them as text.
 * Each payload sets a global when it runs, so the browser can tell.
 */
const RLO = '\u202E';
const PDF = '\u202C';
// Short enough for the 200-character fields (names).
const hostile = (field: string) =>
  `${field} <script>__xss='${field}'</script>"onmouseover="__xss=1"'><img src=x onerror=__xss=1> javascript:__xss=1 ${RLO}exe`;

let t: TestApp;
let server: Server;
let browser: Browser;
let origin: string;
const urls: string[] = [];

async function created(res: request.Response): Promise<string> {
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.id ?? res.body.data.code;
}

beforeAll(async () => {
  t = await createTestApp({ API_KEYS });
  server = t.app.server;
  const quote = hostile('quote');
  const verificationQuote = hostile('verificationQuote');
  const figureQuote = hostile('figureQuote');
  const leaderQuote = hostile('leaderQuote');
  const sourceId = await created(
    await write(server, 'post', '/v1/sources', {
      kind: 'other',
      title: hostile('title'),
      author: hostile('author'),
      publisher: hostile('publisher'),
      language: 'en',
      url: null,
      publishedAt: null,
      dateNote: hostile('source.dateNote'),
      retrievedAt: '2026-11-23T00:00:00Z',
      textNote: hostile('textNote'),
      text: `${hostile('text')}\n\n${quote}\n\n${verificationQuote}\n\n${figureQuote}\n\n${leaderQuote}\n`,
    }),
  );
  // The write API refuses any URL but http and https; a database an earlier release or another
  // tool wrote may still hold one, and the pages must show it inert.
  await t.prisma.source.update({ where: { id: sourceId }, data: { url: "javascript:window.__xss='url'" } });
  await created(
    await write(server, 'post', '/v1/countries', {
      // Code, alpha-3 and name come from ISO 3166-1; the free-text fields are the source's name and the stance.
      code: 'KZ',
      nameSource: hostile('nameSource'),
      role: 'ally_of_russia',
      stance: hostile('stance'),
    }),
  );
  const leaderId = await created(
    await write(server, 'post', '/v1/leaders', {
      name: hostile('leader.name'),
      nameSource: hostile('leader.nameSource'),
      role: 'minister',
      title: hostile('leader.title'),
      kind: 'leader',
      countryCode: 'KZ',
      basis: { country: { kind: 'reference', reference: 'curator_knowledge', note: hostile('basis.note') } },
      affiliation: hostile('affiliation'),
      inOffice: hostile('inOffice'),
      sourceId,
      quote: leaderQuote,
    }),
  );
  const claim = (suffix: string) => ({
    countryCode: 'KZ',
    sourceId,
    claimant: { name: hostile(`claimant${suffix}`), type: 'government_official', leaderId },
    statement: hostile(`statement${suffix}`),
    quote,
    topic: 'military',
    verification: 'unverified',
    verificationNote: hostile(`verificationNote${suffix}`),
    verificationQuote,
    dateNote: hostile(`claim.dateNote${suffix}`),
  });
  const activeId = await created(await write(server, 'post', '/v1/claims', claim('')));
  const retractedId = await created(await write(server, 'post', '/v1/claims', claim(' (retracted)')));
  const active = `/v1/claims/${activeId}`;
  const patched = await write(
    server,
    'patch',
    active,
    { verificationNote: hostile('patched verificationNote'), reason: hostile('reason') },
    { authorization: bearer(), 'if-match': await etagOf(server, active) },
  );
  expect(patched.status).toBe(200);
  const retracted = `/v1/claims/${retractedId}`;
  const retraction = await write(
    server,
    'delete',
    retracted,
    { reason: hostile('retraction reason') },
    { authorization: bearer(), 'if-match': await etagOf(server, retracted) },
  );
  expect(retraction.status).toBe(200);
  await created(
    await write(server, 'post', '/v1/trade-figures', {
      reporterCode: 'KZ',
      partnerCode: 'RU',
      indicator: 'other',
      value: 1_000_000_000,
      unit: 'USD',
      kind: 'level',
      periodLabel: hostile('periodLabel'),
      statedBy: { name: hostile('statedBy'), type: 'government_official', leaderId },
      sourceId,
      quote: figureQuote,
      caveat: hostile('caveat'),
    }),
  );
  urls.push(
    '/',
    '/countries/KZ',
    `/claims/${activeId}`,
    `/claims/${retractedId}`,
    '/claims?country=KZ',
    '/claims?country=KZ&status=all',
    `/claims?q=${encodeURIComponent(hostile('q'))}`,
    `/sources/${sourceId}`,
    `/sources/${sourceId}?claim=${activeId}`,
    '/trade-figures',
    '/trade-figures?reporter=KZ',
    `/claims?verification=${encodeURIComponent(hostile('param'))}`,
  );
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://${TEST_HOST}:${(t.app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('hostile text in every free-text field renders inert on every page', () => {
  it('is text in the markup: no element, attribute or link comes out of it, in either language', async () => {
    for (const url of urls) {
      for (const lang of ['en', 'fr']) {
        const res = await request(server).get(url).set({ accept: 'text/html', 'accept-language': lang });
        const where = `${url} ${lang}`;
        expect(res.headers['content-type'], where).toBe('text/html; charset=utf-8');
        const doc = parseHtml(res.text);
        for (const script of all(doc, byTag('script'))) {
          // The home page's JSON-LD is data the browser never runs; it must still parse whole.
          if (attr(script, 'type') === 'application/ld+json' && attr(script, 'src') === undefined) {
            expect(() => JSON.parse(text(script)), where).not.toThrow();
          } else expect(attr(script, 'src'), where).toMatch(/^\/assets\/explorer\.js\?v=/);
        }
        expect(all(doc, byTag('img')), where).toEqual([]);
        for (const el of all(doc, () => true)) {
          for (const a of el.attrs) {
            expect(a.name, where).not.toMatch(/^on/);
            if (a.name === 'href' || a.name === 'src' || a.name === 'action')
              expect(a.value, where).not.toMatch(/^\s*javascript:/i);
          }
        }
        // The payloads are there, as text a reader can see.
        if (res.status === 200) expect(text(doc), where).toContain("<script>__xss='");
        // Every right-to-left override is closed before the markup around it resumes.
        for (const match of res.text.matchAll(new RegExp(RLO, 'g'))) {
          const rest = res.text.slice(match.index);
          const close = rest.indexOf(PDF);
          const boundary = rest.search(/[<"]/);
          expect(close, `${where} at ${match.index}`).toBeGreaterThan(0);
          expect(close, `${where} at ${match.index}`).toBeLessThan(boundary);
        }
      }
    }
  });

  it('runs nothing in a real browser, even when every element is hovered', async () => {
    for (const url of urls) {
      const page = await browser.newPage();
      const seen = watch(page, origin);
      try {
        await page.goto(`${origin}${url}`);
        await page.evaluate(
          `for (const el of document.querySelectorAll('body *')) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))`,
        );
        expect(await page.evaluate('window.__xss'), url).toBeUndefined();
        const handlers = await page.evaluate(
          `[...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))).length`,
        );
        expect(handlers, url).toBe(0);
        expect(seen.external, url).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('shows the source’s javascript: address as text, never as a link', async () => {
    const res = await request(server).get(urls[7]!);
    const doc = parseHtml(res.text);
    expect(text(doc)).toContain("javascript:window.__xss='url'");
    expect(all(doc, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').includes('__xss'))).toEqual([]);
  });
});
