import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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

  it('the Docker image starts the way the README says, as a non-root user, with a health check and a data volume', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^CMD \["npm", "start"\]$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
    expect(dockerfile).toMatch(/DATABASE_URL=file:\/data\/app\.db/);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(pkg.scripts.start).toBe('node --enable-source-maps --max-semi-space-size=4 --heap-growing-percent=20 dist/server.mjs');
    expect(pkg.scripts.prestart).toBe('node scripts/build.mjs --if-stale');
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
