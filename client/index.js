import createClient, { mergeHeaders } from 'openapi-fetch';

/**
 * A typed client for frontend developers: paths, parameters and bodies are checked against the
 * spec at compile time (see index.d.ts). `createAlliesClient({ baseUrl: 'https://…' })`.
 * @param {import('openapi-fetch').ClientOptions} [options]
 */
export function createAlliesClient(options = {}) {
  // JSON only: the CSV, NDJSON and JSON-LD representations are for other tools.
  return createClient({ ...options, headers: mergeHeaders({ accept: 'application/json' }, options.headers) });
}
