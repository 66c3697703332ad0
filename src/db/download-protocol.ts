import type { DownloadFile } from '../lib/data-package.js';

/** What the downloads' thread is started with (src/db/download-worker.ts). */
export type DownloadSetup = {
  engine: 'sqlite' | 'postgresql';
  databaseUrl: string;
  cursorSecret: string;
  publicBaseUrl: string;
  /** The root of the files on disk (src/lib/download-store.ts), DOWNLOADS_DIR. */
  directory: string;
};

export type DownloadRequest = { id: number; kind: 'package' | 'snapshot' };

/**
 * A set of built files, as their listing: the folder they are in and, for each, its path under
 * that folder, size and SHA-256. No file's bytes cross the thread boundary.
 */
export type FromDownloadWorker =
  | { ok: true; kind: 'package' | 'snapshot'; version: number; updatedAt: string; directory: string; files: DownloadFile[] }
  | { ok: false; message: string };
