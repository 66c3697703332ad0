import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import {
  computedStyle,
  focused,
  layout,
  launchChromium,
  screenshot,
  TEST_HOST,
  watch,
  type Focused,
} from '../helpers/browser.js';

let t: TestApp;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://${TEST_HOST}:${(t.app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** One page of each type (and the error page), with the query it is reached with. */
const PAGES: [string, string][] = [
  ['home', '/'],
  ['country', '/countries/IR'],
  ['claims', '/claims?verification=unverified,reported'],
  ['search', `/claims?q=${encodeURIComponent('Corée du Nord')}`],
  ['claim', '/claims/by-troops-in-action-opposition-media'],
  ['source', '/sources/putin-allies-four-countries?claim=kp-offered-100000-soldiers'],
  ['trade figures', '/trade-figures'],
  ['not found', '/claims/no-such-claim'],
];

const withLang = (url: string, lang: string) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;

async function open(url: string, options: { width?: number; javaScript?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const seen = watch(page, origin);
  await page.goto(`${origin}${url}`);
  return { page, seen, close: () => context.close() };
}

describe('accessibility (axe-core in Chromium, from a non-loopback origin)', () => {
  for (const [name, url] of PAGES) {
    for (const lang of ['en', 'fr']) {
      it(`finds no violation on the ${name} page in ${lang === 'en' ? 'English' : 'French'}`, async () => {
        const { page, seen, close } = await open(withLang(url, lang));
        try {
          // axe.run in the page itself. The default runs axe frame by frame and then merges the
          // results in a second, blank page that loads axe-core again: that is for pages with
          // cross-origin frames, and these have no frame at all (same rules, same results).
          const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
          const violations = results.violations.map((v) => ({
            rule: v.id,
            impact: v.impact,
            nodes: v.nodes.map((n) => n.target.join(' ')),
          }));
          expect(violations).toEqual([]);
          // Rules that could not decide (contrast over a gradient, …) are few and named here when they appear.
          expect(results.passes.length).toBeGreaterThan(15);
          expect(seen.external).toEqual([]);
          // The 404 page's own status is reported as a failed load; nothing else may be.
          expect(seen.errors.filter((e) => !(name === 'not found' && e.includes('404')))).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }
});

describe('keyboard', () => {
  async function tabUntil(page: Page, match: (el: Focused) => boolean, limit = 80): Promise<Focused> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const el = await focused(page);
      if (match(el)) return el;
    }
    throw new Error('the element was never reached with Tab');
  }

  it('starts with a visible skip link to the content, then reaches every link in order', async () => {
    const { page, close } = await open('/');
    try {
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      expect(await skip.innerText()).toBe('Skip to content');
      const box = await skip.boundingBox();
      expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);
      expect(await computedStyle(skip, 'outlineStyle')).toBe('solid');
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('main');
      await tabUntil(page, (el) => el.tag === 'a' && el.text === 'North Korea');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin}/countries/KP`);
    } finally {
      await close();
    }
  });

  it('filters claims with the keyboard alone: tick a box with Space, submit with Enter', async () => {
    const { page, close } = await open('/claims');
    const box = await tabUntil(page, (el) => el.tag === 'input' && el.name === 'verification');
    expect(box.value).toBe('reported');
    // The first verification box is "Reported"; move to "Unverified", the third.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).value).toBe('unverified');
    await page.keyboard.press('Space');
    await tabUntil(page, (el) => el.tag === 'button');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/claims?verification=unverified`);
    expect(await page.getByRole('status').innerText()).toBe('1 claim matches.');
    await close();
  });
});

describe('small screens and no JavaScript', () => {
  it('fits a 375-pixel-wide phone without sideways scrolling, in legible type (screenshots saved)', async () => {
    for (const [name, url] of PAGES.slice(0, 6)) {
      const { page, close } = await open(url, { width: 375 });
      try {
        const { scrollWidth, fontSize } = await layout(page);
        expect(scrollWidth, name).toBeLessThanOrEqual(375);
        expect(fontSize, name).toBeGreaterThanOrEqual(14);
        await screenshot(page, `explorer-mobile-${name.replace(' ', '-')}`, true);
      } finally {
        await close();
      }
    }
  });

  it('works with JavaScript off: the filter form, the citation and the links', async () => {
    const { page, seen, close } = await open('/claims', { javaScript: false });
    try {
      await page.getByRole('checkbox', { name: /^Unverified/ }).check();
      await page.getByRole('button', { name: 'Apply filters' }).click();
      // Without the script the empty fields travel too; the server ignores them.
      await page.waitForURL(/\/claims\?q=&verification=unverified&claimant=$/);
      expect(await page.getByRole('status').innerText()).toBe('1 claim matches.');
      await page
        .getByRole('link', { name: 'Opposition media claimed that Belarusian troops had also gone into action.' })
        .click();
      await page.waitForURL(`${origin}/claims/by-troops-in-action-opposition-media`);
      expect(await page.locator('#citation').innerText()).toContain('/claims/by-troops-in-action-opposition-media');
      expect(seen.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
