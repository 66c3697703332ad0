import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { CursorCodec } from '../lib/cursor.js';
import {
  SQLITE_MEDIA_TYPE,
  versionedFilename,
  writePackageFiles,
  type DownloadFile,
  type PackageResourceName,
} from '../lib/data-package.js';
import { DownloadStore, hashFile, type PublishedSet } from '../lib/download-store.js';
import { createRepositories, type Repositories } from '../repositories/index.js';
import { claimListQuery } from '../schemas/claim.js';
import { countryListQuery } from '../schemas/country.js';
import { leaderListQuery } from '../schemas/leader.js';
import { sourceListQuery } from '../schemas/source.js';
import { tradeFigureListQuery } from '../schemas/trade-figure.js';
import type { DownloadRequest, DownloadSetup, FromDownloadWorker } from './download-protocol.js';
import { DatasetGeneration } from './generation.js';
import { writeSnapshot } from './snapshot.js';
import type { SqlReader } from './sql.js';
import { createSqliteReader } from './sqlite-reader.js';

/**
 * The downloads' thread: reads the whole dataset and writes every file of one version (CSV,
 * NDJSON, the Data Package and its zip, the SQLite snapshot with its VACUUM and integrity check,
 * their SHA-256) to disk (src/lib/download-store.ts), on connections of its own, and answers
 * their listing. At 100k claims that is tens of seconds of CPU, which on the event loop froze
 * every request, /health included, for as long; held in memory, the files were most of the
 * server's RSS.
 */
const port = parentPort;
if (port === null) throw new Error('download-worker.ts runs as a worker thread (see src/plugins/app/downloads.ts)');
const setup = workerData as DownloadSetup;

const connections = (async () => {
  const reader: SqlReader =
    setup.engine === 'postgresql'
      ? (await import('./postgres-reader.js')).createPostgresReader(setup.databaseUrl)
      : createSqliteReader(setup.databaseUrl);
  // No generation to follow here: every build reads afresh, so the row caches stay empty.
  const generation = new DatasetGeneration({ read: () => null, close: () => undefined }, 0);
  const readOnly = {
    write: () => Promise.reject(new Error('the downloads thread only reads')),
  };
  const repositories = createRepositories({ reader, generation }, new CursorCodec(setup.cursorSecret), readOnly);
  return { reader, repositories };
})();

/** A write landed while the files were read: they are dropped and the build starts again. */
class DatasetMoved extends Error {}

const store = new DownloadStore(setup.directory);

/** The package's folder: its descriptor carries PUBLIC_BASE_URL, so instances with another one build their own. */
const packageKind =
  setup.publicBaseUrl === ''
    ? 'package'
    : `package-${createHash('sha256').update(setup.publicBaseUrl).digest('hex').slice(0, 12)}`;

/**
 * Every resource's files at one dataset version, streamed to disk as the rows are read; read
 * again when a write lands in between. A version already on disk whole (built by this process
 * before, or by another sharing the folder) is used as it is.
 */
async function packageSet(repositories: Repositories): Promise<PublishedSet> {
  const { meta } = repositories;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const status = await meta.status();
    const found = await store.find(packageKind, status);
    if (found !== null) return found;
    try {
      return await store.publish(packageKind, async (directory) => {
        const sources = await Promise.all(
          status.sources.map(async (s) => ({ ...s, url: (await repositories.sources.findById(s.id))?.url ?? null })),
        );
        const rowsOf = (resource: PackageResourceName): AsyncIterable<Record<string, unknown>> => {
          switch (resource) {
            case 'sources':
              return repositories.sources.exportAll(sourceListQuery.parse({}));
            case 'countries':
              return repositories.countries.exportAll(countryListQuery.parse({}));
            case 'leaders':
              return repositories.leaders.exportAll(leaderListQuery.parse({}));
            case 'claims':
              return repositories.claims.exportAll(claimListQuery.parse({ status: 'all' }));
            case 'trade-figures':
              return repositories.tradeFigures.exportAll(tradeFigureListQuery.parse({ status: 'all' }));
          }
        };
        const meta = { version: status.version, updatedAt: status.updatedAt, sources, publicBaseUrl: setup.publicBaseUrl };
        const files = await writePackageFiles(directory, rowsOf, meta);
        if ((await repositories.meta.datasetVersion()) !== status.version) throw new DatasetMoved();
        return { state: status, files };
      });
    } catch (error) {
      if (!(error instanceof DatasetMoved)) throw error;
    }
  }
  throw new Error('the dataset kept changing while the downloads were read');
}

/** The SQLite snapshot, written into its folder; the state it holds is the copy's own version. */
async function snapshotSet(repositories: Repositories, reader: SqlReader): Promise<PublishedSet> {
  const { meta } = repositories;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const before = await meta.status();
    const found = await store.find('snapshot', before);
    if (found !== null) return found;
    try {
      return await store.publish('snapshot', async (directory) => {
        const { file, version } = await writeSnapshot(setup.engine, setup.databaseUrl, reader, directory);
        const after = version === before.version ? before : await meta.status();
        if (after.version !== version) throw new DatasetMoved();
        const entry: DownloadFile = {
          path: path.basename(file),
          filename: versionedFilename('allies-api.db', version),
          format: 'sqlite',
          mediaType: SQLITE_MEDIA_TYPE,
          resource: null,
          size: (await stat(file)).size,
          sha256: await hashFile(file),
        };
        return { state: after, files: [entry] };
      });
    } catch (error) {
      if (!(error instanceof DatasetMoved)) throw error;
    }
  }
  throw new Error('the dataset kept changing while its snapshot was copied');
}

const listing = (set: PublishedSet) => ({
  version: set.version,
  updatedAt: set.updatedAt.toISOString(),
  directory: set.directory,
  files: set.files,
});

async function build(kind: DownloadRequest['kind']): Promise<FromDownloadWorker> {
  const { repositories, reader } = await connections;
  const set = kind === 'package' ? await packageSet(repositories) : await snapshotSet(repositories, reader);
  // The version before this one stays for responses still reading it.
  await store.prune(set.version);
  return { ok: true, kind, ...listing(set) };
}

port.on('message', (request: DownloadRequest | { kind: 'close' }) => {
  if (request.kind === 'close') {
    void connections.then(({ reader }) => reader.close()).finally(() => port.close());
    return;
  }
  build(request.kind).then(
    (message) => port.postMessage({ ...message, id: request.id }),
    (error: unknown) =>
      port.postMessage({ ok: false, id: request.id, message: error instanceof Error ? error.message : String(error) }),
  );
});
