import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import type { z } from 'zod';
import { claimSchema } from '../schemas/claim.js';
import { countrySchema } from '../schemas/country.js';
import { leaderSchema } from '../schemas/leader.js';
import { sourceSchema } from '../schemas/source.js';
import { tradeFigureSchema } from '../schemas/trade-figure.js';
import { API_DESCRIPTION, API_TITLE } from '../openapi/document.js';
import { DATA_LICENSE, LICENSE_STATEMENT, LICENSE_URLS } from './license.js';
import { FileSink } from './download-store.js';
import { csvColumns, csvStream, ndjsonLine } from './representation.js';
import { basisSourceKeys, tableSchema, type ForeignKey, type TableSchema } from './table-schema.js';

const countryKey = (fields: string): ForeignKey => ({ fields, reference: { resource: 'countries', fields: 'code' } });
const leaderKey = (fields: string): ForeignKey => ({ fields, reference: { resource: 'leaders', fields: 'id' } });
const sourceKey = (fields: string): ForeignKey => ({ fields, reference: { resource: 'sources', fields: 'id' } });

/**
 * The resources of the download, in the order a loader needs them (referenced tables first).
 * Rows are the API's own (the JSON of `/v1/{name}`), retracted records included, their status
 * saying so.
 */
export const PACKAGE_RESOURCES = [
  {
    name: 'sources',
    title: 'Sources',
    description: 'The documents the facts are extracted from, with their full text and its SHA-256.',
    item: sourceSchema,
    primaryKey: 'id',
    foreignKeys: [],
  },
  {
    name: 'countries',
    title: 'Countries',
    description: 'The countries the source discusses, their role and stance, and where each field comes from.',
    item: countrySchema,
    primaryKey: 'code',
    foreignKeys: basisSourceKeys(countrySchema),
  },
  {
    name: 'leaders',
    title: 'People',
    description: 'People in power and the other named persons the source cites.',
    item: leaderSchema,
    primaryKey: 'id',
    foreignKeys: [countryKey('country.code'), sourceKey('source.id'), ...basisSourceKeys(leaderSchema)],
  },
  {
    name: 'claims',
    title: 'Claims',
    description:
      'Who said what about a country’s support for Russia, the verbatim quote with its code point offsets, and how far the source stands behind it.',
    item: claimSchema,
    primaryKey: 'id',
    foreignKeys: [countryKey('country.code'), leaderKey('claimant.leaderId'), sourceKey('source.id')],
  },
  {
    name: 'trade-figures',
    title: 'Trade figures',
    description: 'Trade figures the source states, in base units, with the quote they come from and any caveat.',
    item: tradeFigureSchema,
    primaryKey: 'id',
    foreignKeys: [
      countryKey('reporter.code'),
      countryKey('partner.code'),
      leaderKey('statedBy.leaderId'),
      sourceKey('source.id'),
    ],
  },
] as const satisfies readonly {
  name: string;
  title: string;
  description: string;
  item: z.ZodType;
  primaryKey: string;
  foreignKeys: readonly ForeignKey[];
}[];

export type PackageResourceName = (typeof PACKAGE_RESOURCES)[number]['name'];
export const PACKAGE_RESOURCE_NAMES = PACKAGE_RESOURCES.map((r) => r.name);

/** What the descriptor says about the dataset beyond its rows. */
export type PackageMeta = {
  version: number;
  /** When the dataset last changed: the descriptor's `created` and every zip entry's time. */
  updatedAt: Date;
  sources: readonly { id: string; title: string; url: string | null }[];
  /** PUBLIC_BASE_URL, '' when unset (the descriptor then has no absolute links of its own). */
  publicBaseUrl: string;
};

export type DownloadFormat = 'datapackage' | 'zip' | 'csv' | 'ndjson' | 'sqlite';

export const SQLITE_MEDIA_TYPE = 'application/vnd.sqlite3';

/** A built file as the listing has it; its bytes are on disk (src/lib/download-store.ts). */
export type DownloadFile = {
  /** Path under /v1/downloads/, also the path inside the zip and on disk for the package's own files. */
  path: string;
  /** The name a browser saves it as: carries the dataset version. */
  filename: string;
  format: DownloadFormat;
  mediaType: string;
  resource: PackageResourceName | null;
  /** Its length in bytes. */
  size: number;
  sha256: string;
};

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const PACKAGE_NAME = 'allies-api';

function file(
  path: string,
  format: DownloadFormat,
  mediaType: string,
  resource: PackageResourceName | null,
  written: { size: number; sha256: string },
  version: number,
): DownloadFile {
  return { path, filename: versionedFilename(path, version), format, mediaType, resource, ...written };
}

/** `data/claims.csv` at version 12 → `allies-api-v12-claims.csv`; `allies-api.zip` → `allies-api-v12.zip`. */
export function versionedFilename(path: string, version: number): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const base = name.slice(0, dot);
  return `${PACKAGE_NAME}-v${version}${base === PACKAGE_NAME ? '' : `-${base}`}${name.slice(dot)}`;
}

export type TableResourceDescriptor = {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema: TableSchema;
};

