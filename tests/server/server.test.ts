import { chmodSync, closeSync, fstatSync, openSync, writeFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/database.js';
import { runServerExpectingFailure, startServer } from '../helpers/server-process.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('allies-api-server-');

describe('server entry point', () => {
  it('starts on a fresh file: migrates, seeds, listens and answers /ready', async () => {
    const file = path.join(tempDir(), 'data', 'app.db');
    const server = await startServer({ DATABASE_URL: `file:${file}` });
    try {
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        checks: { database: true, migrations: true, seed: true, integrity: true },
      });
      const countries = (await (await fetch(`${server.url}/v1/countries`)).json()) as {
        data: { code: string }[];
        meta: { total: number };
      };
      expect(countries.meta.total).toBe(6);
      expect(countries.data.map((c) => c.code)).toEqual(['BY', 'CN', 'IR', 'KP', 'RU', 'UA']);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('restarts on the same file without changing the data', async () => {
    // A seeded file: the test above covers migrating and seeding on a first start.
    const database = await createTestDatabase({ engine: 'sqlite' });
    try {
      const first = await startServer({ DATABASE_URL: database.url });
      const before = await (await fetch(`${first.url}/v1`)).json();
      await first.stop();
      const second = await startServer({ DATABASE_URL: database.url });
      try {
        expect(await (await fetch(`${second.url}/v1`)).json()).toEqual(before);
      } finally {
        await second.stop();
      }
    } finally {
      await database.remove();
    }
  });

  it('exits non-zero with one clear line when the database path is not writable', async () => {
    // A regular file where the data folder should be: unwritable even for root, unlike permissions.
    const blocker = path.join(tempDir(), 'blocker');
    writeFileSync(blocker, 'not a directory');
    const urls = [`file:${blocker}/data/app.db`, 'file:/proc/allies-api/app.db'];
    const results = await Promise.all(urls.map((url) => runServerExpectingFailure({ DATABASE_URL: url })));
    for (const result of results) {
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^allies-api: database .*app\.db is not writable: /);
    }
  });

  it('when the data folder belongs to someone else (a root-owned bind mount), says how to make it writable', async () => {
    // As root, the server runs as `nobody` against a folder root owns, as a container's uid 1000
    // meets a bind-mounted host folder; it keeps the right to read and search everything (so the
    // checkout's own permissions do not matter), not to write. Otherwise the folder is made
    // read-only for its owner.
    const folder = tempDir();
    const asRoot = process.getuid?.() === 0;
    chmodSync(folder, asRoot ? 0o755 : 0o555);
    const nobody = ['--reuid=65534', '--regid=65534', '--clear-groups'];
    const wrapper = asRoot ? ['setpriv', ...nobody, '--inh-caps=+dac_read_search', '--ambient-caps=+dac_read_search'] : [];
    const uid = asRoot ? 65534 : process.getuid?.();
    const gid = asRoot ? 65534 : process.getgid?.();
    try {
      const result = await runServerExpectingFailure({ DATABASE_URL: `file:${folder}/data/app.db` }, 60_000, wrapper);
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^allies-api: database .*app\.db is not writable: EACCES/);
      expect(result.stderr).toContain(`the service runs as uid ${uid}`);
      expect(result.stderr).toContain(`chown -R ${uid}:${gid} ${folder}`);
      expect(result.stderr).toContain('--user');
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it('exits non-zero with one clear line on an invalid PORT', async () => {
    const result = await runServerExpectingFailure({ PORT: 'abc', DATABASE_URL: `file:${path.join(tempDir(), 'x.db')}` });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe('allies-api: Invalid configuration: PORT: PORT must be a number');
  });

  it('exits non-zero with one clear line when the file is not a database', async () => {
    const file = path.join(tempDir(), 'garbage.db');
    writeFileSync(file, 'this is not a sqlite database, just text '.repeat(200));
    const result = await runServerExpectingFailure({ DATABASE_URL: `file:${file}` });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^allies-api: database .*garbage\.db cannot be opened/);
  });

  it('listens before checking every page of the database, and /ready says 503 once the check finds damage', async () => {
    // A page no b-tree and no freelist owns (the header counts one page more than SQLite wrote):
    // the file opens and every query answers, but quick_check, which reads every page, reports
    // it. Checked before listening, that check kept a million-claim database from being ready
    // for 4 s; it now runs beside the service, and a failure takes the instance out of a load
    // balancer instead of stopping it.
    const database = await createTestDatabase({ engine: 'sqlite' });
    try {
      const db = new Database(database.file);
      db.pragma('wal_checkpoint(TRUNCATE)');
      const pageSize = Number(db.pragma('page_size', { simple: true }));
      db.close();
      const fd = openSync(database.file, 'r+');
      const pages = fstatSync(fd).size / pageSize;
      const count = Buffer.alloc(4);
      count.writeUInt32BE(pages + 1);
      writeSync(fd, count, 0, 4, 28);
      writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, pages * pageSize);
      closeSync(fd);

      const server = await startServer({ DATABASE_URL: database.url });
      try {
        const deadline = Date.now() + 30_000;
        let answer: { status: number; body: unknown } = { status: 0, body: null };
        while (Date.now() < deadline) {
          const ready = await fetch(`${server.url}/ready`);
          answer = { status: ready.status, body: await ready.json() };
          if (answer.status === 503) break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(answer).toEqual({
          status: 503,
          body: { status: 'not_ready', checks: { database: true, migrations: true, seed: true, integrity: false } },
        });
        // The log line is written in the same turn as the state /ready answers from, but it
        // reaches this process through the child's stdout pipe, which can come after the answer.
        const logged = /database failed its integrity check \(PRAGMA quick_check: .+\); \/ready answers 503/;
        while (!logged.test(server.output()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(server.output()).toMatch(logged);
        expect(server.output()).toContain('.recover');
        expect((await fetch(`${server.url}/health`)).status).toBe(200);
      } finally {
        await server.stop();
      }
    } finally {
      await database.remove();
    }
  });
});
