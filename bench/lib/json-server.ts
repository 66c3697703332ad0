import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { exportForJsonServer, type Claim } from './data.js';
import { freePort, startServer, type Server } from './processes.js';

/**
 * json-server (read-only) on the API's own records, exported through the API at `apiUrl`, so
 * both serve the same rows: `countries` keyed by code, a `countryId` on related records.
 */
export async function startJsonServer(
  work: string,
  apiUrl: string,
  name = 'json-server',
): Promise<{ jsonServer: Server; claims: Claim[] }> {
  const exported = await exportForJsonServer(apiUrl);
  const dbJson = path.join(work, `${name}-db.json`);
  writeFileSync(dbJson, JSON.stringify(exported.db, null, 2));
  const jsonServerBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('json-server/package.json')),
    'lib/cli/bin.js',
  );
  const port = await freePort();
  const jsonServer = await startServer({
    name,
    args: [jsonServerBin, '--port', String(port), '--host', '127.0.0.1', '--quiet', '--read-only', dbJson],
    readyPath: '/claims?_limit=1',
    port,
    timeoutMs: 300_000,
  });
  return { jsonServer, claims: exported.claims };
}
