import { articleDataset, seedClaims, seedFigures, seedLeaders } from './seed-data.js';

/** A seeded record of each kind, for URLs that need one. */
export const claim = seedClaims[0]?.id ?? '';
export const figure = seedFigures[0]?.id ?? '';
export const leader = seedLeaders[0]?.id ?? '';
export const source = articleDataset.sources[0]?.id ?? '';

/** One URL per GET route of the read API. */
export const READ_ROUTES = [
  '/v1',
  '/v1/countries',
  '/v1/countries/kp',
  '/v1/countries/kp/claims',
  '/v1/countries/ir/trade-figures',
  '/v1/countries/ir/leaders',
  '/v1/leaders',
  `/v1/leaders/${leader}`,
  '/v1/claims',
  `/v1/claims/${claim}`,
  `/v1/claims/${claim}/evidence`,
  '/v1/trade-figures',
  `/v1/trade-figures/${figure}`,
  '/v1/sources',
  `/v1/sources/${source}`,
  `/v1/sources/${source}/text`,
];
