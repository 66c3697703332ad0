import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import fp from 'fastify-plugin';
import type { DownloadRequest, DownloadSetup, FromDownloadWorker } from '../../db/download-protocol.js';
import { startWorker } from '../../db/worker-thread.js';
import type { DownloadFile } from '../../lib/data-package.js';

/** A version's files: their listing, and the folder on disk they are read from. */
export type PackageBuild = { version: number; updatedAt: Date; directory: string; files: DownloadFile[] };
/** The snapshot's listing; `file` is its path on disk. */
export type SnapshotBuild = { version: number; filename: string; sha256: string; size: number; file: string };

declare module 'fastify' {
  interface FastifyInstance {
    /** The whole dataset as files, built once per dataset version on a thread of their own. */
    downloads: {
      /** The Data Package's files (src/lib/data-package.ts) of the current version. */
      package(): Promise<PackageBuild>;
      /** The SQLite snapshot of the current version (src/db/snapshot.ts). */
      snapshot(): Promise<SnapshotBuild>;
      /**
       * Both, if they are built for the current version; otherwise null at once, with the build
       * started, for pages that must not wait for it.
       */
      ifBuilt(): Promise<{ package: PackageBuild; snapshot: SnapshotBuild } | null>;
      /**
       * Forgets a build whose files are no longer all on disk (deleted under the server, or by
       * another instance's clean-up), so the next call finds them again or builds them.
       */
      forget(build: PackageBuild | SnapshotBuild): void;
    };
  }
}

/**
 * Keeps one build of each kind, for the version it was made at; a request at a newer version
 * builds again (concurrent requests share one build).
 */
function latest<T extends { version: number }>(current: () => Promise<number>, build: () => Promise<T>) {
  let done: T | undefined;
  let pending: Promise<T> | undefined;
  const get = async (): Promise<T> => {
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
  /** The build of the current version if there is one; else starts it and answers undefined. */
  const ifBuilt = async (): Promise<T | undefined> => {
    const version = await current();
    if (done !== undefined && done.version >= version) return done;
    get().catch(() => undefined);
    return undefined;
  };
  const forget = (build: T) => {
    if (done === build) done = undefined;
  };
  return { get, ifBuilt, forget };
}

/** The downloads' thread, started at the first build and kept for the next ones. */
class DownloadThread {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, (message: FromDownloadWorker) => void>();

  constructor(private readonly setup: DownloadSetup) {}

  private live(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = startWorker('download-worker', this.setup);
    worker.on('message', (message: FromDownloadWorker & { id: number }) => {
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    });
    const fail = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const settle of this.waiting.values()) settle({ ok: false, message: why });
      this.waiting.clear();
    };
    worker.on('error', (error) => fail(`the downloads thread failed: ${error.message}`));
    worker.on('exit', (code) => fail(`the downloads thread stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  request(kind: DownloadRequest['kind']): Promise<FromDownloadWorker> {
    const worker = this.live();
    const id = (this.next += 1);
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, kind } satisfies DownloadRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker === null) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ kind: 'close' });
    // A build under way is not waited for: it writes into a folder of its own, which is not
    // renamed into place and is removed with the next clean-up.
    const timer = setTimeout(() => void worker.terminate(), 2000);
    await exited;
    clearTimeout(timer);
  }
}

export default fp(
  async (app) => {
    // Without DOWNLOADS_DIR on PostgreSQL, a folder of this process's own, removed at close.
    const configured = app.config.downloadsDir;
    const directory = configured ?? mkdtempSync(path.join(tmpdir(), 'allies-downloads-'));
    const thread = new DownloadThread({
      engine: app.config.databaseEngine,
      databaseUrl: app.config.databaseUrl,
      cursorSecret: app.config.cursorSecret,
      publicBaseUrl: app.config.publicBaseUrl,
      directory,
    });
    const current = () => app.datasetVersion();
    const ask = async (kind: 'package' | 'snapshot') => {
      const message = await thread.request(kind);
      if (!message.ok) throw new Error(message.message);
      if (message.kind !== kind) throw new Error(`the downloads thread answered a ${kind} request with a ${message.kind}`);
      return message;
    };
    const packageBuild = latest(current, async (): Promise<PackageBuild> => {
      const { version, updatedAt, directory: folder, files } = await ask('package');
      return { version, updatedAt: new Date(updatedAt), directory: folder, files };
    });
    const snapshotBuild = latest(current, async (): Promise<SnapshotBuild> => {
      const { version, directory: folder, files } = await ask('snapshot');
      const file = files[0];
      if (file === undefined) throw new Error('the downloads thread answered a snapshot without its file');
      return { version, filename: file.filename, sha256: file.sha256, size: file.size, file: path.join(folder, file.path) };
    });
    app.decorate('downloads', {
      package: packageBuild.get,
      snapshot: snapshotBuild.get,
      ifBuilt: async () => {
        const [built, snapshot] = await Promise.all([packageBuild.ifBuilt(), snapshotBuild.ifBuilt()]);
        return built === undefined || snapshot === undefined ? null : { package: built, snapshot };
      },
      forget: (build) => {
        if ('files' in build) packageBuild.forget(build);
        else snapshotBuild.forget(build);
      },
    });
    app.addHook('onClose', async () => {
      await thread.close();
      if (configured === null) rmSync(directory, { recursive: true, force: true });
    });
  },
  { name: 'downloads', dependencies: ['database', 'repositories'] },
);
