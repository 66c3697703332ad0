import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process.js';

describe('the build (scripts/build.mjs)', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'allies-build-test-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('writes the server and its threads, and removes what an earlier build left behind', { timeout: 120_000 }, () => {
    const stale = path.join(outdir, 'chunk-STALE0.mjs');
    writeFileSync(stale, 'export {};\n');
    writeFileSync(`${stale}.map`, '{}');
    const build = spawnSync(process.execPath, ['scripts/build.mjs', `--outdir=${outdir}`], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    for (const entry of ['server', 'write-worker', 'download-worker', 'integrity-worker']) {
      expect(existsSync(path.join(outdir, `${entry}.mjs`)), entry).toBe(true);
    }
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(`${stale}.map`)).toBe(false);
    // Every file left is JavaScript or its source map.
    expect(readdirSync(outdir).filter((name) => !/\.mjs(\.map)?$/.test(name))).toEqual([]);
  });
});
