import { parentPort, workerData } from 'node:worker_threads';
import { runWrite } from '../repositories/writes.js';
import type { WriteRequest } from '../repositories/versioned.js';
import type { WriteResult } from '../repositories/write.js';
import { GroupCommitter } from './group-commit.js';
import { openWriteConnection } from './write-connection.js';
import { encodeError, type FromWorker, type Outcome, type ToWorker, type WorkerSetup } from './write-protocol.js';

/**
 * The writer's thread: the group committer (group-commit.ts) on a connection of its own, running
 * the write units the main thread sends as plain data. Everything a write costs in CPU (its
 * statements, the quote search, the commit and its fsync) is spent here, so the event loop that
 * answers reads and /health never waits for a write. One message back per batch, after COMMIT:
 * its dataset version first, then each write's outcome.
 */
const port = parentPort;
if (port === null) throw new Error('write-worker.ts runs as a worker thread (see Writer)');
const setup = workerData as WorkerSetup;
const send = (message: FromWorker<WriteResult<unknown>>) => port.postMessage(message);

const committer = new GroupCommitter<WriteRequest, WriteResult<unknown>, number>(
  () => openWriteConnection(setup.databaseUrl),
  runWrite,
  (version, settled) => {
    const outcomes = settled.map(([id, outcome]): Outcome<WriteResult<unknown>> =>
      outcome.ok ? { id, ok: true, value: outcome.value } : { id, ok: false, error: encodeError(outcome.error) },
    );
    send({ type: 'batch', version, outcomes });
  },
  { maxBatch: setup.maxBatch },
);

port.on('message', (message: ToWorker<WriteRequest>) => {
  switch (message.type) {
    case 'write':
      committer.enqueue(message.id, message.request);
      return;
    case 'pragma':
      committer.pragma(message.statement).then(
        (value) => send({ type: 'pragma', id: message.id, ok: true, value }),
        (error: unknown) => send({ type: 'pragma', id: message.id, ok: false, error: encodeError(error) }),
      );
      return;
    case 'close':
      void committer.close().finally(() => {
        send({ type: 'closed' });
        port.close();
      });
      return;
  }
});

committer.connect().then(
  () => send({ type: 'ready' }),
  (error: unknown) => send({ type: 'failed', error: encodeError(error) }),
);
