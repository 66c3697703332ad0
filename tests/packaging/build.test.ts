import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process.js';

/** The modules `file` imports statically (`import ... from "x"`, `import "x"`), not by `import()`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?:[^;]*?\sfrom\s*)?"([^"]+)";?$/gms)].map((m) => m[1] as string);
}

/** Every package reached through static imports from `entry`, following the bundle's own chunks. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('./')) visit(path.join(path.dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}

describe('the build (scripts/build.mjs)', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'allies-build-test-'));
  const stale = path.join(outdir, 'chunk-STALE0.mjs');
  let build: SpawnSyncReturns<string>;
  beforeAll(() => {
    writeFileSync(stale, 'export {};\n');
    writeFileSync(`${stale}.map`, '{}');
    build = spawnSync(process.execPath, ['scripts/build.mjs', `--outdir=${outdir}`], { cwd: ROOT, encoding: 'utf8' });
  }, 120_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('writes the server and its threads, and removes what an earlier build left behind', () => {
    expect(build.status, build.stderr).toBe(0);
    for (const entry of ['server', 'write-worker', 'download-worker', 'integrity-worker', 'read-worker', 'seed-process']) {
      expect(existsSync(path.join(outdir, `${entry}.mjs`)), entry).toBe(true);
    }
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(`${stale}.map`)).toBe(false);
    // Every file left is JavaScript or its source map.
    expect(readdirSync(outdir).filter((name) => !/\.mjs(\.map)?$/.test(name))).toEqual([]);
  });

  it("keeps Prisma's client out of the server process: only the start-up seed's process loads it", () => {
    expect(build.status, build.stderr).toBe(0);
    // Prisma's browser runtime (its enums and types' helpers, no client, no query compiler) is allowed.
    const prisma = (entry: string) =>
      [...packagesLoadedBy(path.join(outdir, entry))].filter(
        (p) => p.startsWith('@prisma/') && p !== '@prisma/client/runtime/index-browser',
      );
    // The server and the threads it keeps (reads, writes, downloads) answer from raw SQL.
    for (const entry of ['server.mjs', 'write-worker.mjs', 'download-worker.mjs', 'read-worker.mjs']) {
      expect(prisma(entry), entry).toEqual([]);
    }
    // The check is able to see Prisma where it is loaded.
    expect(prisma('seed-process.mjs')).toContain('@prisma/client/runtime/client');
  });

  it('loads xmlbuilder2 only with the first Atom feed asked for', () => {
    expect(build.status, build.stderr).toBe(0);
    expect([...packagesLoadedBy(path.join(outdir, 'server.mjs'))]).not.toContain('xmlbuilder2');
    // It is in the bundle, behind an import().
    const chunks = readdirSync(outdir).filter((name) => name.endsWith('.mjs'));
    expect(chunks.some((name) => staticImports(path.join(outdir, name)).includes('xmlbuilder2'))).toBe(true);
  });

  it('loads i18n-iso-countries without the 79 locales its default entry registers, in the server and the writer', () => {
    expect(build.status, build.stderr).toBe(0);
    for (const entry of ['server.mjs', 'write-worker.mjs']) {
      const loaded = [...packagesLoadedBy(path.join(outdir, entry))].filter((p) => p.startsWith('i18n-iso-countries'));
      expect(loaded, entry).toEqual(['i18n-iso-countries/index.js']);
    }
  });
});
