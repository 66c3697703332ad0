import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import Database from 'better-sqlite3';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { buildApp } from '../../src/app.js';
import { createTestApp, useTestApp } from '../helpers/app.js';
import { expectProblem } from '../helpers/http.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { inTimeZone } from '../helpers/time-zone.js';
import { API_KEYS, claimBody, write } from '../helpers/writes.js';

const Ajv = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;
const require = createRequire(import.meta.url);
/** The Frictionless reference implementation for JavaScript: profiles, casting, constraints, foreign keys. */
const { Package } = require('datapackage') as {
  Package: {
    load(
      descriptor: unknown,
      options: { basePath: string; strict: boolean },
    ): Promise<{
      valid: boolean;
      errors: Error[];
      resourceNames: string[];
      getResource(name: string): {
        read(options: { cast: boolean; relations: boolean; keyed: boolean }): Promise<Record<string, unknown>[]>;
      };
    }>;
  };
};

type Listed = {
  url: string;
  filename: string;
  format: string;
  mediaType: string;
  resource: string | null;
  bytes: number;
  sha256: string;
};
type Listing = { version: number; updatedAt: string; files: Listed[] };
type Field = {
  name: string;
  type: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
};
type Descriptor = {
  resources: { name: string; path: string; hash: string; bytes: number; schema: { fields: Field[]; primaryKey: string } }[];
};

const t = useTestApp({ API_KEYS });
const tempDir = useTempDirs('allies-downloads-test-');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const RESOURCES = ['sources', 'countries', 'leaders', 'claims', 'trade-figures'];

function binary(url: string, headers: Record<string, string> = {}) {
  let req = t
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
  return req;
}

async function listing(): Promise<Listing> {
  const res = await t.get('/v1/downloads').expect(200);
  return res.body as Listing;
}

const fileOf = (list: Listing, format: string, resource: string | null = null) => {
  const file = list.files.find((f) => f.format === format && f.resource === resource);
  if (file === undefined) throw new Error(`no ${format} ${resource ?? ''} in the listing`);
  return file;
};

