import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ROOT } from './server-process.js';

/** Debian's Chromium (scripts/ensure-browser.sh installs it); Playwright cannot download one here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

/**
 * A name that is not loopback, so pages are also tried where the browser does not treat the
 * origin as secure (as on a real host without TLS): Chromium resolves it to 127.0.0.1 itself.
 */
export const TEST_HOST = 'allies.test';

/** Playwright gives each launch a fresh, empty profile of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP ${TEST_HOST} 127.0.0.1`,
    ],
  });
}

export function screenshot(page: Page, name: string, fullPage = false): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/** Records what a page asks of other hosts and what the browser reports as errors (CSP refusals included). */
export function watch(page: Page, origin: string): { external: string[]; errors: string[] } {
  const seen = { external: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) seen.external.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/*
 * What the tests read inside the page. They run in the browser, and the project compiles without
 * the DOM library, so they are written as source text.
 */

/** A function of an element, from its source (Playwright sends functions to the page as text). */
function inPage<A, R>(params: string, body: string): (element: unknown, arg: A) => R {
  return new Function(params, body) as (element: unknown, arg: A) => R;
}

/** A computed CSS property of the element. */
export function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.evaluate(inPage<string, string>('el, property', 'return getComputedStyle(el)[property];'), property);
}

/** Whether the element lies wholly inside the viewport. */
export function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    inPage<undefined, boolean>(
      'el',
      'const box = el.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight;',
    ),
    undefined,
  );
}

export type Focused = { tag: string; text: string; name: string | null; id: string; value: string | null };

/** The element that has the keyboard focus. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    return { tag: el ? el.tagName.toLowerCase() : '', text: el && el.innerText ? el.innerText.trim() : '',
      name: el ? el.getAttribute('name') : null, id: el ? el.id : '', value: el && 'value' in el ? el.value : null };
  })()`);
}

/** The page's width as laid out and the font size of its first paragraph in main. */
export function layout(page: Page): Promise<{ scrollWidth: number; fontSize: number }> {
  return page.evaluate(`({
    scrollWidth: document.documentElement.scrollWidth,
    fontSize: parseFloat(getComputedStyle(document.querySelector('main p')).fontSize),
  })`);
}
