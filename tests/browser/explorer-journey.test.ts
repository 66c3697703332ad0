import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDataset } from '../../seed/data/article.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { computedStyle, inViewport, launchChromium, screenshot, TEST_HOST, watch } from '../helpers/browser.js';

let t: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let origin: string;
let seen: ReturnType<typeof watch>;

const KP = articleDataset.claims.find((c) => c.id === 'kp-offered-100000-soldiers')!;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://${TEST_HOST}:${(t.app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  seen = watch(page, origin);
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/**
 * One journalist, one sitting, on a non-loopback origin: each step is what they do and what
 * they would see. The steps share the page, in order.
 */
describe('a journalist checks what the article says about North Korea', () => {
  it('opens the home page and sees what the dataset is and the four backers', async () => {
    await page.goto(`${origin}/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Who backs Russia’s war, and on what evidence');
    const backers = page.getByRole('region', { name: 'The four backers' }).getByRole('heading', { level: 3 });
    expect(await backers.allInnerTexts()).toEqual(['Belarus', 'China', 'Iran', 'North Korea']);
    await screenshot(page, 'explorer-1-home');
  });

  it('has the dataset described for search engines in a JSON-LD block, which the page’s CSP does not refuse (it is data, not a script)', async () => {
    // Read first: it waits for the downloads of this version, which the home page does not.
    const dataset = await t.app.inject({ url: '/v1', headers: { accept: 'application/ld+json' } });
    // Loaded again to read the policy the browser enforced on it.
    const response = await page.reload();
    const csp = response?.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const block = page.locator('script[type="application/ld+json"]');
    expect(await block.count()).toBe(1);
    const embedded = JSON.parse((await block.textContent()) ?? '') as unknown;
    expect(embedded).toEqual(JSON.parse(dataset.body));
    // Chromium reports each refusal on the console ("Executing inline script violates the following Content Security Policy directive …").
    expect(seen.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('goes to North Korea and sees its stance and its claims, each with how sure the source is', async () => {
    await page.getByRole('link', { name: 'North Korea', exact: true }).click();
    await page.waitForURL(`${origin}/countries/KP`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('North Korea');
    // Under its first topic (a claim is listed under each of its topics).
    const claim = page.getByRole('region', { name: 'Claims, by topic' }).getByRole('link', { name: KP.statement }).first();
    await expect.poll(() => claim.isVisible()).toBe(true);
    const item = claim.locator('xpath=ancestor::li[1]');
    expect(await item.innerText()).toContain('Reported');
    expect(await item.innerText()).toContain('the source neither confirms nor questions it');
    await screenshot(page, 'explorer-2-country');
  });

  it('opens the 100,000-soldiers claim and sees the French quote highlighted inside its paragraph', async () => {
    await page.getByRole('region', { name: 'Claims, by topic' }).getByRole('link', { name: KP.statement }).first().click();
    await page.waitForURL(`${origin}/claims/${KP.id}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(KP.statement);
    const paragraph = page.locator('blockquote.in-context');
    expect(await paragraph.getAttribute('lang')).toBe('fr');
    const mark = paragraph.locator('mark');
    expect(await mark.innerText()).toBe(KP.quote);
    // Highlighted means visibly different from the paragraph around it.
    const [markBackground, paragraphBackground] = await Promise.all([
      computedStyle(mark, 'backgroundColor'),
      computedStyle(paragraph, 'backgroundColor'),
    ]);
    expect(markBackground).not.toBe(paragraphBackground);
    expect(markBackground).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.getByRole('main').innerText()).toContain('Russian state media (unnamed)');
    await screenshot(page, 'explorer-3-claim', true);
  });

  it('follows "in the source" to the same words highlighted in the full text, and comes back', async () => {
    await page.getByRole('link', { name: 'in the source' }).first().click();
    await page.waitForURL(`${origin}/sources/putin-allies-four-countries?claim=${KP.id}#claim-${KP.id}`);
    const passage = page.locator('a.m.focus');
    expect((await passage.allInnerTexts()).join('')).toBe(KP.quote);
    expect(await passage.first().getAttribute('href')).toBe(`/claims/${KP.id}`);
    // The browser scrolled to it.
    await expect.poll(() => inViewport(passage.first())).toBe(true);
    expect(await computedStyle(passage.first(), 'outlineStyle')).toBe('solid');
    await screenshot(page, 'explorer-4-source-passage');
    await page.goBack();
    await page.waitForURL(`${origin}/claims/${KP.id}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(KP.statement);
  });

  it('filters all claims to the ones the article says are unverified', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' }).click();
    await page.waitForURL(`${origin}/claims`);
    expect(await page.getByRole('status').innerText()).toBe(`${articleDataset.claims.length} claims match.`);
    await page.getByRole('checkbox', { name: /^Unverified/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(`${origin}/claims?verification=unverified`);
    expect(await page.getByRole('status').innerText()).toBe('1 claim matches.');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(
      'Opposition media claimed that Belarusian troops had also gone into action.',
    );
    expect(await page.getByRole('checkbox', { name: /^Unverified/ }).isChecked()).toBe(true);
    await screenshot(page, 'explorer-5-unverified', true);
  });

  it('downloads that list as CSV and finds the one claim in it', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('claims-verification-unverified.csv');
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]!.split(',').slice(0, 3)).toEqual(['id', 'country.code', 'country.name']);
    expect(csv[1]).toMatch(/^by-troops-in-action-opposition-media,BY,Belarus,/);
  });

  it('switches the interface to French and keeps the filter', async () => {
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(`${origin}/claims?verification=unverified&lang=fr`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Affirmations');
    expect(await page.getByRole('status').innerText()).toBe('1 affirmation correspond.');
    expect(await page.getByRole('button', { name: 'Appliquer les filtres' }).isVisible()).toBe(true);
    // The data stays as recorded: the statement is the curators' English.
    expect(await page.locator('tbody tr').first().innerText()).toContain('Opposition media claimed');
    // Following a link keeps the language.
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Accueil' }).click();
    await page.waitForURL(`${origin}/?lang=fr`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Qui soutient la guerre de la Russie, et sur quelles preuves',
    );
    await screenshot(page, 'explorer-6-french');
  });

  it('never asked another host for anything, and the browser reported no error', () => {
    expect(seen.external).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