function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error !== null) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (openError, stream) => {
          if (openError !== null) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('GET /v1/downloads', () => {
  it('is linked from /v1 and lists every file with its size and SHA-256, each URL serving exactly those bytes', async () => {
    expect((await t.get('/v1').expect(200)).body.links.downloads).toBe('/v1/downloads');
    const list = await listing();
    expect(list.version).toBeGreaterThan(0);
    expect(list.files.map((f) => `${f.format}:${f.resource ?? ''}`).sort()).toEqual(
      ['datapackage:', 'zip:', 'sqlite:', ...RESOURCES.flatMap((r) => [`csv:${r}`, `ndjson:${r}`])].sort(),
    );
    for (const file of list.files) {
      const res = await binary(file.url).expect(200);
      const body = res.body as Buffer;
      expect(body.length, file.url).toBe(file.bytes);
      expect(sha256(body), file.url).toBe(file.sha256);
      expect(res.headers['content-type'], file.url).toBe(file.mediaType);
      expect(res.headers['content-disposition'], file.url).toContain(`filename="${file.filename}"`);
      expect(file.filename, file.url).toContain(`-v${list.version}`);
    }
  });

  it('is linked from the explorer’s home page', async () => {
    const home = await t.get('/').set('accept', 'text/html').expect(200);
    expect(home.text).toContain('href="/v1/downloads/allies-api.zip"');
    expect(home.text).toContain('href="/v1/downloads"');
  });

  it('revalidates every file to 304 while the dataset version is unchanged', async () => {
    for (const file of (await listing()).files) {
      const first = await binary(file.url).expect(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"v\d+-[0-9a-f]{32}(?:\.(?:gzip|br|deflate))?"$/);
      const again = await binary(file.url, { 'if-none-match': etag });
      expect(again.status, file.url).toBe(304);
    }
  });

  it('answers HEAD with the headers of its GET, in every content coding, the files streamed from disk or not', async () => {
    const headers = (res: { status: number; headers: Record<string, unknown> }) => {
      // Framing is the connection's, not the representation's: a HEAD sends no body to chunk.
      const { date: _date, 'x-request-id': _id, 'transfer-encoding': _framing, ...rest } = res.headers;
      return { status: res.status, ...rest };
    };
    for (const file of (await listing()).files) {
      for (const coding of ['identity', 'gzip', 'br']) {
        const get = await binary(file.url, { 'accept-encoding': coding }).expect(200);
        const head = await t.head(file.url).set('accept-encoding', coding).expect(200);
        expect(headers(head), `${file.url} ${coding}`).toEqual(headers(get));
      }
    }
  });

  it('answers an unknown file with a 400 that lists the files there are', async () => {
    const res = await t.get('/v1/downloads/data/people.csv');
    expectProblem(res, 400, 'file');
    expect(JSON.stringify(res.body)).toContain('claims.csv');
  });
});

describe('the Data Package', () => {
  it('validates against the Tabular Data Package and Table Schema profiles', async () => {
    const descriptor = (await t.get('/v1/downloads/datapackage.json').expect(200)).body as Descriptor;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // A hint for form builders in the profiles, not a constraint.
    ajv.addFormat('textarea', true);
    const packageProfile = ajv.compile(require('datapackage/lib/profiles/tabular-data-package.json') as object);
    expect(packageProfile(descriptor) ? [] : packageProfile.errors).toEqual([]);
    const tableProfile = ajv.compile(require('tableschema/lib/profiles/table-schema.json') as object);
    for (const resource of descriptor.resources) {
      expect(tableProfile(resource.schema) ? [] : tableProfile.errors, resource.name).toEqual([]);
    }
  });

  it('types its columns, keys its tables and constrains the vocabulary', async () => {
    const descriptor = (await t.get('/v1/downloads/datapackage.json').expect(200)).body as Descriptor;
    const claims = descriptor.resources.find((r) => r.name === 'claims');
    const field = (name: string) => claims?.schema.fields.find((f) => f.name === name);
    expect(claims?.schema.primaryKey).toBe('id');
    expect(field('quoteStart')?.type).toBe('integer');
    expect(field('createdAt')?.type).toBe('datetime');
    expect(field('verification')?.constraints?.enum).toEqual(['verified', 'reported', 'asserted', 'unverified', 'disputed']);
    expect(field('verification')?.constraints?.required).toBe(true);
    expect(field('claimant.leaderId')?.constraints?.required).toBeUndefined();
    expect(field('topics')?.constraints?.pattern).toContain('troops');
    expect(field('statement')?.description).toBe('English summary written by the curators');
    const figures = descriptor.resources.find((r) => r.name === 'trade-figures');
    expect(figures?.schema.fields.find((f) => f.name === 'approximate')?.type).toBe('boolean');
    expect(figures?.schema.fields.find((f) => f.name === 'value')?.type).toBe('number');
  });

  it('loads with the Frictionless library from its zip, every CSV row cast to its Table Schema and every foreign key resolved', async () => {
    const list = await listing();
    const zipped = await unzip((await binary('/v1/downloads/allies-api.zip').expect(200)).body as Buffer);
    expect([...zipped.keys()].sort()).toEqual(['datapackage.json', ...RESOURCES.map((r) => `data/${r}.csv`)].sort());
    const dir = tempDir();
    for (const [name, bytes] of zipped) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
    }
    const descriptor = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
    for (const resource of descriptor.resources) {
      // The zip's CSV is the one served and listed, and the descriptor states its hash and size.
      const bytes = readFileSync(path.join(dir, resource.path));
      expect(sha256(bytes)).toBe(fileOf(list, 'csv', resource.name).sha256);
      expect(resource.hash).toBe(`sha256:${sha256(bytes)}`);
      expect(resource.bytes).toBe(bytes.length);
    }
    const dataPackage = await Package.load(descriptor, { basePath: dir, strict: true });
    expect(dataPackage.errors).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const name of dataPackage.resourceNames) {
      // Throws on the first value that does not cast, breaks a constraint or references nothing.
      const rows = await dataPackage.getResource(name).read({ cast: true, relations: true, keyed: true });
      counts[name] = rows.length;
    }
    // The same check fails on a value outside the vocabulary and on a key that references nothing.
    const claimsCsv = path.join(dir, 'data/claims.csv');
    const original = readFileSync(claimsCsv, 'utf8');
    for (const [from, to] of [
      [',reported,', ',rumoured,'],
      [',putin-allies-four-countries,', ',no-such-source,'],
    ] as const) {
      expect(original).toContain(from);
      writeFileSync(claimsCsv, original.replace(from, to));
      const broken = await Package.load(descriptor, { basePath: dir, strict: true });
      await expect(broken.getResource('claims').read({ cast: true, relations: true, keyed: true }), to).rejects.toThrow();
    }
    writeFileSync(claimsCsv, original);
    const total = async (url: string) => Number((await t.get(url).expect(200)).headers['x-total-count']);
    expect(counts).toEqual({
      sources: await total('/v1/sources'),
      countries: await total('/v1/countries'),
      leaders: await total('/v1/leaders'),
      claims: await total('/v1/claims?status=all'),
      'trade-figures': await total('/v1/trade-figures?status=all'),
    });
  });

  it('holds the rows the API serves: each CSV and NDJSON file is the list export of everything', async () => {
    const list = await listing();
    const exports: Record<string, string> = {
      sources: '/v1/sources',
      countries: '/v1/countries',
      leaders: '/v1/leaders',
      claims: '/v1/claims?status=all',
      'trade-figures': '/v1/trade-figures?status=all',
    };
    for (const [resource, url] of Object.entries(exports)) {
      for (const format of ['csv', 'ndjson']) {
        const join = url.includes('?') ? '&' : '?';
        const exported = (await binary(`${url}${join}format=${format}`).expect(200)).body as Buffer;
        expect(sha256(exported), `${resource}.${format}`).toBe(fileOf(list, format, resource).sha256);
      }
    }
  });
});

