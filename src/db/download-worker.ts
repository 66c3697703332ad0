import { readFileSync, rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { CursorCodec } from '../lib/cursor.js';
import { buildPackageFiles, sha256, versionedFilename, type PackageRows } from '../lib/data-package.js';
import { createRepositories, type Repositories } from '../repositories/index.js';
import { claimListQuery } from '../schemas/claim.js';
import { countryListQuery } from '../schemas/country.js';
import { leaderListQuery } from '../schemas/leader.js';
import { sourceListQuery } from '../schemas/source.js';
import { tradeFigureListQuery } from '../schemas/trade-figure.js';
import { createPrismaClient } from './client.js';
import type { DownloadRequest, DownloadSetup, FromDownloadWorker } from './download-protocol.js';
import { DatasetGeneration } from './generation.js';
import { writeSnapshot } from './snapshot.js';
import type { SqlReader } from './sql.js';
import { createSqliteReader } from './sqlite-reader.js';

/**
 * The downloads' thread: reads the whole dataset and builds every file of one version (CSV,
 * NDJSON, the Data Package and its zip, the SQLite snapshot with its VACUUM and integrity check,
 * their SHA-256) on connections of its own. At 100k claims that is tens of seconds of CPU, which
 * on the event loop froze every request, /health included, for as long.
 */
const port = parentPort;
if (port === null) throw new Error('download-worker.ts runs as a worker thread (see src/plugins/app/downloads.ts)');
const setup = workerData as DownloadSetup;

const connections = (async () => {
  const db = await createPrismaClient(setup.databaseUrl);
  const reader: SqlReader =
    setup.engine === 'postgresql'
      ? (await import('./postgres-reader.js')).createPostgresReader(setup.databaseUrl)
      : createSqliteReader(setup.databaseUrl);
  // No generation to follow here: every build reads afresh, so the row caches stay empty.
  const generation = new DatasetGeneration({ read: () => null, close: () => undefined }, 0);
  const readOnly = {
    write: () => Promise.reject(new Error('the downloads thread only reads')),
  };
  const repositories = createRepositories(db, { reader, generation }, new CursorCodec(setup.cursorSecret), readOnly);
  return { db, reader, repositories };
})();

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** Every resource's rows at one dataset version: read again when a write lands in between. */
async function readDataset(repositories: Repositories) {
  const { meta } = repositories;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const status = await meta.status();
    const rows: PackageRows = {
      sources: await collect(repositories.sources.exportAll(sourceListQuery.parse({}))),
      countries: await collect(repositories.countries.exportAll(countryListQuery.parse({}))),
      leaders: await collect(repositories.leaders.exportAll(leaderListQuery.parse({}))),
      claims: await collect(repositories.claims.exportAll(claimListQuery.parse({ status: 'all' }))),
      'trade-figures': await collect(repositories.tradeFigures.exportAll(tradeFigureListQuery.parse({ status: 'all' }))),
    };
    if ((await meta.datasetVersion()) === status.version) return { status, rows };
  }
  throw new Error('the dataset kept changing while the downloads were read');
}

/** A copy of `bytes` in an ArrayBuffer of its own, which can be transferred instead of cloned. */
function transferable(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return copy;
}

async function build(kind: DownloadRequest['kind']): Promise<{ message: FromDownloadWorker; transfer: ArrayBuffer[] }> {
  const { repositories, reader } = await connections;
  if (kind === 'package') {
    const { status, rows } = await readDataset(repositories);
    const sources = await Promise.all(
      status.sources.map(async (s) => ({ ...s, url: (await repositories.sources.findById(s.id))?.url ?? null })),
    );
    const meta = { version: status.version, updatedAt: status.updatedAt, sources, publicBaseUrl: setup.publicBaseUrl };
    const files = (await buildPackageFiles(rows, meta)).map(({ bytes, ...file }) => ({ ...file, bytes: transferable(bytes) }));
    return {
      message: { ok: true, kind, version: status.version, updatedAt: status.updatedAt.toISOString(), files },
      transfer: files.map((f) => f.bytes),
    };
  }
  const { file, version } = await writeSnapshot(setup.engine, setup.databaseUrl, reader, setup.directory);
  try {
    const bytes = readFileSync(file);
    const snapshot = {
      version,
      filename: versionedFilename('allies-api.db', version),
      sha256: sha256(bytes),
      bytes: transferable(bytes),
    };
    return { message: { ok: true, kind, snapshot }, transfer: [snapshot.bytes] };
  } finally {
    rmSync(file, { force: true });
  }
}

port.on('message', (request: DownloadRequest | { kind: 'close' }) => {
  if (request.kind === 'close') {
    void connections.then(({ db, reader }) => Promise.all([db.$disconnect(), reader.close()])).finally(() => port.close());
    return;
  }
  build(request.kind).then(
    ({ message, transfer }) => port.postMessage({ ...message, id: request.id }, transfer),
    (error: unknown) =>
      port.postMessage({ ok: false, id: request.id, message: error instanceof Error ? error.message : String(error) }),
  );
});
