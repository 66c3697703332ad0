import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

/**
 * A typed client for frontend developers: paths, parameters and bodies are checked against the
 * spec at compile time. `createAlliesClient({ baseUrl: 'https://…' })`.
 */
export function createAlliesClient(options: ClientOptions = {}) {
  // JSON only: the CSV, NDJSON and JSON-LD representations are for other tools.
  return createClient<paths, 'application/json' | 'application/problem+json'>({
    ...options,
    headers: { accept: 'application/json', ...options.headers },
  });
}

export type { components, paths };
export type Claim = components['schemas']['Claim'];
export type Country = components['schemas']['Country'];
export type TradeFigure = components['schemas']['TradeFigure'];
export type Problem = components['schemas']['Problem'];