describe('the SQLite snapshot', () => {
  it('is the dataset at the listed version, without curation tables, cached for good under its version', async () => {
    const list = await listing();
    const snapshot = fileOf(list, 'sqlite');
    expect(snapshot.url).toBe(`/v1/downloads/sqlite/${list.version}`);
    expect(snapshot.filename).toBe(`allies-api-v${list.version}.db`);
    const res = await binary(snapshot.url).expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.etag)).toMatch(new RegExp(`^"v${list.version}-`));
    const file = path.join(tempDir(), snapshot.filename);
    writeFileSync(file, res.body as Buffer);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      );
      expect(tables).toEqual(
        expect.arrayContaining(['Source', 'Country', 'Leader', 'Claim', 'ClaimTopic', 'TradeFigure', 'Revision', 'DatasetState']),
      );
      expect(tables).not.toContain('IdempotencyRecord');
      expect(tables).not.toContain('_prisma_migrations');
      expect(db.prepare('SELECT version FROM DatasetState').get()).toEqual({ version: list.version });
      const claims = db.prepare('SELECT COUNT(*) AS n FROM Claim').get() as { n: number };
      expect(claims.n).toBe(Number((await t.get('/v1/claims?status=all&limit=1').expect(200)).headers['x-total-count']));
      // Full-text search works in the copy as it does in the service.
      expect(
        (db.prepare("SELECT COUNT(*) AS n FROM claim_fts WHERE claim_fts MATCH 'soldats'").get() as { n: number }).n,
      ).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});

