import http from 'node:http';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bearer,
  cleanup,
  connectionRefused,
  expectNoSecretsInLogs,
  rawConnection,
  sleep,
  sourceBody,
  startChild,
  waitFor,
  writeLoad,
  type Child,
} from '../helpers/reliability.js';

/** Issue 7, tests 3 and 4: graceful shutdown on SIGTERM, and kill -9 under write load. */

afterAll(async () => {
  expectNoSecretsInLogs();
  await cleanup();
});

const exitOf = (server: Child) =>
  new Promise<{ code: number | null; at: number }>((resolve) => {
    if (server.child.exitCode !== null) resolve({ code: server.child.exitCode, at: Date.now() });
    else server.child.once('exit', (code) => resolve({ code, at: Date.now() }));
  });

/** A POST whose body the client uploads in `parts` pieces, `gapMs` apart; resolves with status and body. */
function slowUpload(url: string, body: string, parts: number, gapMs: number, afterFirstPart: () => Promise<void>) {
  const { hostname, port } = new URL(url);
  const bytes = Buffer.from(body, 'utf8');
  return new Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port: Number(port),
        method: 'POST',
        path: '/v1/sources',
        agent: false,
        headers: { authorization: bearer(), 'content-type': 'application/json', 'content-length': String(bytes.length) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    void (async () => {
      const size = Math.ceil(bytes.length / parts);
      for (let i = 0; i < parts; i += 1) {
        await new Promise<void>((done) => req.write(bytes.subarray(i * size, (i + 1) * size), () => done()));
        if (i === 0) await afterFirstPart();
        if (i < parts - 1) await sleep(gapMs);
      }
      req.end();
    })().catch(reject);
  });
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the request in flight, refuses new connections and exits 0', async () => {
    const server = await startChild({ REQUEST_TIMEOUT_MS: '20000' });
    // An idle keep-alive connection must not hold the shutdown up until it times out.
    const keepAlive = new http.Agent({ keepAlive: true });
    const warm = await new Promise<number>((resolve, reject) =>
      http
        .get(`${server.url}/health`, { agent: keepAlive }, (res) => (res.resume(), resolve(res.statusCode ?? 0)))
        .on('error', reject),
    );
    expect(warm).toBe(200);

    const exited = exitOf(server);
    let signalledAt = 0;
    const body = JSON.stringify(sourceBody('shutdown', 4000));
    const upload = slowUpload(server.url, body, 8, 250, async () => {
      // Signal once the server has the request (its headers and a first part of the body).
      await waitFor(
        () => server.output().includes('"method":"POST","url":"/v1/sources"'),
        5000,
        'the server to receive the upload',
      );
      signalledAt = Date.now();
      server.child.kill('SIGTERM');
    });

    // Stops accepting: new connections are refused while the upload is still going.
    await waitFor(() => server.output().includes('"shutting down"'), 5000, 'the shutdown log line');
    let refused = false;
    for (let i = 0; i < 50 && !refused; i += 1) {
      refused = await connectionRefused(server.url);
      if (!refused) await sleep(20);
    }
    expect(refused, 'a new connection was accepted after SIGTERM').toBe(true);
    expect(server.child.exitCode, 'exited before the request in flight finished').toBeNull();

    const response = await upload;
    expect(response.status, response.text).toBe(201);
    const id = (JSON.parse(response.text) as { data: { id: string } }).data.id;
    const exit = await exited;
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThan(10_000);
    keepAlive.destroy();

    // The write the client was told about is on disk, and the file is intact.
    const db = new Database(server.file, { readonly: true });
    try {
      expect(db.prepare('SELECT id FROM Source WHERE id = ?').get(id)).toEqual({ id });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});

describe('crash under write load', () => {
  let restarted: Child | undefined;

  it('after kill -9 mid-writes, a restart has every acknowledged write and an intact file', async () => {
    const server = await startChild();
    let killed = false;
    const load = writeLoad(server.url, 'crash', 8, () => killed);
    // Let the writers get going, then kill without warning while requests are in flight.
    await waitFor(() => server.output().split('"statusCode":201').length > 40, 30_000, 'acknowledged writes');
    const exited = exitOf(server);
    server.child.kill('SIGKILL');
    killed = true;
    await exited;
    const { acknowledged, statuses, failures } = await load;
    expect(acknowledged.length).toBeGreaterThan(30);
    // Only 201s, or connections cut by the kill: never an error status.
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(failures.length).toBeLessThanOrEqual(8);

    restarted = await startChild({}, server.file);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const res = await fetch(`${restarted.url}/v1/sources/${id}`);
      if (res.status !== 200) missing.push(`${id}: ${res.status}`);
    }
    expect(missing).toEqual([]);

    // No partial write: every source row, acknowledged or not, came with its revision and nothing else is half-done.
    const db = new Database(server.file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const orphans = db
        .prepare(
          "SELECT s.id FROM Source s WHERE s.title LIKE 'Reliability crash %' AND NOT EXISTS (SELECT 1 FROM Revision r WHERE r.resourceType = 'source' AND r.resourceId = s.id AND r.action = 'create')",
        )
        .all();
      expect(orphans).toEqual([]);
      const stored = (
        db.prepare("SELECT COUNT(*) AS n FROM Source WHERE title LIKE 'Reliability crash %'").get() as { n: number }
      ).n;
      // At most the requests in flight at the kill were committed without an answer.
      expect(stored).toBeGreaterThanOrEqual(acknowledged.length);
      expect(stored).toBeLessThanOrEqual(acknowledged.length + 8);
    } finally {
      db.close();
    }
  });

  it('a second signal during a stuck shutdown exits at once', async () => {
    const server = restarted ?? (await startChild());
    const exited = exitOf(server);
    // A request that never completes keeps the graceful shutdown waiting.
    const stuck = rawConnection(server.url);
    await stuck.connected;
    await stuck.write(
      `POST /v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: ${bearer()}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"kind":`,
    );
    await sleep(200);
    server.child.kill('SIGTERM');
    await waitFor(() => server.output().includes('"shutting down"'), 5000, 'the shutdown log line');
    await sleep(500);
    expect(server.child.exitCode, 'the first signal did not wait for the request in flight').toBeNull();
    const second = Date.now();
    server.child.kill('SIGTERM');
    const exit = await exited;
    expect(exit.code).toBe(1);
    expect(exit.at - second).toBeLessThan(2000);
    stuck.socket.destroy();
  });
});
