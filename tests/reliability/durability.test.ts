import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';
import { API_KEYS, bearer, claimBody } from '../helpers/writes.js';

/**
 * What the API acknowledged survives `kill -9`: a child server (the real entry point) takes a
 * stream of writes from several clients at once and is killed without warning mid-stream; the
 * file is then opened by a new connection in this process, and the server restarted on it.
 */
let database: TestDatabase;
let file: string;
let env: Record<string, string>;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ engine: 'sqlite' });
  file = database.file;
  env = { API_KEYS, DATABASE_URL: database.url, RATE_LIMIT_MAX: '0' };
});
afterAll(async () => {
  for (const server of servers)
    if (server.child.exitCode === null && server.child.signalCode === null) await server.stop('SIGKILL');
  await database?.remove();
});

type Ack = { id: string; version: number; statement: string; key?: string };

async function start(): Promise<ServerProcess> {
  const server = await startServer(env, 90_000);
  servers.push(server);
  return server;
}

describe('durability across kill -9', () => {
  const acks: Ack[] = [];
  /** POSTs sent but never answered: they may or may not have committed, never half. */
  const unanswered: { key: string; statement: string }[] = [];

  it('keeps every acknowledged write after the server is killed with SIGKILL mid-stream', async () => {
    const server = await start();
    const KILL_AFTER = 40;
    let killed = false;
    let cutOff = 0;

    async function client(worker: number) {
      for (let n = 0; !killed; n += 1) {
        const statement = `Durability claim ${worker}-${n}.`;
        const key = `durability-${worker}-${n}`;
        let created: Response;
        try {
          created = await fetch(`${server.url}/v1/claims`, {
            method: 'POST',
            headers: { authorization: bearer(), 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(claimBody({ statement })),
          });
        } catch {
          cutOff += 1;
          unanswered.push({ key, statement });
          return;
        }
        expect(created.status).toBe(201);
        const body = (await created.json()) as { data: { id: string; version: number } };
        acks.push({ id: body.data.id, version: body.data.version, statement, key });
        // Then a correction of the same claim, conditional on the version just written.
        const corrected = `${statement} Corrected.`;
        try {
          const patched = await fetch(`${server.url}/v1/claims/${body.data.id}`, {
            method: 'PATCH',
            headers: {
              authorization: bearer(),
              'content-type': 'application/json',
              'if-match': created.headers.get('etag') ?? '',
            },
            body: JSON.stringify({ statement: corrected, reason: 'durability test' }),
          });
          expect(patched.status).toBe(200);
          acks.push({ id: body.data.id, version: 2, statement: corrected });
        } catch {
          cutOff += 1;
          return;
        }
        if (acks.length >= KILL_AFTER && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    }

    await Promise.all([0, 1, 2, 3].map((w) => client(w)));
    const code = await server.stop();
    expect(code).toBeNull();
    expect(server.child.signalCode).toBe('SIGKILL');
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // Mid-stream: the other clients had requests in flight when the process died.
    expect(cutOff).toBeGreaterThan(0);

    // A new connection, as after a reboot: WAL recovery runs here.
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const claimVersion = db.prepare('SELECT version, statement FROM Claim WHERE id = ?');
      const revision = db.prepare('SELECT COUNT(*) AS n FROM Revision WHERE resourceType = ? AND resourceId = ? AND version = ?');
      for (const ack of acks) {
        const row = claimVersion.get(ack.id) as { version: number; statement: string } | undefined;
        expect(row, ack.id).toBeDefined();
        expect(row?.version, ack.id).toBeGreaterThanOrEqual(ack.version);
        expect((revision.get('claim', ack.id, ack.version) as { n: number }).n, `${ack.id} v${ack.version}`).toBe(1);
        if (row?.version === ack.version) expect(row.statement).toBe(ack.statement);
      }
      // No half-written write: every test claim has its create revision and idempotency record,
      // and the dataset version counts exactly the writes that committed.
      const claims = db.prepare("SELECT id, version FROM Claim WHERE statement LIKE 'Durability claim %'").all() as {
        id: string;
        version: number;
      }[];
      const creates = db
        .prepare("SELECT resourceId FROM Revision WHERE resourceType = 'claim' AND action = 'create' AND actor = 'alice'")
        .all() as { resourceId: string }[];
      expect(creates.map((r) => r.resourceId).sort()).toEqual(claims.map((c) => c.id).sort());
      const keys = db.prepare("SELECT COUNT(*) AS n FROM IdempotencyRecord WHERE key LIKE 'durability-%'").get() as { n: number };
      expect(keys.n).toBe(claims.length);
      const writes = db.prepare("SELECT COUNT(*) AS n FROM Revision WHERE actor = 'alice'").get() as { n: number };
      expect(writes.n).toBe(claims.reduce((sum, c) => sum + c.version, 0));
      const state = db.prepare('SELECT version FROM DatasetState WHERE id = 1').get() as { version: number };
      expect(state.version).toBe(1 + writes.n);
    } finally {
      db.close();
    }
  }, 120_000);

  it('serves every acknowledged write over HTTP after a restart on the same file, and a retried unanswered POST is written once', async () => {
    const server = await start();
    const latest = new Map<string, Ack>();
    for (const ack of acks) if ((latest.get(ack.id)?.version ?? 0) < ack.version) latest.set(ack.id, ack);
    for (const ack of latest.values()) {
      const res = await fetch(`${server.url}/v1/claims/${ack.id}`);
      expect(res.status, ack.id).toBe(200);
      const body = (await res.json()) as { data: { version: number } };
      expect(body.data.version).toBeGreaterThanOrEqual(ack.version);
    }
    // A client whose POST got no answer retries it with the same Idempotency-Key.
    for (const { key, statement } of unanswered) {
      const retry = await fetch(`${server.url}/v1/claims`, {
        method: 'POST',
        headers: { authorization: bearer(), 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(claimBody({ statement })),
      });
      expect(retry.status).toBe(201);
    }
    const all = (await (await fetch(`${server.url}/v1/claims?q=Durability&limit=100&status=all`)).json()) as {
      data: { statement: string }[];
    };
    for (const { statement } of unanswered) {
      expect(all.data.filter((c) => c.statement === statement || c.statement === `${statement} Corrected.`)).toHaveLength(1);
    }
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await server.stop('SIGTERM')).toBe(0);
  }, 120_000);
});
