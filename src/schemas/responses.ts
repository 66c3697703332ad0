import { problemSchema } from './common.js';

/** Problem+json responses for the given statuses, for a route's `response` schema. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema]));
}
