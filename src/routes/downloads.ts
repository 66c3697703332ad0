import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isNotModified } from '../lib/conditional-get.js';
import { SQLITE_MEDIA_TYPE } from '../lib/data-package.js';
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

/**
 * Files up to this size are read whole and sent as a buffer, larger ones streamed from disk.
 * @fastify/compress treats the two apart: a buffer under its 1 KiB threshold is sent as it is,
 * one up to its synchronous limit (64 KiB at most) compressed at once with a Content-Length,
 * while a stream is always compressed, chunked. Below this size a file is sent as it was when
 * every file was held in memory; above it, it was already compressed as a stream.
 */
const READ_WHOLE_BYTES = 64 * 1024;

/** A build as app.downloads keeps it: the package's listing, or the snapshot's. */
type Build = Parameters<FastifyInstance['downloads']['forget']>[0];

/** A built file's listing and where it is on disk. */
type Servable = { file: string; size: number; filename: string; mediaType: string; version: number; sha256: string };

const isMissing = (error: unknown) =>
  error instanceof Error && 'code' in error && ['ENOENT', 'ENOTDIR'].includes(String((error as NodeJS.ErrnoException).code));

/** The file opened for reading, or null if it is not on disk at its listed size any more. */
async function openListed(servable: Servable): Promise<FileHandle | null> {
  let handle: FileHandle;
  try {
    handle = await open(servable.file, 'r');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  if ((await handle.stat()).size === servable.size) return handle;
  await handle.close();
  return null;
}

/** The body of a response: the whole file, a stream of it, or nothing for HEAD (which sends no body). */
async function body(request: FastifyRequest, handle: FileHandle, size: number): Promise<Buffer | Readable> {
  if (size <= READ_WHOLE_BYTES) {
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }
  if (request.method === 'HEAD') {
    // Compressed like the GET's stream (Content-Encoding, no Content-Length), without reading the file.
    await handle.close();
    return Readable.from([]);
  }
  return handle.createReadStream();
}

const routes: FastifyPluginAsyncZod = async (app) => {
  const base = app.config.publicBaseUrl;
  const fileUrl = (path: string) => `${base}/v1/downloads/${path}`;

  /**
   * Sends a built file from disk: the ETag names the dataset version and the bytes' hash, so a
   * client revalidates with 304 until the dataset changes; 304 is decided before the file is
   * opened. A file no longer on disk (deleted under the server, or by another instance's
   * clean-up) has its build forgotten and found or built again, once; if it is still missing,
   * the answer is a 503 to retry, with none of the file's headers.
   */
  async function sendFile(
    request: FastifyRequest,
    reply: FastifyReply,
    find: () => Promise<{ build: Build; servable: Servable }>,
    options: { attachment: boolean; immutable?: boolean },
  ) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { build, servable } = await find();
      const tag = `"v${servable.version}-${servable.sha256.slice(0, 32)}"`;
      if (isNotModified(request.headers['if-none-match'], tag)) {
        reply.header('etag', tag);
        if (options.immutable === true) reply.header('cache-control', IMMUTABLE);
        return reply.code(304).send();
      }
      const handle = await openListed(servable);
      if (handle === null) {
        request.log.warn({ file: servable.file }, 'a download is missing from disk; building it again');
        app.downloads.forget(build);
        continue;
      }
      reply.header('etag', tag);
      if (options.immutable === true) reply.header('cache-control', IMMUTABLE);
      reply.header('content-disposition', `${options.attachment ? 'attachment' : 'inline'}; filename="${servable.filename}"`);
      reply.header('content-length', servable.size);
      return reply.type(servable.mediaType).send(await body(request, handle, servable.size));
    }
    reply.header('retry-after', '5');
    throw new HttpProblem(503, 'The file is missing from the server’s disk and is being built again; try again shortly.');
  }

  const packageFile = (path: string) => async () => {
    const build = await app.downloads.package();
    const file = build.files.find((f) => f.path === path);
    if (file === undefined) throw new Error(`no download at ${path}`);
    return { build, servable: { ...file, file: join(build.directory, file.path), version: build.version } };
  };

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
        bytes: f.size,
        sha256: f.sha256,
      }));
      files.push({
        url: fileUrl(`sqlite/${snapshot.version}`),
        filename: snapshot.filename,
        format: 'sqlite',
        mediaType: SQLITE_MEDIA_TYPE,
        resource: null,
        bytes: snapshot.size,
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
    async (request, reply) => sendFile(request, reply, packageFile('datapackage.json'), { attachment: false }),
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
    async (request, reply) => sendFile(request, reply, packageFile('allies-api.zip'), { attachment: true }),
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
    async (request, reply) => sendFile(request, reply, packageFile(`data/${request.params.file}`), { attachment: true }),
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
    async (request, reply) => sendFile(request, reply, packageFile(`ndjson/${request.params.file}`), { attachment: true }),
  );

  app.get(
    '/downloads/sqlite/:version',
    {
      schema: {
        tags: ['Downloads'],
        operationId: 'getSqliteSnapshot',
        produces: [SQLITE_MEDIA_TYPE],
        summary: 'The dataset as one SQLite database file, for Datasette, sqlite3, R or pandas',
        description:
          'A consistent copy (SQLite’s online backup; on PostgreSQL, the same schema filled from the database) of the version named in the path, without the curators’ idempotency records or the migration table. Saved as `allies-api-v<version>.db` and cached for good; only the current version is kept: another one answers 404 naming it (`GET /v1/downloads` links the current file).',
        params: snapshotParams,
        querystring: noQuery,
        response: { 200: binaryBody, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) =>
      sendFile(
        request,
        reply,
        async () => {
          const snapshot = await app.downloads.snapshot();
          if (snapshot.version !== request.params.version) {
            throw new HttpProblem(
              404,
              `Dataset version ${request.params.version} is not available as a SQLite file; the current one is version ${snapshot.version}, at /v1/downloads/sqlite/${snapshot.version}.`,
            );
          }
          return { build: snapshot, servable: { ...snapshot, mediaType: SQLITE_MEDIA_TYPE } };
        },
        { attachment: true, immutable: true },
      ),
  );
};

export default routes;