/** The Data Package descriptor (https://specs.frictionlessdata.io/data-package/), as an object. */
export function packageDescriptor(meta: PackageMeta, csv: ReadonlyMap<PackageResourceName, { size: number; sha256: string }>) {
  const base = meta.publicBaseUrl;
  const resources: TableResourceDescriptor[] = PACKAGE_RESOURCES.map((r) => {
    const written = csv.get(r.name);
    if (written === undefined) throw new Error(`data package: no CSV for ${r.name}`);
    return {
      name: r.name,
      path: `data/${r.name}.csv`,
      profile: 'tabular-data-resource',
      title: r.title,
      description: r.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: written.size,
      hash: `sha256:${written.sha256}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(r.item, { primaryKey: r.primaryKey, foreignKeys: [...r.foreignKeys] }),
    };
  });
  return {
    profile: 'tabular-data-package' as const,
    name: PACKAGE_NAME,
    ...(base === '' ? {} : { id: `${base}/v1/downloads/datapackage.json`, homepage: `${base}/` }),
    title: API_TITLE,
    description: API_DESCRIPTION,
    version: String(meta.version),
    created: meta.updatedAt.toISOString(),
    keywords: ['russia', 'ukraine', 'war', 'belarus', 'china', 'iran', 'north-korea', 'claims', 'trade', 'fact-checking'],
    licenses: [{ name: DATA_LICENSE, path: LICENSE_URLS.data, title: LICENSE_STATEMENT }],
    sources: meta.sources.map((s) => ({ title: s.title, ...(s.url === null ? {} : { path: s.url }) })),
    resources,
  };
}

export type PackageDescriptor = ReturnType<typeof packageDescriptor>;

/**
 * A Date whose local time is UTC. NOTE: yazl writes an entry's DOS date and time fields from
 * the Date's local-time getters (getFullYear … getSeconds), so the same instant gave other bytes
 * under another TZ. Given this one, the DOS fields carry the UTC wall-clock time, as
 * reproducible archives write it, and the Info-ZIP "UT" field (from getTime) the same instant.
 */
class UtcWallClock extends Date {}
for (const part of ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds'] as const) {
  // Each local-time getter yazl reads answers as its UTC one.
  Object.defineProperty(UtcWallClock.prototype, `get${part}`, {
    value(this: Date) {
      return this[`getUTC${part}`]();
    },
  });
}

/**
 * The zip of files already written under `directory`, written to `sink`. Entries get the
 * dataset's time (in UTC, whatever the server's TZ) and fixed modes, so one version always
 * gives the same bytes; each is read from disk as it is compressed.
 */
function zip(directory: string, paths: readonly string[], time: Date, sink: FileSink): Promise<void> {
  const archive = new ZipFile();
  const mtime = new UtcWallClock(time.getTime());
  for (const entry of paths) archive.addFile(join(directory, entry), entry, { mtime, mode: 0o100644, compress: true });
  archive.end();
  return (async () => {
    for await (const chunk of archive.outputStream as AsyncIterable<Buffer>) await sink.write(chunk);
  })();
}

/** Hands each row on, writing its NDJSON line to `sink` on the way: one read for two files. */
async function* alsoAsNdjson<T>(rows: AsyncIterable<T>, sink: FileSink): AsyncGenerator<T> {
  for await (const row of rows) {
    await sink.write(ndjsonLine(row));
    yield row;
  }
}

/**
 * Writes every file of the package for one dataset version into `directory` and answers their
 * listing: the descriptor, a CSV and an NDJSON file per resource (each resource's rows read once,
 * as they come, so a build holds a batch of rows and not the dataset), and the zip of
 * descriptor and CSVs. A function of its input only: the same rows and meta give
 * byte-identical files.
 */
export async function writePackageFiles(
  directory: string,
  rowsOf: (resource: PackageResourceName) => AsyncIterable<Record<string, unknown>>,
  meta: PackageMeta,
): Promise<DownloadFile[]> {
  await mkdir(join(directory, 'data'), { recursive: true });
  await mkdir(join(directory, 'ndjson'), { recursive: true });
  const csv = new Map<PackageResourceName, { size: number; sha256: string }>();
  const files: DownloadFile[] = [];
  const ndjson: DownloadFile[] = [];
  for (const r of PACKAGE_RESOURCES) {
    const csvPath = `data/${r.name}.csv`;
    const ndjsonPath = `ndjson/${r.name}.ndjson`;
    const csvSink = new FileSink(join(directory, csvPath));
    const ndjsonSink = new FileSink(join(directory, ndjsonPath));
    for await (const chunk of csvStream(csvColumns(r.item), alsoAsNdjson(rowsOf(r.name), ndjsonSink))) await csvSink.write(chunk);
    const written = await csvSink.close();
    csv.set(r.name, written);
    files.push(file(csvPath, 'csv', 'text/csv; charset=utf-8', r.name, written, meta.version));
    const lines = await ndjsonSink.close();
    ndjson.push(file(ndjsonPath, 'ndjson', 'application/x-ndjson; charset=utf-8', r.name, lines, meta.version));
  }
  const descriptor = Buffer.from(`${JSON.stringify(packageDescriptor(meta, csv), null, 2)}\n`, 'utf8');
  await writeFile(join(directory, 'datapackage.json'), descriptor);
  const descriptorFile = file(
    'datapackage.json',
    'datapackage',
    'application/json; charset=utf-8',
    null,
    { size: descriptor.length, sha256: sha256(descriptor) },
    meta.version,
  );
  const zipPath = `${PACKAGE_NAME}.zip`;
  const zipSink = new FileSink(join(directory, zipPath));
  await zip(directory, ['datapackage.json', ...files.map((f) => f.path)], meta.updatedAt, zipSink);
  const archive = file(zipPath, 'zip', 'application/zip', null, await zipSink.close(), meta.version);
  return [descriptorFile, archive, ...files, ...ndjson];
}