/** Each entry's time as the Info-ZIP "UT" field gives it, and as its DOS fields read in UTC. */
function entryTimes(bytes: Buffer): Promise<{ name: string; ut: Date; dos: Date }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error !== null) return reject(error);
      const times: { name: string; ut: Date; dos: Date }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        times.push({
          name: entry.fileName,
          ut: entry.getLastModDate(),
          dos: entry.getLastModDate({ forceDosFormat: true, timezone: 'UTC' }),
        });
        zip.readEntry();
      });
      zip.on('end', () => resolve(times));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('versions', () => {
  it('gives a byte-identical zip whatever the server’s time zone, each entry dated at the dataset’s last change in UTC', async () => {
    const zipUrl = fileOf(await listing(), 'zip').url;
    const zipIn = (zone: string) =>
      inTimeZone(zone, async () => {
        // A folder of its own: built in this zone, not read from the files another app built.
        const app = await buildApp({ ...t.config, downloadsDir: tempDir() });
        try {
          const res = await app.inject({ url: zipUrl });
          expect(res.statusCode, zone).toBe(200);
          return res.rawPayload;
        } finally {
          await app.close();
        }
      });
    const utc = await zipIn('UTC');
    const tokyo = await zipIn('Asia/Tokyo');
    const newYork = await zipIn('America/New_York');
    expect(sha256(tokyo)).toBe(sha256(utc));
    expect(sha256(newYork)).toBe(sha256(utc));
    const updated = new Date(String((await t.get('/v1').expect(200)).body.lastUpdated));
    const times = await entryTimes(utc);
    expect(times.map((e) => e.name)).toContain('datapackage.json');
    for (const entry of times) {
      // UT counts whole seconds, DOS even ones.
      expect(entry.ut.getTime(), entry.name).toBe(Math.floor(updated.getTime() / 1000) * 1000);
      expect(entry.dos.getTime(), entry.name).toBe(Math.floor(updated.getTime() / 2000) * 2000);
    }
  });

  it('gives byte-identical files for the same version, from another app on the same database', async () => {
    const before = await listing();
    // A folder of its own, so it builds the files rather than reads the first app's.
    const other = await buildApp({ ...t.config, downloadsDir: tempDir() });
    try {
      const res = await request(other.server).get('/v1/downloads').expect(200);
      expect(res.body).toEqual(before);
    } finally {
      await other.close();
    }
  });

  it('moves to the next version after a write: new hashes, old ETags no longer match, the old snapshot answers 404 naming the current one', async () => {
    const before = await listing();
    const oldClaims = fileOf(before, 'csv', 'claims');
    const etag = String((await binary(oldClaims.url).expect(200)).headers.etag);
    const created = await write(t.server, 'post', '/v1/claims', claimBody()).expect(201);
    const id = String(created.body.data.id);
    const after = await listing();
    expect(after.version).toBeGreaterThan(before.version);
    expect(fileOf(after, 'csv', 'claims').sha256).not.toBe(oldClaims.sha256);
    expect(fileOf(after, 'csv', 'countries').filename).toBe(`allies-api-v${after.version}-countries.csv`);
    expect((await binary(oldClaims.url, { 'if-none-match': etag })).status).toBe(200);
    const csv = ((await binary(fileOf(after, 'csv', 'claims').url).expect(200)).body as Buffer).toString('utf8');
    expect(csv).toContain(id);
    const old = await t.get(`/v1/downloads/sqlite/${before.version}`);
    expectProblem(old, 404);
    expect(old.body.detail).toContain(`/v1/downloads/sqlite/${after.version}`);
  });
});

describe('downloads with PUBLIC_BASE_URL', () => {
  it('lists absolute URLs under it and gives the descriptor an absolute id', async () => {
    const base = 'https://allies.example.org';
    const absolute = await createTestApp({ PUBLIC_BASE_URL: base });
    try {
      const list = JSON.parse((await absolute.app.inject({ url: '/v1/downloads' })).body) as Listing;
      for (const file of list.files) expect(file.url.startsWith(`${base}/v1/downloads/`), file.url).toBe(true);
      const descriptor = JSON.parse((await absolute.app.inject({ url: '/v1/downloads/datapackage.json' })).body) as {
        id: string;
      };
      expect(descriptor.id).toBe(`${base}/v1/downloads/datapackage.json`);
    } finally {
      await absolute.close();
    }
  });
});
