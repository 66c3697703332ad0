import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.js';
import { ROOT } from '../helpers/server-process.js';

/**
 * Issue 18, item 10: the typed client as a frontend developer gets it. `client/` is packed
 * with npm, installed from the tarball into a project of its own (which pulls in its
 * dependency), and the README's example is compiled there with tsc and run with node against
 * a running server. Only the example's origin changes, to the test server's.
 */

const project = mkdtempSync(path.join(tmpdir(), 'allies-api-client-user-'));
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
let baseUrl: string;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Without blocking the event loop: the server the example calls runs in this process. */
function runAsync(command: string, args: string[], cwd: string) {
  return new Promise<{ status: number | null; out: string }>((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, out: `${stdout}${stderr}` });
    });
  });
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The README's TypeScript example: the ts block of the "Typed client" section. */
function readmeExample(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Typed client'));
  const code = /^```ts\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (code === undefined) throw new Error('README: no ts block in the "Typed client" section');
  return code;
}

const tsconfig = (files: string[]) => ({
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    outDir: 'dist',
  },
  files,
});

let tarball = '';
const t = useTestApp();
beforeAll(async () => {
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  const packed = run('npm', ['pack', path.join(ROOT, 'client'), '--pack-destination', project, '--json'], project);
  expect(packed.status, packed.out).toBe(0);
  tarball = (JSON.parse(packed.out.slice(packed.out.indexOf('['))) as { filename: string }[])[0]?.filename ?? '';
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'my-frontend', private: true, type: 'module' }));
  const installed = run('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline'], project);
  expect(installed.status, installed.out).toBe(0);
}, 300_000);

afterAll(async () => {
  rmSync(project, { recursive: true, force: true });
});

describe('the typed client package (client/)', () => {
  it('is its own package, versioned with the API, pinning the openapi-fetch the repository tests with', () => {
    const client = readJson<{ version: string; dependencies: Record<string, string>; files: string[] }>(
      path.join(ROOT, 'client/package.json'),
    );
    const root = readJson<{ version: string; devDependencies: Record<string, string> }>(path.join(ROOT, 'package.json'));
    expect(client.version).toBe(root.version);
    expect(client.dependencies).toEqual({ 'openapi-fetch': root.devDependencies['openapi-fetch'] });
    expect(tarball).toBe(`allies-api-client-${client.version}.tgz`);
    const installed = readJson<{ dependencies: Record<string, string> }>(path.join(project, 'package.json'));
    expect(Object.keys(installed.dependencies)).toEqual(['allies-api-client']);
    // Its dependency came with it.
    expect(readJson<{ version: string }>(path.join(project, 'node_modules/openapi-fetch/package.json')).version).toBe(
      client.dependencies['openapi-fetch'],
    );
  });

  it("runs the README's example: compiled with tsc in the user's project, run with node against the server", async () => {
    writeFileSync(path.join(project, 'example.ts'), readmeExample().replaceAll('http://127.0.0.1:3000', baseUrl));
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig(['example.ts'])));
    const compiled = run(process.execPath, [TSC, '-p', '.'], project);
    expect(compiled.status, compiled.out).toBe(0);

    const ran = await runAsync(process.execPath, ['dist/example.js'], project);
    expect(ran.status, ran.out).toBe(0);
    const expected = (await (await fetch(`${baseUrl}/v1/countries/KP/claims?verification=reported&limit=5`)).json()) as {
      data: { claimant: { name: string }; verification: string; statement: string }[];
      meta: { total: number };
    };
    expect(expected.data.length).toBeGreaterThan(0);
    expect(ran.out.trim().split('\n')).toEqual([
      ...expected.data.map((c) => `${c.claimant.name} (${c.verification}): ${c.statement}`),
      `${expected.meta.total} in all`,
    ]);
  });

  it("rejects at compile time, in the user's project, a parameter of the wrong type and a path the API does not have", () => {
    writeFileSync(
      path.join(project, 'wrong.ts'),
      [
        "import { createAlliesClient } from 'allies-api-client';",
        "const api = createAlliesClient({ baseUrl: 'http://127.0.0.1:1' });",
        "await api.GET('/v1/countries/{code}/claims', { params: { path: { code: 'KP' }, query: { limit: 'five' } } });",
        "await api.GET('/v1/allies', {});",
        'export {};',
      ].join('\n'),
    );
    writeFileSync(path.join(project, 'tsconfig.wrong.json'), JSON.stringify(tsconfig(['wrong.ts'])));
    const compiled = run(process.execPath, [TSC, '-p', 'tsconfig.wrong.json', '--noEmit'], project);
    expect(compiled.status).not.toBe(0);
    expect(compiled.out).toMatch(/wrong\.ts\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
    expect(compiled.out).toMatch(/wrong\.ts\(4,\d+\): error TS2345: Argument of type '"\/v1\/allies"'/);
  });
});
