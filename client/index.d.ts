import type { Client, ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

/**
 * A typed client for frontend developers: paths, parameters and bodies are checked against the
 * spec at compile time. `createAlliesClient({ baseUrl: 'https://…' })`; it asks for JSON (an
 * `accept` header of your own wins).
 */
export declare function createAlliesClient(
  options?: ClientOptions,
): Client<paths, 'application/json' | 'application/problem+json'>;

export type { components, paths };
export type Claim = components['schemas']['Claim'];
export type Country = components['schemas']['Country'];
export type Leader = components['schemas']['Leader'];
export type Source = components['schemas']['Source'];
export type TradeFigure = components['schemas']['TradeFigure'];
export type Problem = components['schemas']['Problem'];
