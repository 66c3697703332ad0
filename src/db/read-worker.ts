import { parentPort, workerData } from 'node:worker_threads';
import { createSqliteReader } from './sqlite-reader.js';
import type { ReadReply, ReadRequest, ReadSetup } from './sqlite-thread-reader.js';

/**
 * The SQLite reads sent by createSqliteThreadReader, on a read-only connection of the thread's
 * own, one at a time in the order they came, each answered with its rows or its error.
 */
const port = parentPort;
if (port === null) throw new Error('read-worker.ts runs as a worker thread (see src/db/sqlite-thread-reader.ts)');
const { databaseUrl } = workerData as ReadSetup;
const reader = createSqliteReader(databaseUrl, 'search');

port.on('message', ({ id, query }: ReadRequest) => {
  let reply: ReadReply;
  try {
    reply = { id, rows: reader.all(query) as unknown[] };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
