import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DownloadFile } from '../../src/lib/data-package.js';
import { DownloadStore } from '../../src/lib/download-store.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('allies-download-store-test-');

const state = { version: 7, updatedAt: new Date('2026-12-01T10:00:00.000Z') };

/** A build writing one file whose bytes name who built it, slowly enough for two to overlap. */
const build =
  (by: string, at = state) =>
  async (directory: string): Promise<{ state: typeof state; files: DownloadFile[] }> => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const bytes = Buffer.from(`built by ${by}\n`);
    writeFileSync(path.join(directory, 'claims.csv'), bytes);
    const file: DownloadFile = {
      path: 'claims.csv',
      filename: `allies-api-v${at.version}-claims.csv`,
      format: 'csv',
      mediaType: 'text/csv; charset=utf-8',
      resource: 'claims',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    return { state: at, files: [file] };
  };

describe('DownloadStore', () => {
  it('lets two instances sharing a folder build the same version at once: one set is published whole, both answer it', async () => {
    const root = tempDir();
    const [a, b] = await Promise.all([
      new DownloadStore(root).publish('package', build('a')),
      new DownloadStore(root).publish('package', build('b')),
    ]);
    expect(a.directory).toBe(b.directory);
    expect(a.files).toEqual(b.files);
    const [file] = a.files;
    const bytes = readFileSync(path.join(a.directory, file?.path ?? ''));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file?.sha256);
    // No build's temporary folder is left behind.
    expect(readdirSync(root)).toEqual(['v7']);
    expect(await new DownloadStore(root).find('package', state)).toEqual(a);
  });

  it('does not take the set of another dataset at the same version number for this one', async () => {
    const root = tempDir();
    const store = new DownloadStore(root);
    await store.publish('package', build('old'));
    const reset = { version: 7, updatedAt: new Date('2026-12-05T09:00:00.000Z') };
    expect(await store.find('package', reset)).toBeNull();
    const fresh = await store.publish('package', build('new', reset));
    expect(fresh.updatedAt).toEqual(reset.updatedAt);
    expect(readFileSync(path.join(fresh.directory, 'claims.csv'), 'utf8')).toBe('built by new\n');
  });

  it('finds no set whose file lost bytes or went missing', async () => {
    const root = tempDir();
    const store = new DownloadStore(root);
    const set = await store.publish('package', build('a'));
    writeFileSync(path.join(set.directory, 'claims.csv'), 'cut');
    expect(await store.find('package', state)).toBeNull();
  });
});
