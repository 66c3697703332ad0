import path from 'node:path';
import { isPostgresUrl, sqlitePath } from './engine.js';
import { startWorker } from './worker-thread.js';

export type IntegritySetup = { file: string };
export type IntegrityResult = { ok: true } | { ok: false; report: string };
/** `unchecked` until a check starts, `checking` while it runs, then its outcome. */
export type IntegrityState = { state: 'unchecked' | 'checking' | 'ok' } | { state: 'failed'; report: string };

/**
 * SQLite's own check of every page of the database file (`PRAGMA quick_check`), run on a
 * thread of its own so the service answers while it reads: 3.8 s at a million claims, which at
 * start-up kept the service from being ready for as long. PostgreSQL checks its own pages
 * (checksums, WAL), so there is nothing to run: ok.
 */
export async function checkIntegrity(databaseUrl: string): Promise<IntegrityResult> {
  if (isPostgresUrl(databaseUrl)) return { ok: true };
  const worker = startWorker('integrity-worker', { file: path.resolve(sqlitePath(databaseUrl)) } satisfies IntegritySetup);
  try {
    return await new Promise<IntegrityResult>((resolve, reject) => {
      worker.once('message', (message: IntegrityResult) => resolve(message));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the integrity check's thread exited with code ${code}`)));
    });
  } catch (error) {
    return { ok: false, report: (error as Error).message };
  } finally {
    await worker.terminate();
  }
}
