import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fp from 'fastify-plugin';
import { writeSnapshot } from '../../db/snapshot.js';
import { buildPackageFiles, sha256, versionedFilename, type DownloadFile, type PackageRows } from '../../lib/data-package.js';
import type { Repositories } from '../../repositories/index.js';
import { claimListQuery } from '../../schemas/claim.js';
import { countryListQuery } from '../../schemas/country.js';
import { leaderListQuery } from '../../schemas/leader.js';
import { sourceListQuery } from '../../schemas/source.js';
import { tradeFigureListQuery } from '../../schemas/trade-figure.js';

export type PackageBuild = { version: number; updatedAt: Date; files: DownloadFile[] };
export type SnapshotBuild = { version: number; bytes: Buffer; filename: string; sha256: string };

declare module 'fastify' {
  interface FastifyInstance {
    /** The whole dataset as files, built once per dataset version (see src/lib/data-package.ts). */
    downloads: {
      package(): Promise<PackageBuild>;
      /** The SQLite snapshot of the current version (see src/db/snapshot.ts). */
      snapshot(): Promise<SnapshotBuild>;
    };
  }
}

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

/**
 * Keeps one build of each kind, for the version it was made at; a request at a newer version
 * builds again (concurrent requests share one build). Snapshots are written in a directory of
 * the process's own, removed when the app closes.
 */
function latest<T extends { version: number }>(current: () => Promise<number>, build: () => Promise<T>) {
  let done: T | undefined;
  let pending: Promise<T> | undefined;
  return async (): Promise<T> => {
    const version = await current();
    if (done !== undefined && done.version >= version) return done;
    pending ??= build().then(
      (result) => {
        done = result;
        pending = undefined;
        return result;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}

export default fp(
  async (app) => {
    const directory = mkdtempSync(path.join(tmpdir(), 'allies-downloads-'));
    const current = () => app.datasetVersion();
    const packageBuild = latest(current, async () => {
      const { status, rows } = await readDataset(app.repositories);
      const sources = await Promise.all(
        status.sources.map(async (s) => ({ ...s, url: (await app.repositories.sources.findById(s.id))?.url ?? null })),
      );
      const meta = { version: status.version, updatedAt: status.updatedAt, sources, publicBaseUrl: app.config.publicBaseUrl };
      return { version: status.version, updatedAt: status.updatedAt, files: await buildPackageFiles(rows, meta) };
    });
    // Held in memory and its file removed at once: a response never races the removal of an old one.
    const snapshotBuild = latest(current, async () => {
      const { file, version } = await writeSnapshot(app.config.databaseEngine, app.config.databaseUrl, app.reader, directory);
      try {
        const bytes = readFileSync(file);
        return { version, bytes, filename: versionedFilename('allies-api.db', version), sha256: sha256(bytes) };
      } finally {
        rmSync(file, { force: true });
      }
    });
    app.decorate('downloads', { package: packageBuild, snapshot: snapshotBuild });
    app.addHook('onClose', async () => {
      rmSync(directory, { recursive: true, force: true });
    });
  },
  { name: 'downloads', dependencies: ['database', 'repositories'] },
);
