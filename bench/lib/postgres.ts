import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './options.js';

export type BenchPostgres = { url: string; bump: () => Promise<void>; stop: () => void };

/** A throwaway PostgreSQL server (the tests' script) with an empty `bench` database. */
export async function startPostgres(log: (message: string) => void): Promise<BenchPostgres> {
  // Not inside the work folder: the server runs as the postgres user, who cannot enter that one.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'allies-bench-pg-'));
  log('starting a throwaway PostgreSQL server');
  const started = spawnSync('bash', [path.join(ROOT, 'scripts/postgres.sh'), 'start', dir], { cwd: ROOT, encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr || started.stdout}`);
  const stop = () => void spawnSync('bash', [path.join(ROOT, 'scripts/postgres.sh'), 'stop', dir], { cwd: ROOT });
  const admin = started.stdout.trim().split('\n').pop() ?? '';
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query('CREATE DATABASE bench');
  await client.end();
  const url = new URL(admin);
  url.pathname = '/bench';
  const bump = async () => {
    const bench = new pg.Client({ connectionString: url.toString() });
    await bench.connect();
    await bench.query('UPDATE "DatasetState" SET "version" = "version" + 1 WHERE "id" = 1');
    await bench.end();
    // The instances learn of it by notification; give it time to arrive before measuring "cold".
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
  return { url: url.toString(), bump, stop };
}
