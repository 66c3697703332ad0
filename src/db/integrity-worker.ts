import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { IntegritySetup, IntegrityResult } from './integrity.js';
import { cacheSizePragma } from './engine.js';

/**
 * `PRAGMA quick_check` on a connection of its own: it reads every page, which at a million
 * claims takes seconds the event loop (and start-up) should not wait for.
 */
const port = parentPort;
if (port === null) throw new Error('integrity-worker.ts runs as a worker thread (see src/db/integrity.ts)');
const { file } = workerData as IntegritySetup;

let result: IntegrityResult;
try {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // The check reads every page once: a page cache only grows the thread for nothing.
  db.pragma(cacheSizePragma('other'));
  try {
    const report = db.pragma('quick_check', { simple: true });
    result = report === 'ok' ? { ok: true } : { ok: false, report: String(report) };
  } finally {
    db.close();
  }
} catch (error) {
  result = { ok: false, report: (error as Error).message };
}
port.postMessage(result);
