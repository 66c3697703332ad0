import { loadConfig } from '../src/config.js';
import { prepareDatabase } from '../src/db/migrations.js';

/** `prisma migrate deploy`, after creating the database folder, then an integrity check. */
const { migrated } = prepareDatabase(loadConfig().databaseUrl);
process.stdout.write(migrated.length === 0 ? 'no pending migrations\n' : `applied ${migrated.join(', ')}\n`);
