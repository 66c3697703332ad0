import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { expect } from 'vitest';
import type { Config } from '../../src/config.js';
import { createTestApp } from './app.js';
import { createTestDatabase, testEngine, type TestDatabase } from './database.js';
import { ROOT, startServer, type ServerProcess } from './server-process.js';

/**
 * Shared by tests/reliability: curator keys the whole suite uses (and proves never reach a
 * log), copies of the run's seeded database for child servers, child servers whose output is
 * kept for the log check, in-process apps logging into memory, and raw-socket clients.
 */

export const CURATOR_KEY = 'rk-curator-7Hq2ZpX9vLm4TnB8';
export const SECOND_KEY = 'rk-second-Wd5sKj3QeR8uYc1N';
/** Keys nobody configured but the suite sends: a wrong key is an authorization value too. */
export const WRONG_KEY = 'rk-wrong-Gf6hLp0AzX2cVb7M';
export const API_KEYS = `reliability:${CURATOR_KEY},second:${SECOND_KEY}`;
export const SECRETS = [CURATOR_KEY, SECOND_KEY, WRONG_KEY];

export const bearer = (key = CURATOR_KEY) => `Bearer ${key}`;

const dirs: string[] = [];
export function tempDir(prefix = 'allies-api-reliability-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

// ---- logs -------------------------------------------------------------------------------

const logSources: { label: string; text: () => string }[] = [];

/** Every log this test file produced (child servers and in-process apps), for the secrets check. */
export function collectedLogs(): { label: string; text: string }[] {
  return logSources.map((s) => ({ label: s.label, text: s.text() }));
}

/** No configured or presented key, nor any Bearer credential, appears in any log of this file. */
export function expectNoSecretsInLogs(): number {
  let bytes = 0;
  for (const { label, text } of collectedLogs()) {
    bytes += text.length;
    for (const secret of SECRETS) {
      expect(text.includes(secret), `${label} logged a key`).toBe(false);
      expect(text.includes(encodeURIComponent(secret)), `${label} logged an encoded key`).toBe(false);
    }
    expect(/Bearer\s+\S/i.test(text), `${label} logged a Bearer credential`).toBe(false);
  }
  return bytes;
}

// ---- databases ----------------------------------------------------------------------------

/** A copy of the run's seeded SQLite template at a new path, removed by cleanup(). */
export async function seededCopy(): Promise<string> {
  const database = await createTestDatabase({ engine: 'sqlite', contents: 'seeded' });
  dirs.push(database.dir);
  return database.file;
}

// ---- child servers -----------------------------------------------------------------------

const children: ServerProcess[] = [];

/** `file` is the SQLite file ('' on PostgreSQL); `databaseUrl` what the child was given. */
export type Child = ServerProcess & { file: string; databaseUrl: string };

/** Databases other than SQLite copies (PostgreSQL ones), dropped by cleanup(). */
const databases: TestDatabase[] = [];

/**
 * The real entry point on a seeded database of this project's engine (a copy of the SQLite
 * template, or a PostgreSQL database of its own), or on the SQLite `file`; production settings,
 * the suite's keys, rate limiting off unless asked; its output joins the logs checked for keys.
 */
export async function startChild(env: Record<string, string> = {}, file?: string): Promise<Child> {
  let databaseUrl: string;
  let db = '';
  if (file === undefined && testEngine() === 'postgresql') {
    const database = await createTestDatabase({ engine: 'postgresql', contents: 'seeded' });
    databases.push(database);
    databaseUrl = database.url;
  } else {
    db = file ?? (await seededCopy());
    databaseUrl = `file:${db}`;
  }
  const server = await startServer({ DATABASE_URL: databaseUrl, API_KEYS, RATE_LIMIT_MAX: '0', ...env }, 90_000);
  children.push(server);
  logSources.push({ label: `child server on ${db || 'PostgreSQL'}`, text: server.output });
  return { ...server, file: db, databaseUrl };
}

/** Rows of a query on a child's database, whichever the engine (identifiers double-quoted). */
export async function queryDatabase<T>(child: Child, text: string): Promise<T[]> {
  if (child.file === '') {
    const client = new pg.Client({ connectionString: child.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(child.file, { readonly: true });
  try {
    return db.prepare(text).all() as T[];
  } finally {
    db.close();
  }
}

/**
 * For afterAll: kills whatever child is still running, removes temp folders and forgets this
 * file's logs (test files share a worker process, and so this module).
 */
export async function cleanup(): Promise<void> {
  await Promise.all(
    children.splice(0).map((c) => (c.child.exitCode === null && c.child.signalCode === null ? c.stop('SIGKILL') : undefined)),
  );
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const database of databases.splice(0)) await database.remove();
  logSources.length = 0;
}

// ---- in-process apps ----------------------------------------------------------------------

export type LoggedApp = {
  app: FastifyInstance;
  config: Config;
  database: TestDatabase;
  logs: () => string;
  close: () => Promise<void>;
};

/** A seeded app like createTestApp, but logging at `info` (or LOG_LEVEL) into memory for the secrets check. */
export async function createLoggedApp(env: Record<string, string> = {}): Promise<LoggedApp> {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  // Load shedding on event-loop delay is off unless asked: in-process, the test's own synchronous
  // work (Ajv compiling the spec, fast-check shrinking) would count as the app's delay.
  const test = await createTestApp({ API_KEYS, LOG_LEVEL: 'info', MAX_EVENT_LOOP_DELAY_MS: '0', ...env }, { logStream: stream });
  const logs = () => text;
  logSources.push({ label: `in-process app on ${test.database.file || 'PostgreSQL'}`, text: logs });
  return { app: test.app, config: test.config, database: test.database, logs, close: test.close };
}

// ---- load ---------------------------------------------------------------------------------

export type LoadResult = {
  requests: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats: Record<string, { count: number }>;
};

type Autocannon = (options: {
  url: string;
  connections: number;
  /** Seconds to run; or `amount`, the number of responses after which to stop. */
  duration?: number;
  amount?: number;
  timeout?: number;
  requests: { method: string; path: string; headers?: Record<string, string>; body?: string }[];
}) => Promise<LoadResult>;

// autocannon ships no types; required here rather than declared, so no ambient module clashes with bench/.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * GETs of `paths` in turn over `connections` connections, for `length`: a number of seconds, or
 * `{ requests: n }` to stop after n responses however long they take (for tests that count
 * answers: a count within a fixed time is a throughput figure, and those belong to the bench).
 */
export function loadRun(
  url: string,
  paths: string[],
  connections: number,
  length: number | { requests: number },
): Promise<LoadResult> {
  const until = typeof length === 'number' ? { duration: length } : { amount: length.requests };
  // autocannon returns a thenable instance, not a Promise.
  return Promise.resolve(
    autocannon({ url, connections, ...until, timeout: 10, requests: paths.map((path) => ({ method: 'GET', path })) }),
  );
}

// ---- requests -----------------------------------------------------------------------------

let serial = 0;

/** A valid POST /v1/sources body; `tag` makes the title (and so the id) recognisable. */
export function sourceBody(tag: string, textBytes = 200) {
  serial += 1;
  const sentence = `Reliability probe ${tag} number ${serial} says nothing of note. `;
  return {
    kind: 'other',
    title: `Reliability ${tag} ${serial}`,
    language: 'en',
    dateNote: 'Written by the reliability suite.',
    retrievedAt: '2026-01-01T00:00:00Z',
    textNote: 'Synthetic text.',
    text: sentence.repeat(Math.max(1, Math.ceil(textBytes / sentence.length))),
  };
}

/** POSTs a source with the curator key; resolves with the status, body text and Retry-After. */
export async function postSource(
  baseUrl: string,
  tag: string,
  init: { key?: string; textBytes?: number; signal?: AbortSignal } = {},
) {
  const res = await fetch(`${baseUrl}/v1/sources`, {
    method: 'POST',
    headers: { authorization: bearer(init.key), 'content-type': 'application/json' },
    body: JSON.stringify(sourceBody(tag, init.textBytes)),
    signal: init.signal,
  });
  const text = await res.text();
  return { status: res.status, text, retryAfter: res.headers.get('retry-after'), contentType: res.headers.get('content-type') };
}

export const idOf = (text: string) => (JSON.parse(text) as { data: { id: string } }).data.id;

/** `workers` loops POSTing sources until `until()` says stop; every id answered 201 is returned. */
export async function writeLoad(baseUrl: string, tag: string, workers: number, until: () => boolean) {
  const acknowledged: string[] = [];
  const statuses: number[] = [];
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) {
        try {
          const res = await postSource(baseUrl, tag);
          statuses.push(res.status);
          if (res.status === 201) acknowledged.push(idOf(res.text));
        } catch (error) {
          failures.push(String((error as Error).cause ?? error));
        }
      }
    }),
  );
  return { acknowledged, statuses, failures };
}

