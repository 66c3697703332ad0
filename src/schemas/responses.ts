import { problemSchema } from './common.js';

/** Problem+json responses for the given statuses, for a route's `response` schema. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema]));
}

/** Media types a list can answer in (`format=` or Accept), for the spec. */
export const LIST_MEDIA = ['application/json', 'text/csv', 'application/x-ndjson'];
export const CLAIM_LIST_MEDIA = [...LIST_MEDIA, 'application/ld+json'];
export const CLAIM_MEDIA = ['application/json', 'application/ld+json'];
export const CHANGES_MEDIA = ['application/json', 'application/atom+xml'];
