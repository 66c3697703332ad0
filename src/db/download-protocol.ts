import type { DownloadFile } from '../lib/data-package.js';

/** What the downloads' thread is started with (src/db/download-worker.ts). */
export type DownloadSetup = {
  engine: 'sqlite' | 'postgresql';
  databaseUrl: string;
  cursorSecret: string;
  publicBaseUrl: string;
  /** Where snapshots are written while they are built. */
  directory: string;
};

export type DownloadRequest = { id: number; kind: 'package' | 'snapshot' };

/** A built file as it crosses threads: its bytes in an ArrayBuffer of their own, transferred. */
export type TransferredFile = Omit<DownloadFile, 'bytes'> & { bytes: ArrayBuffer };

export type FromDownloadWorker =
  | { ok: true; kind: 'package'; version: number; updatedAt: string; files: TransferredFile[] }
  | {
      ok: true;
      kind: 'snapshot';
      snapshot: { version: number; filename: string; sha256: string; bytes: ArrayBuffer };
    }
  | { ok: false; message: string };
