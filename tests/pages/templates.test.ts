import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES } from '../../src/i18n/index.js';
import { closeBidi, escapeHtml, jsonDataBlock } from '../../src/pages/escape.js';
import { all, byTag, parseHtml, text } from '../helpers/html.js';
import { TEMPLATE_DIR } from '../../src/pages/render.js';
import { highlightIn, segmentText, type Passage } from '../../src/pages/source-text.js';

function templates(dir = TEMPLATE_DIR): { name: string; source: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? templates(path.join(dir, entry.name))
      : [
          {
            name: path.relative(TEMPLATE_DIR, path.join(dir, entry.name)),
            source: readFileSync(path.join(dir, entry.name), 'utf8'),
          },
        ],
  );
}

/** Every key path of a catalogue, functions as leaves. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}()${value.length}`];
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => shape(child, prefix === '' ? key : `${prefix}.${key}`));
}

describe('message catalogues and templates', () => {
  it('give English and French the same messages, with the same parameters', () => {
    expect(shape(CATALOGUES.fr).sort()).toEqual(shape(CATALOGUES.en).sort());
  });

  it('have every message a template uses, in both languages', () => {
    const used = new Set<string>();
    for (const { source } of templates()) for (const match of source.matchAll(/\bit\.m\.([A-Za-z0-9_.]+)/g)) used.add(match[1]!);
    expect(used.size).toBeGreaterThan(100);
    for (const locale of LOCALES) {
      for (const key of used) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[locale]);
        expect(value, `${locale}: m.${key}`).toBeDefined();
      }
    }
  });

  it('hold no interface text: outside template code and tags, only punctuation', () => {
    for (const { name, source } of templates()) {
      const markup = source.replace(/<%[\s\S]*?%>/g, '');
      const outsideTags = markup.replace(/<[^>]*>/g, '');
      expect(outsideTags.match(/[\p{L}\p{N}]+/gu) ?? [], name).toEqual([]);
      // Attributes people read are interpolated from the catalogues too.
      for (const match of markup.matchAll(/\b(aria-label|title|alt|placeholder)="([^"]*)"/g)) {
        expect(match[2], `${name} ${match[1]}`).toBe('');
      }
    }
  });
});

describe('escaping', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
    expect(escapeHtml('plain text')).toBe('plain text');
  });

  it('closes a right-to-left override where the value ends, so the text after it keeps its order', () => {
    expect(closeBidi('abc\u202Edef')).toBe('abc\u202Edef\u202C');
    expect(closeBidi('\u2067x\u202By')).toBe('\u2067x\u202By\u202C\u2069');
  });

  it('drops closers that would end a direction the page opened', () => {
    expect(closeBidi('\u202Cx\u2069y')).toBe('xy');
    // A PDF inside an isolate cannot close an embedding opened outside it.
    expect(closeBidi('\u202Ba\u2066b\u202Cc')).toBe('\u202Ba\u2066bc\u2069\u202C');
  });

  it('leaves balanced text as recorded', () => {
    const balanced = 'x \u202Eabc\u202C y \u2068z\u2069';
    expect(closeBidi(balanced)).toBe(balanced);
  });

  it('writes JSON for a data block that no </script> or <!-- in a value can end, and that parses back to the value', () => {
    const value = { name: '</script><script>alert(1)</script>', note: '<!-- <script>', other: '</SCRIPT >&amp;' };
    const html = `<!doctype html><title>t</title><script type="application/ld+json">${jsonDataBlock(value)}</script><p>after</p>`;
    const doc = parseHtml(html);
    const scripts = all(doc, byTag('script'));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(text(scripts[0]!))).toEqual(value);
    expect(all(doc, byTag('p')).map(text)).toEqual(['after']);
  });
});

describe('source text cut for display', () => {
  const passage = (kind: Passage['kind'], id: string, start: number, end: number): Passage => ({
    kind,
    id,
    start,
    end,
    href: kind === 'note' ? null : `/${id}`,
    tone: kind,
    label: id,
    labelLang: null,
    detail: null,
  });

  it('splits at blank lines and at every passage boundary, linking each run to its narrowest record', () => {
    const text = 'First para.\n\nAlpha beta gamma delta.';
    // "Alpha " is [13, 19), "beta " [19, 24), "gamma" [24, 29), " delta." [29, 36).
    const paragraphs = segmentText(text, [
      passage('claim', 'wide', 13, 36),
      passage('figure', 'narrow', 19, 29),
      passage('note', 'n', 24, 36),
    ]);
    expect(paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['First para.', 'Alpha beta gamma delta.']);
    expect(paragraphs[1]!.runs.map((r) => [r.text, r.link?.id ?? null, r.noted, r.anchors])).toEqual([
      ['Alpha ', 'wide', false, ['claim-wide']],
      ['beta ', 'narrow', false, ['figure-narrow']],
      ['gamma', 'narrow', true, ['note-n']],
      [' delta.', 'wide', true, []],
    ]);
    expect(paragraphs[1]!.passages.map((p) => p.id)).toEqual(['wide', 'narrow']);
    expect(paragraphs[1]!.notes.map((p) => p.id)).toEqual(['n']);
  });

  it('anchors a passage that runs across paragraphs once, where it starts', () => {
    const paragraphs = segmentText('one two\n\nthree', [passage('note', 'across', 4, 14)]);
    expect(paragraphs.flatMap((p) => p.runs.flatMap((r) => r.anchors))).toEqual(['note-across']);
    expect(paragraphs.map((p) => p.runs.filter((r) => r.noted).map((r) => r.text))).toEqual([['two'], ['three']]);
  });

  it('counts offsets in code points, so characters outside the BMP do not shift the highlight', () => {
    const text = '😀 ok quote here';
    const [p] = segmentText(text, [passage('claim', 'q', 5, 10)]);
    expect(p!.runs.find((r) => r.link !== null)!.text).toBe('quote');
    expect(highlightIn('a 😀 b', 100, 104, 105).map((r) => [r.text, r.link !== null])).toEqual([
      ['a 😀 ', false],
      ['b', true],
    ]);
  });
});
