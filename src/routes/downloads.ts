import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isNotModified } from '../lib/conditional-get.js';
import type { DownloadFile } from '../lib/data-package.js';
import { HttpProblem } from '../lib/problem.js';
import { negotiate } from '../lib/representation.js';
import { noQuery } from '../schemas/common.js';
import {
  binaryBody,
  csvFileParams,
  dataPackageSchema,
  downloadListSchema,
  ndjsonFileParams,
  snapshotParams,
} from '../schemas/download.js';
import { errorResponses } from '../schemas/responses.js';

/** A version's files never change, so a URL naming the version may be cached for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

type Sendable = { bytes: Buffer; filename: string; mediaType: string; version: number; sha256: string };

/**
 * Sends a built file: the ETag names the dataset version and the bytes' hash, so a client
 * revalidates with 304 until the dataset changes; 304 is decided before anything is sent.
 */
function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: Sendable,
  options: { attachment: boolean; immutable?: boolean },
) {
  const tag = `"v${file.version}-${file.sha256.slice(0, 32)}"`;
  reply.header('etag', tag);
  if (options.immutable === true) reply.header('cache-control', IMMUTABLE);
  if (isNotModified(request.headers['if-none-match'], tag)) return reply.code(304).send();
  if (options.attachment) reply.header('content-disposition', `attachment; filename="${file.filename}"`);
  else reply.header('content-disposition', `inline; filename="${file.filename}"`);
  return reply.type(file.mediaType).send(file.bytes);
}

const SQLITE_MEDIA = 'application/vnd.sqlite3';

const routes: FastifyPluginAsyncZod = async (app) => {
  const base = app.config.publicBaseUrl;
  const fileUrl = (path: string) => `${base}/v1/downloads/${path}`;

  async function packageFile(path: string): Promise<DownloadFile & { version: number }> {
    const build = await app.downloads.package();
    const file = build.files.find((f) => f.path === path);
    if (file === undefined) throw new Error(`no download at ${path}`);
    return { ...file, version: build.version };
  }

  app.get(
    '/downloads',
    {
      schema: {
        tags: ['Downloads'],
        operationId: 'listDownloads',
        summary: 'The whole dataset as files: Data Package, zip, CSV, NDJSON, SQLite',
        description:
          'Every file is built from one dataset version (`version`), retracted records included (their `status` says so); the same version always gives the same bytes, whose SHA-256 is listed. `datapackage.json` is a Frictionless Tabular Data Package: a Table Schema per CSV with types, keys and the vocabulary’s values; the zip holds it with the CSVs. The SQLite file is the database itself, without the curators’ records.',
        querystring: noQuery,
        response: { 200: downloadListSchema, ...errorResponses(400, 406) },
      },
    },
    async (request) => {
      negotiate(request, undefined, ['json']);
      const [build, snapshot] = await Promise.all([app.downloads.package(), app.downloads.snapshot()]);
      const files = build.files.map((f) => ({
        url: fileUrl(f.path),
        filename: f.filename,
        format: f.format,
        mediaType: f.mediaType,
        resource: f.resource,
        bytes: f.bytes.length,
        sha256: f.sha256,
      }));
      files.push({
        url: fileUrl(`sqlite/${snapshot.version}`),
        filename: snapshot.filename,
        format: 'sqlite',
        mediaType: SQLITE_MEDIA,
        resource: null,
        bytes: snapshot.bytes.length,
        sha256: snapshot.sha256,
      });
      return { version: build.version, updatedAt: build.updatedAt.toISOString(), files };
    },
  );

  app.get(
    '/downloads/datapackage.json',
    {
      schema: {
        tags: ['Downloads'],
        operationId: 'getDataPackage',
        summary: 'The Frictionless Data Package descriptor, with a Table Schema per resource',
        description:
          'Resource paths (`data/claims.csv`) are relative to this URL, so Frictionless tools, pandas or R can load the package from here or from the zip.',
        querystring: noQuery,
        response: { 200: dataPackageSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) => sendFile(request, reply, await packageFile('datapackage.json'), { attachment: false }),
  );

  app.get(
    '/downloads/allies-api.zip',
    {
      schema: {
        tags: ['Downloads'],
        operationId: 'getDataPackageZip',
        produces: ['application/zip'],
        summary: 'The Data Package in one zip: datapackage.json and every CSV',
        description: 'Saved as `allies-api-v<version>.zip`; its SHA-256 is in `GET /v1/downloads`.',
        querystring: noQuery,
        response: { 200: binaryBody, ...errorResponses(400) },
      },
    },
    async (request, reply) => sendFile(request, reply, await packageFile('allies-api.zip'), { attachment: true }),
  );

  app.get(
    '/downloads/data/:file',
    {
      schema: {
        tags: ['Downloads'],
        operationId: 'getDownloadCsv',
        produces: ['text/csv'],
        summary: 'One resource of the Data Package as CSV',
        description: 'RFC 4180, UTF-8, CRLF, a header row; the columns its Table Schema in `datapackage.json` describes.',
        params: csvFileParams,
        querystring: noQuery,
        response: { 200: binaryBody, ...errorResponses(400) },
      },
    },
    async (request, reply) => sendFile(request, reply, await packageFile(`data/${request.params.file}`), { attachment: true }),
  );

  app.get(
    '/downloads/ndjson/:file',
    {
      schema: {
        tags: ['Downloads'],
        operationId: 'getDownloadNdjson',
        produces: ['application/x-ndjson'],
        summary: 'One resource as NDJSON: every record as the API serves it, one per line',
        description: 'The JSON of the resource’s list items, retracted records included, in the list’s default order.',
        params: ndjsonFileParams,
        querystring: noQuery,
        response: { 200: binaryBody, ...errorResponses(400) },
      },
    },
    async (request, reply) => sendFile(request, reply, await packageFile(`ndjson/${request.params.file}`), { attachment: true }),
  );

  app.get(
    '/downloads/sqlite/:version',
    {
      schema: {
        tags: ['Downloads'],
        operationId: 'getSqliteSnapshot',
        produces: [SQLITE_MEDIA],
        summary: 'The dataset as one SQLite database file, for Datasette, sqlite3, R or pandas',
        description:
          'A consistent copy (SQLite’s online backup; on PostgreSQL, the same schema filled from the database) of the version named in the path, without the curators’ idempotency records or the migration table. Saved as `allies-api-v<version>.db` and cached for good; only the current version is kept: another one answers 404 naming it (`GET /v1/downloads` links the current file).',
        params: snapshotParams,
        querystring: noQuery,
        response: { 200: binaryBody, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const snapshot = await app.downloads.snapshot();
      if (snapshot.version !== request.params.version) {
        throw new HttpProblem(
          404,
          `Dataset version ${request.params.version} is not available as a SQLite file; the current one is version ${snapshot.version}, at /v1/downloads/sqlite/${snapshot.version}.`,
        );
      }
      return sendFile(request, reply, { ...snapshot, mediaType: SQLITE_MEDIA }, { attachment: true, immutable: true });
    },
  );
};

export default routes;
