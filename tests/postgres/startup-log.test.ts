import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startServer } from '../helpers/server-process.js';

/** The start-up line names a PostgreSQL database without its password, wherever the password is. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ contents: 'empty', engine: 'postgresql' });
}, 60_000);
afterAll(async () => {
  await database?.remove();
});

describe('start-up on PostgreSQL', () => {
  it('says which database, migrations and seed, with the password redacted from every line', async () => {
    // The test server trusts local connections, so any password works and must never be printed.
    const password = 'pw-Zr8sQ2vLx9Kd';
    const url = new URL(database.url);
    url.password = password;
    const server = await startServer({ DATABASE_URL: url.toString(), LOG_LEVEL: 'debug' }, 120_000);
    try {
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const output = server.output();
    expect(output).not.toContain(password);
    const masked = new URL(database.url);
    const line = output
      .split('\n')
      .filter((l) => l.includes('"Database: '))
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(
      new RegExp(
        `^Database: PostgreSQL postgresql://${masked.username}:\\[redacted\\]@${masked.host}${masked.pathname}; applied migrations: \\d+ of \\d+, up to .+; seeded the dataset: 1 source, `,
      ),
    );
  }, 180_000);
});
