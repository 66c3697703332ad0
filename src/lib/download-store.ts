import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DownloadFile } from './data-package.js';

/**
 * The downloads on disk, one folder per dataset version, so a version's files are served from
 * disk and only their listing is kept in memory:
 *
 *   <root>/v12/package/   datapackage.json, allies-api.zip, data/*.csv, ndjson/*.ndjson, manifest.json
 *   <root>/v12/snapshot/  snapshot-v12.db, manifest.json
 *   <root>/.building-…    a build under way
 *
 * A set is built in a folder of its own and renamed into place in one step, so a reader (this
 * process or another sharing the root, as PostgreSQL instances may) sees a whole set or none; a
 * rename onto a set already there fails, and the one there is used. Its manifest names the
 * dataset state it was built at (version and last change), so a set left by another database
 * at the same version number (a reset, a copy) is not taken for this one.
 */

/** The dataset state a set of files was built at. */
export type DatasetState = { version: number; updatedAt: Date };

/** A published set: its folder and the listing of its files, paths relative to the folder. */
export type PublishedSet = { version: number; updatedAt: Date; directory: string; files: DownloadFile[] };

type Manifest = { version: number; updatedAt: string; files: DownloadFile[] };

const MANIFEST = 'manifest.json';
const VERSION_FOLDER = /^v(\d+)$/;
const TEMPORARY = /^\.(?:building|removing)-/;
/** A temporary folder this old was left by a process that died; no build takes this long. */
const ABANDONED_MS = 60 * 60 * 1000;

const isCode = (error: unknown, ...codes: string[]) =>
  error instanceof Error && 'code' in error && codes.includes(String((error as NodeJS.ErrnoException).code));

/** A file being written: its SHA-256 and size counted on the way, with the stream's backpressure. */
export class FileSink {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private failure: Error | null = null;
  size = 0;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { highWaterMark: 1024 * 1024 });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(chunk: string | Buffer): Promise<void> {
    if (this.failure !== null) throw this.failure;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.hash.update(bytes);
    this.size += bytes.length;
    if (!this.stream.write(bytes)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  /** Flushes and closes the file; its size and SHA-256. */
  async close(): Promise<{ size: number; sha256: string }> {
    await new Promise<void>((resolve, reject) => {
      if (this.failure !== null) {
        reject(this.failure);
        return;
      }
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
    return { size: this.size, sha256: this.hash.digest('hex') };
  }
}

/** A file's SHA-256, read as a stream. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class DownloadStore {
  constructor(readonly root: string) {}

  private folder(kind: string, version: number) {
    return path.join(this.root, `v${version}`, kind);
  }

  /** The set of `kind` at `state` if it is on disk whole (every listed file there, at its size). */
  async find(kind: string, state: DatasetState): Promise<PublishedSet | null> {
    const directory = this.folder(kind, state.version);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(path.join(directory, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return null;
    }
    if (manifest.version !== state.version || manifest.updatedAt !== state.updatedAt.toISOString()) return null;
    for (const file of manifest.files) {
      const size = await stat(path.join(directory, file.path)).then(
        (s) => s.size,
        () => -1,
      );
      if (size !== file.size) return null;
    }
    return { version: manifest.version, updatedAt: new Date(manifest.updatedAt), directory, files: manifest.files };
  }

  /**
   * Builds a set in a folder of its own, then renames it into place. `build` writes the files
   * into the folder it is given and answers the state they hold and their listing; if it throws,
   * the folder is removed. When another build put a whole set of that state there first, that
   * one is kept and answered, and this one dropped.
   */
  async publish(kind: string, build: (directory: string) => Promise<{ state: DatasetState; files: DownloadFile[] }>) {
    await mkdir(this.root, { recursive: true });
    const building = path.join(this.root, `.building-${randomUUID()}`);
    await mkdir(building);
    try {
      const { state, files } = await build(building);
      const manifest: Manifest = { version: state.version, updatedAt: state.updatedAt.toISOString(), files };
      await writeFile(path.join(building, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      const target = this.folder(kind, state.version);
      await mkdir(path.dirname(target), { recursive: true });
      for (let attempt = 0; ; attempt += 1) {
        try {
          await rename(building, target);
          return { version: state.version, updatedAt: state.updatedAt, directory: target, files };
        } catch (error) {
          if (!isCode(error, 'ENOTEMPTY', 'EEXIST') || attempt > 0) throw error;
        }
        const there = await this.find(kind, state);
        if (there !== null) return there;
        // What is there is of another dataset at this version number, or lost a file: replaced.
        await this.remove(target);
      }
    } finally {
      await rm(building, { recursive: true, force: true });
    }
  }

  /** Moves a folder out of the way in one step, then deletes it. */
  private async remove(folder: string): Promise<void> {
    const away = path.join(this.root, `.removing-${randomUUID()}`);
    try {
      await rename(folder, away);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return;
      throw error;
    }
    await rm(away, { recursive: true, force: true });
  }

  /**
   * Deletes the versions older than the one before `current`: a response may still be reading
   * the previous version's files (whose listing it took before this build), never an older one's.
   * Newer versions are another instance's, left alone; so are the temporary folders of builds
   * under way. Best effort: a file another process is deleting is not an error.
   */
  async prune(current: number): Promise<void> {
    let entries: string[];
    try {
      entries = await readdir(this.root);
    } catch {
      return;
    }
    const older = entries
      .map((name) => Number(VERSION_FOLDER.exec(name)?.[1] ?? NaN))
      .filter((version) => Number.isInteger(version) && version < current)
      .sort((a, b) => b - a);
    const work = older.slice(1).map((version) => this.remove(path.join(this.root, `v${version}`)));
    const now = Date.now();
    for (const name of entries.filter((n) => TEMPORARY.test(n))) {
      const folder = path.join(this.root, name);
      work.push(
        stat(folder).then(
          (s) => (now - s.mtimeMs > ABANDONED_MS ? rm(folder, { recursive: true, force: true }) : undefined),
          () => undefined,
        ),
      );
    }
    await Promise.allSettled(work);
  }
}