export type Sent = { status: number; headers: http.IncomingHttpHeaders; text: string };

/**
 * One request over a fresh connection with the path sent exactly as given (percent-encoding
 * untouched, unlike fetch, which normalises it).
 */
export function send(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Sent> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // An explicit length: Node's client sends a DELETE body with neither length nor chunking.
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request(
      { host: hostname, port: Number(port), method, path, headers: { ...length, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Resolves true when a new TCP connection to `url` is refused, false when it is accepted. */
export function connectionRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' ? resolve(true) : reject(error)));
  });
}

/** A raw HTTP/1.1 connection: write bytes when you like, read everything the server sends. */
export function rawConnection(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ host: hostname, port: Number(port) });
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return {
    socket,
    connected,
    closed,
    received: () => received,
    write: (text: string) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.write(text, () => resolve()))),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition()` holds, polling; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * Another process holding SQLite's write lock (BEGIN IMMEDIATE) on `file` until `release()`.
 */
export async function lockDatabase(file: string): Promise<{ release: () => Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1], { fileMustExist: true });
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.stdout.write('released\\n'); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script, file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  await waitFor(() => out.includes('locked') || child.exitCode !== null, 15_000, 'the lock holder');
  if (!out.includes('locked')) throw new Error('the lock holder could not lock the database');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    release: async () => {
      child.stdin.write('release\n');
      await exited;
    },
  };
}
