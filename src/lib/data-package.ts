import { createHash } from 'node:crypto';
import { ZipFile } from 'yazl';
import type { z } from 'zod';
import { claimSchema } from '../schemas/claim.js';
import { countrySchema } from '../schemas/country.js';
import { leaderSchema } from '../schemas/leader.js';
import { sourceSchema } from '../schemas/source.js';
import { tradeFigureSchema } from '../schemas/trade-figure.js';
import { API_DESCRIPTION, API_TITLE } from '../openapi/document.js';
import { DATA_LICENSE, LICENSE_STATEMENT, LICENSE_URLS } from './license.js';
import { csvColumns, csvStream, ndjsonStream } from './representation.js';
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

export type PackageRows = Record<PackageResourceName, readonly Record<string, unknown>[]>;

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

export type DownloadFile = {
  /** Path under /v1/downloads/, also the path inside the zip for the package's own files. */
  path: string;
  /** The name a browser saves it as: carries the dataset version. */
  filename: string;
  format: DownloadFormat;
  mediaType: string;
  resource: PackageResourceName | null;
  bytes: Buffer;
  sha256: string;
};

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function collect(lines: AsyncIterable<string>): Promise<Buffer> {
  let text = '';
  for await (const line of lines) text += line;
  return Buffer.from(text, 'utf8');
}

async function* each<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

export const PACKAGE_NAME = 'allies-api';

function file(
  path: string,
  format: DownloadFormat,
  mediaType: string,
  resource: PackageResourceName | null,
  bytes: Buffer,
  version: number,
): DownloadFile {
  return { path, filename: versionedFilename(path, version), format, mediaType, resource, bytes, sha256: sha256(bytes) };
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
export function packageDescriptor(meta: PackageMeta, csv: ReadonlyMap<PackageResourceName, Buffer>) {
  const base = meta.publicBaseUrl;
  const resources: TableResourceDescriptor[] = PACKAGE_RESOURCES.map((r) => {
    const bytes = csv.get(r.name);
    if (bytes === undefined) throw new Error(`data package: no CSV for ${r.name}`);
    return {
      name: r.name,
      path: `data/${r.name}.csv`,
      profile: 'tabular-data-resource',
      title: r.title,
      description: r.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: bytes.length,
      hash: `sha256:${sha256(bytes)}`,
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
 * Zip entries get the dataset's time (in UTC, whatever the server's TZ) and fixed modes, so one
 * version always gives the same bytes.
 */
function zip(entries: readonly { path: string; bytes: Buffer }[], time: Date): Promise<Buffer> {
  const archive = new ZipFile();
  const mtime = new UtcWallClock(time.getTime());
  for (const entry of entries) archive.addBuffer(entry.bytes, entry.path, { mtime, mode: 0o100644, compress: true });
  archive.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.outputStream.on('error', reject);
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Every file of the package for one dataset version: the descriptor, a CSV and an NDJSON file
 * per resource, and the zip of descriptor and CSVs. A function of its input only: the same
 * rows and meta give byte-identical files.
 */
export async function buildPackageFiles(rows: PackageRows, meta: PackageMeta): Promise<DownloadFile[]> {
  const csv = new Map<PackageResourceName, Buffer>();
  const files: DownloadFile[] = [];
  const ndjson: DownloadFile[] = [];
  for (const r of PACKAGE_RESOURCES) {
    const bytes = await collect(csvStream(csvColumns(r.item), each(rows[r.name])));
    csv.set(r.name, bytes);
    files.push(file(`data/${r.name}.csv`, 'csv', 'text/csv; charset=utf-8', r.name, bytes, meta.version));
    const lines = await collect(ndjsonStream(each(rows[r.name])));
    ndjson.push(file(`ndjson/${r.name}.ndjson`, 'ndjson', 'application/x-ndjson; charset=utf-8', r.name, lines, meta.version));
  }
  const descriptor = Buffer.from(`${JSON.stringify(packageDescriptor(meta, csv), null, 2)}\n`, 'utf8');
  const packageFile = file('datapackage.json', 'datapackage', 'application/json; charset=utf-8', null, descriptor, meta.version);
  const archive = await zip([{ path: 'datapackage.json', bytes: descriptor }, ...files], meta.updatedAt);
  return [packageFile, file(`${PACKAGE_NAME}.zip`, 'zip', 'application/zip', null, archive, meta.version), ...files, ...ndjson];
}
