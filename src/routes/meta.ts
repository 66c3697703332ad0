import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { negotiate, sendJsonLd } from '../lib/representation.js';
import { datasetJsonLd } from '../lib/dataset-jsonld.js';
import { varyOnAccept } from '../lib/vary.js';
import { countryListQuery } from '../schemas/country.js';
import { datasetSchema, healthSchema, readySchema } from '../schemas/meta.js';
import { noQuery } from '../schemas/common.js';
import { errorResponses } from '../schemas/responses.js';
import { PACKAGE } from '../lib/paths.js';
import { reuseFor } from '../lib/reuse-for.js';
import { collect } from '../lib/collect.js';
import { CODE_LICENSE, DATA_LICENSE, LICENSE_EXPRESSION, LICENSE_STATEMENT, LICENSE_URLS } from '../lib/license.js';
import { API_DESCRIPTION, API_TITLE } from '../openapi/document.js';
import type { MetaRepository } from '../repositories/meta-repository.js';

/** The API's index (`GET /v1`), also what `/` answers a client that asks for JSON. */
export async function datasetIndex(meta: MetaRepository) {
  const status = await meta.status();
  return {
    title: API_TITLE,
    description: API_DESCRIPTION,
    license: {
      code: CODE_LICENSE,
      data: DATA_LICENSE,
      spdx: LICENSE_EXPRESSION,
      statement: LICENSE_STATEMENT,
      urls: LICENSE_URLS,
    },
    version: status.version,
    apiVersion: PACKAGE.version,
    lastUpdated: status.updatedAt.toISOString(),
    counts: status.counts,
    sources: status.sources.map((s) => ({ ...s, url: `/v1/sources/${s.id}` })),
    links: {
      countries: '/v1/countries',
      leaders: '/v1/leaders',
      claims: '/v1/claims',
      tradeFigures: '/v1/trade-figures',
      sources: '/v1/sources',
      downloads: '/v1/downloads',
      openapi: '/openapi.json',
      docs: '/docs',
    },
  };
}

/**
 * The dataset as a schema.org Dataset (`GET /v1` as JSON-LD, and the home page's data block).
 * `wait: false` (the home page) does not wait for the downloads of this version to be built:
 * at 100k claims that takes tens of seconds, so the document then comes without
 * `distribution` (`complete` false) and the build runs in the background.
 */
export async function datasetDocument(
  app: FastifyInstance,
  options: { wait: boolean } = { wait: true },
): Promise<{ document: Record<string, unknown>; complete: boolean }> {
  const [downloads, status, countries] = await Promise.all([
    options.wait
      ? Promise.all([app.downloads.package(), app.downloads.snapshot()]).then(([build, snapshot]) => ({ build, snapshot }))
      : app.downloads.ifBuilt().then((built) => (built === null ? null : { build: built.package, snapshot: built.snapshot })),
    app.repositories.meta.status(),
    collect(app.repositories.countries.exportAll(countryListQuery.parse({}))),
  ]);
  const input = {
    version: downloads?.build.version ?? status.version,
    updatedAt: downloads?.build.updatedAt ?? status.updatedAt,
    countries,
  };
  return { document: datasetJsonLd(input, downloads, app.config.publicBaseUrl), complete: downloads !== null };
}

/** How long a readiness answer is reused: /ready is not rate-limited, and it reads the database. */
const READY_REUSE_MS = 1000;

const routes: FastifyPluginAsyncZod = async (app) => {
  const { meta } = app.repositories;

  const readiness = reuseFor(READY_REUSE_MS, async () => {
    const checks = { database: false, migrations: false, seed: false, integrity: app.integrity.state !== 'failed' };
    try {
      checks.migrations = (await meta.migrationsApplied()) >= app.expectedMigrations;
      checks.database = true;
      checks.seed = await meta.isSeeded();
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check failed');
    }
    return checks;
  });

  app.get(
    '/health',
    {
      schema: {
        tags: ['Meta'],
        operationId: 'getHealth',
        summary: 'Liveness: the process is up',
        description:
          'Answers 200 while the process runs, without touching the database; for container health checks. Never rate-limited.',
        response: { 200: healthSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['Meta'],
        operationId: 'getReady',
        summary: 'Readiness: database reachable, migrations applied, dataset seeded',
        description:
          '200 when the database answers, every bundled migration is applied, the dataset is seeded and the database file has not failed its integrity check (SQLite’s check of every page runs once the service listens, beside it: seconds at a million claims); 503 with the failing checks otherwise. The answer is at most a second old (the checks read the database), and, like /health, never rate-limited.',
        response: { 200: readySchema, 503: readySchema },
      },
    },
    async (_request, reply) => {
      const checks = { ...(await readiness()) };
      const ready = checks.database && checks.migrations && checks.seed && checks.integrity;
      reply.header('cache-control', 'no-store').code(ready ? 200 : 503);
      return { status: ready ? ('ready' as const) : ('not_ready' as const), checks };
    },
  );

  app.get(
    '/v1',
    {
      schema: {
        tags: ['Meta'],
        operationId: 'getDataset',
        produces: ['application/json', 'application/ld+json'],
        summary: 'Dataset metadata: what it is, its licence, sources, counts and version',
        description:
          'The entry point: title, description, licence, the sources the data comes from, counts of active records, the dataset version (it moves with every change) and links to every collection. `Accept: application/ld+json` gives a schema.org Dataset (licence, creator, countries covered, a DataDownload per file of `/v1/downloads` with its SHA-256) for dataset search engines.',
        querystring: noQuery,
        response: { 200: datasetSchema, ...errorResponses(400, 406) },
      },
    },
    async (request, reply) => {
      const format = negotiate(request, undefined, ['json', 'jsonld']);
      varyOnAccept(reply);
      if (format === 'jsonld') return sendJsonLd(reply, (await datasetDocument(app)).document);
      return datasetIndex(meta);
    },
  );
};

export default routes;
