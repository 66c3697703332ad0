import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  harness,
  inOrder,
  outputsByBlock,
  ReadmeFormatError,
  shellBlocks,
  statusesIn,
  type ShellBlock,
} from '../helpers/readme-blocks.js';
import { ROOT } from '../helpers/server-process.js';

/**
 * Issue 18, items 2 and 3: the README's shell blocks, run in order with bash as a user pastes
 * them into one terminal, in a copy of the repository (its files as `git ls-files` sees them,
 * node_modules hard-linked), so `npm install`, the build and ./data/app.db are the copy's own.
 * The one change: the origin http://127.0.0.1:3000 becomes a free port's, and PORT is set to it,
 * since 3000 may be taken on a shared machine.
 */

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'allies-api-readme-'));

afterAll(() => {
  // A server a failed run left behind goes with its process group.
  const pgid = path.join(work, 'server.pgid');
  if (existsSync(pgid)) {
    try {
      process.kill(-Number(readFileSync(pgid, 'utf8').trim()), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(work, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The repository as a user's checkout has it: tracked and untracked-but-not-ignored files. */
function copyCheckout(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed (the README test needs a git checkout): ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter((f) => f !== '')) {
    const from = path.join(ROOT, file);
    if (!existsSync(from) || statSync(from).isDirectory()) continue;
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    copyFileSync(from, path.join(to, file));
  }
  // The install the user's `npm install` finds already made; hard links cost no space or time.
  const linked = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(to, 'node_modules')]);
  if (linked.status !== 0) {
    const copied = spawnSync('cp', ['-a', path.join(ROOT, 'node_modules'), path.join(to, 'node_modules')]);
    if (copied.status !== 0) throw new Error(`copying node_modules failed: ${String(copied.stderr)}`);
  }
  // npm rewrites its hidden lockfile in place; the repository's must not change with it.
  const hidden = path.join(to, 'node_modules/.package-lock.json');
  if (existsSync(hidden)) {
    rmSync(hidden);
    copyFileSync(path.join(ROOT, 'node_modules/.package-lock.json'), hidden);
  }
}

/** The environment of a user's shell: none of the test runner's or npm's own variables. */
function userEnvironment(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|npm_|TEST_|NODE_ENV$|NODE_OPTIONS$|INIT_CWD$|DATABASE_URL$|API_KEYS$|HOST$|PORT$|LOG_LEVEL$)/.test(key))
      continue;
    env[key] = value;
  }
  return { ...env, PORT: String(port) };
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('bash', [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      output += `\n[the README run took longer than ${timeoutMs / 1000} s and was stopped]\n`;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const describeBlock = (block: ShellBlock, index: number) => `block ${index} (README line ${block.line})`;

describe('README shell blocks', () => {
  const blocks = shellBlocks(README);

  it('are each run, a server start, or visibly marked as not run', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks[0]).toMatchObject({ mode: 'server', code: 'npm install && npm start\n' });
    expect(blocks.filter((b) => b.mode === 'run').length).toBeGreaterThanOrEqual(3);
    for (const block of blocks.filter((b) => b.mode === 'not run'))
      expect(block.notRunReason).toMatch(/^\W*Not run by the README test\W+\w/);
    // The only block not run for being the suite itself.
    expect(blocks.find((b) => b.code.trim() === 'npm test')?.mode).toBe('not run');
  });

  it('refuses a block marked as not run without saying so where a reader sees it', () => {
    expect(() => shellBlocks('<!-- readme-test: not run -->\n\n```bash\nrm -rf /\n```\n')).toThrow(ReadmeFormatError);
    expect(() => shellBlocks('<!-- readme-test: skip -->\n\n```bash\ntrue\n```\n')).toThrow(ReadmeFormatError);
    expect(
      shellBlocks(
        '<!-- readme-test: not run -->\n\nNot run by the README test: it needs Docker.\n\n```bash\ndocker ps\n```\n',
      )[0],
    ).toMatchObject({ mode: 'not run', notRunReason: 'Not run by the README test: it needs Docker.' });
  });

  it('run in order against a freshly started server, exit 0 and show every status they promise', async () => {
    const checkout = path.join(work, 'allies-api');
    copyCheckout(checkout);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const script = path.join(work, 'readme.sh');
    writeFileSync(script, `exec 2>&1\n${harness(blocks, origin, work)}`);

    const { code, output } = await runBash(script, checkout, userEnvironment(port), 480_000);
    const outputs = outputsByBlock(output);
    const ran = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.mode !== 'not run');
    const reached = ran.filter(({ index }) => outputs.has(index));
    const last = reached.at(-1);
    expect(
      code,
      `the README run stopped with exit code ${code} in ${last ? describeBlock(last.block, last.index) : 'its set-up'}:\n` +
        `${last ? outputs.get(last.index)?.slice(-4000) : output.slice(-4000)}`,
    ).toBe(0);
    expect(output).toMatch(/^@@readme-test end@@$/m);
    expect(reached.length).toBe(ran.length);

    for (const { block, index } of ran) {
      const seen = statusesIn(outputs.get(index) ?? '');
      expect(
        inOrder(block.promises, seen),
        `${describeBlock(block, index)} promised ${block.promises.join(', ')}; saw ${seen.join(', ')}`,
      ).toBe(true);
    }
    // Statuses promised at all: the curator walkthrough's 201s, 200s and its stale-ETag 412.
    expect(ran.flatMap(({ block }) => block.promises)).toEqual(expect.arrayContaining([201, 200, 412]));
    // The copy ran its own install and database, never the repository's.
    expect(existsSync(path.join(checkout, 'data/app.db'))).toBe(true);
    expect(existsSync(path.join(checkout, 'data/before-upgrade.db'))).toBe(true);
  }, 600_000);
});
