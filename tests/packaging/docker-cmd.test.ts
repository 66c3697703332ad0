import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerCmd, dockerEnv } from '../helpers/dockerfile.js';
import { START_COMMAND } from '../../scripts/start-command.js';
import { ROOT } from '../helpers/server-process.js';

/**
 * Issue 18, item 13: what a container runtime does at `docker stop`. It sends SIGTERM to the
 * image's CMD, PID 1, and nothing else; so the CMD itself, parsed from the Dockerfile, is run
 * here as a child process (from the repo, which is the image's /app, after the build the
 * Dockerfile's build stage runs) and signalled alone, never its process group.
 */

const KEY = 'docker-cmd-test-key-5c1f0e7a9b';
const dir = mkdtempSync(path.join(tmpdir(), 'allies-api-docker-cmd-'));
let child: ChildProcess | undefined;

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});

afterAll(() => {
  // Whatever the CMD left behind (under `npm start`, an orphaned server) goes with its group.
  if (child?.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the CMD; resolves with the URL it listens on, from its own log line. */
function startCmd(argv: string[], env: Record<string, string>): Promise<{ url: string; output: () => string }> {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error('empty CMD');
  const started = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child = started;
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => output });
      }
    };
    started.stdout?.on('data', onData);
    started.stderr?.on('data', onData);
    started.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CMD exited with ${code} before listening:\n${output}`));
    });
  });
}

/** A POST of a new source whose body arrives in pieces over about two seconds. */
function slowPost(url: string, onFirstPart: () => void): Promise<{ status: number; body: string }> {
  const body = Buffer.from(
    JSON.stringify({
      kind: 'official_statement',
      title: 'Sent while the container stops',
      language: 'en',
      author: null,
      publisher: null,
      url: null,
      publishedAt: null,
      dateNote: 'Undated.',
      retrievedAt: '2026-11-23T00:00:00Z',
      textNote: 'Test text.',
      text: 'A statement that is still being uploaded. '.repeat(2000),
    }),
  );
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port: Number(port),
        method: 'POST',
        path: '/v1/sources',
        agent: false,
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    const parts = 8;
    const size = Math.ceil(body.length / parts);
    let sent = 0;
    const next = () => {
      req.write(body.subarray(sent * size, (sent + 1) * size));
      sent += 1;
      if (sent === 1) onFirstPart();
      if (sent < parts) setTimeout(next, 250);
      else req.end();
    };
    next();
  });
}

describe('the Docker image CMD', () => {
  it('is the exec form of the same node command as `npm start`, with the environment it sets', () => {
    expect(dockerCmd()).toEqual(['node', ...START_COMMAND.args]);
    expect(Object.keys(START_COMMAND.env).length).toBeGreaterThan(0);
    expect(dockerEnv()).toMatchObject(START_COMMAND.env);
  });

  it('on SIGTERM to it alone, finishes the request in flight and exits 0 with its shutdown line', async () => {
    const env = {
      ...dockerEnv(),
      // The container's volume and port, here a temp folder and a free loopback port.
      DATABASE_URL: `file:${path.join(dir, 'app.db')}`,
      HOST: '127.0.0.1',
      PORT: '0',
      API_KEYS: `docker-test:${KEY}`,
      RATE_LIMIT_MAX: '0',
    };
    expect(dockerEnv().NODE_ENV).toBe('production');
    const server = await startCmd(dockerCmd(), env);
    const running = child;
    if (running === undefined) throw new Error('no child');
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      running.once('exit', (code, signal) => resolve({ code, signal })),
    );

    const response = await slowPost(server.url, () => {
      setTimeout(() => running.kill('SIGTERM'), 300);
    });
    const { code, signal } = await Promise.race([
      exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no exit 15 s after SIGTERM:\n${server.output()}`)), 15_000),
      ),
    ]);

    expect(response.status, response.body).toBe(201);
    expect({ code, signal }, server.output()).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"msg":"shutting down"/);
    expect(server.output()).not.toMatch(/npm error/);
  });
});
