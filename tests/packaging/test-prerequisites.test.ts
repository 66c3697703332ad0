import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process.js';

/**
 * Issue 18, item 11: what `npm test`'s pretest installs, as the README says: Debian's package for
 * a missing program, only as root with apt-get, and nothing when told to use the user's own. The
 * scripts run with `apt-get` and `id -u` replaced by stubs that record what they were asked.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-pretest-'));
const bin = path.join(dir, 'bin');
const log = path.join(dir, 'apt.log');
spawnSync('mkdir', ['-p', bin]);
writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "apt-get $*" >>'${log}'\n`);
writeFileSync(path.join(bin, 'id'), '#!/bin/sh\nif [ "$1" = "-u" ]; then echo "$FAKE_UID"; else exec /usr/bin/id "$@"; fi\n');
for (const stub of ['apt-get', 'id']) chmodSync(path.join(bin, stub), 0o755);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pretest(script: string, env: Record<string, string>) {
  rmSync(log, { force: true });
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['CHROMIUM_PATH', 'PG_BIN', 'TEST_POSTGRES', 'TEST_POSTGRES_URL'].includes(k)),
  );
  const run = spawnSync('bash', [path.join(ROOT, 'scripts', script)], {
    cwd: ROOT,
    env: { ...clean, PATH: `${bin}:${process.env.PATH ?? ''}`, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr, apt: existsSync(log) ? readFileSync(log, 'utf8') : '' };
}

const NO_POSTGRES = { PG_BIN: path.join(dir, 'no-postgresql-here') };

describe('npm test prerequisites (pretest)', () => {
  it('installs PostgreSQL through apt-get when it is missing and it runs as root', () => {
    const run = pretest('ensure-postgres.sh', { ...NO_POSTGRES, FAKE_UID: '0' });
    expect(run.apt).toMatch(/^apt-get install .*postgresql$/m);
  });

  it('installs nothing for PostgreSQL when not root, and says the PostgreSQL tests will be skipped', () => {
    const run = pretest('ensure-postgres.sh', { ...NO_POSTGRES, FAKE_UID: '1000' });
    expect(run.apt).toBe('');
    expect(run.stderr).toMatch(/npm test will skip them/);
  });

  it('installs nothing for PostgreSQL with TEST_POSTGRES=off or TEST_POSTGRES_URL, even as root', () => {
    expect(pretest('ensure-postgres.sh', { ...NO_POSTGRES, FAKE_UID: '0', TEST_POSTGRES: 'off' })).toMatchObject({
      status: 0,
      apt: '',
    });
    expect(
      pretest('ensure-postgres.sh', {
        ...NO_POSTGRES,
        FAKE_UID: '0',
        TEST_POSTGRES_URL: 'postgresql://postgres@127.0.0.1:1/postgres',
      }),
    ).toMatchObject({ status: 0, apt: '' });
  });

  it('installs Chromium only when CHROMIUM_PATH (default /usr/bin/chromium) is missing and it runs as root', () => {
    const missing = path.join(dir, 'no-chromium-here');
    expect(pretest('ensure-browser.sh', { CHROMIUM_PATH: missing, FAKE_UID: '0' }).apt).toMatch(/^apt-get install .*chromium$/m);
    const notRoot = pretest('ensure-browser.sh', { CHROMIUM_PATH: missing, FAKE_UID: '1000' });
    expect(notRoot.apt).toBe('');
    expect(notRoot.stderr).toMatch(/set CHROMIUM_PATH/);
    // An existing browser of the user's own: nothing installed.
    expect(pretest('ensure-browser.sh', { CHROMIUM_PATH: '/bin/true', FAKE_UID: '0' })).toMatchObject({ status: 0, apt: '' });
  });
});
