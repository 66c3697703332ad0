import { createRequire } from 'node:module';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// Prisma 7's native schema engine cannot be downloaded on our machines; 6.19's
// JavaScript engine with a driver adapter works offline. DATABASE_URL picks the engine:
// postgres(ql):// uses the generated PostgreSQL schema and its own migrations folder.
const url = process.env.DATABASE_URL ?? 'file:./data/app.db';
const postgres = /^postgres(ql)?:\/\//.test(url);

/** `"char"` (18) and `name` (19): PostgreSQL's internal catalog types. */
const CATALOG_TEXT_TYPES = new Set([18, 19]);

/**
 * The schema engine reads PostgreSQL's catalogs, whose columns have internal types such as
 * `name`, which @prisma/adapter-pg 6.19 refuses ("Column type 'name' could not be
 * deserialized", prisma/prisma#27403), so every migrate command fails. They are text on the
 * wire; relabelling them as text (oid 25) before the adapter sees the row description fixes that.
 * Only the CLI loads this file, so the patch never reaches the application's connections.
 */
function readCatalogNamesAsText(): void {
  const { prototype } = createRequire(import.meta.url)('pg/lib/result.js') as {
    prototype: { addFields(fields: { dataTypeID: number }[]): void };
  };
  const addFields = prototype.addFields;
  prototype.addFields = function (fields) {
    for (const field of fields) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = 25;
    addFields.call(this, fields);
  };
}

type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * @prisma/adapter-pg 6.19 runs a migration script by splitting it on every `;`, which breaks
 * any function body or comment containing one (the full-text search migration has both). One
 * simple-protocol query runs the whole script as PostgreSQL parses it, in one implicit
 * transaction, so a failing migration leaves nothing half-applied.
 */
function runScriptsWhole<T>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner;
  runner.executeScript = async (script) => {
    try {
      await runner.underlyingDriver().query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  return adapter;
}

class MigrationPg extends PrismaPg {
  override async connect() {
    return runScriptsWhole(await super.connect());
  }
  override async connectToShadowDb() {
    return runScriptsWhole(await super.connectToShadowDb());
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: postgres ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: postgres ? 'prisma/postgresql/migrations' : 'prisma/migrations' },
  async adapter() {
    if (!postgres) return new PrismaBetterSQLite3({ url });
    readCatalogNamesAsText();
    // The pool's idle connections would otherwise keep the CLI running 10 s (pg's idle timeout)
    // after it has answered (`migrate diff`, say). `migrate deploy` lingers for a timer of its
    // own as well, which src/db/migrate-deploy.ts deals with.
    return new MigrationPg({ connectionString: url, allowExitOnIdle: true });
  },
});
