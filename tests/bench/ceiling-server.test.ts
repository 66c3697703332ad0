import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Captured } from '../../bench/ceiling-server.js';
import { ROOT } from '../helpers/server-process.js';

/**
 * The ceiling the warm-read target is judged against replays the API's identical response
 * (issue 22: status, every header, body); its body-only mode is reported beside it.
 */
const captured: Captured = {
  path: '/v1/claims?country=KP',
  contentType: 'application/json; charset=utf-8',
  body: Buffer.from('{"data":[]}').toString('base64'),
  etag: '"abc"',
  headers: {
    'content-type': 'application/json; charset=utf-8',
    etag: '"abc"',
    'x-content-type-options': 'nosniff',
    'access-control-allow-origin': '*',
    'x-total-count': '0',
  },
  notModifiedHeaders: { etag: '"abc"', 'x-content-type-options': 'nosniff' },
};

const dir = mkdtempSync(path.join(tmpdir(), 'allies-ceiling-test-'));
const file = path.join(dir, 'ceiling.json');
writeFileSync(file, JSON.stringify([captured]));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function startCeiling(mode: string[]): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ceiling-server.ts', file, String(port), ...mode], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return base;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the ceiling server did not start');
}

describe('the ceiling server', () => {
  it("replays every header the API sent, a fresh request id, and the API's 304", { timeout: 30_000 }, async () => {
    const base = await startCeiling([]);
    const res = await fetch(`${base}${captured.path}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"data":[]}');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-total-count')).toBe('0');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${base}${captured.path}`)).headers.get('x-request-id')).not.toBe(id);

    const notModified = await fetch(`${base}${captured.path}`, { headers: { 'if-none-match': '"abc"' } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends only the body, its type and ETag in body-only mode', { timeout: 30_000 }, async () => {
    const base = await startCeiling(['body-only']);
    const res = await fetch(`${base}${captured.path}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"data":[]}');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('etag')).toBe('"abc"');
    expect(res.headers.get('x-content-type-options')).toBeNull();
    expect(res.headers.get('x-request-id')).toBeNull();
  });
});
