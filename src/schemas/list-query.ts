import { z } from 'zod';
import {
  bomQuery,
  commaList,
  COUNTRY_LIST,
  countryCodeParam,
  formatQuery,
  paginationQuery,
  SLUG_LIST,
  slugParam,
} from './common.js';

/**
 * The query parameters the lists have in common, each built by one function so that every list
 * spells them alike. Each call returns a schema of its own: the canonical-query plugin knows a
 * comma list by its instance (isCommaList).
 */

/** A comma list of a vocabulary's values, optional ("Comma list of: a, b" unless it says more). */
export function vocabularyList<const T extends readonly string[]>(
  values: T,
  description = `Comma list of: ${values.join(', ')}`,
) {
  return commaList(z.enum(values)).optional().describe(description);
}

/** A comma list of ISO alpha-2 codes, optional, any case. */
export function countryCodes(description: string) {
  return commaList(countryCodeParam, COUNTRY_LIST).optional().describe(description);
}

/** A comma list of record ids (lower-case slugs), optional. */
export function slugs(description: string) {
  return commaList(slugParam, SLUG_LIST).optional().describe(description);
}

/** `sort`, as the list's description says it; checked against the sortable fields by the repository. */
export function sortQuery(description: string, max = 100) {
  return z.string().max(max).optional().describe(description);
}

/** How a sort's ties are ordered (see parseSort), for its description. */
export const SORT_TIES = 'records equal in every field given are ordered by id, in the direction of the last field';

/** `sort` of a list that has no relevance order. */
export function fieldSort(fields: readonly string[], defaultOrder: string) {
  return sortQuery(`Comma list of ${fields.join(', ')}, "-" for descending (default ${defaultOrder}); ${SORT_TIES}`);
}

/** `q`, a full-text search. */
export function searchQuery(description: string) {
  return z.string().max(500).optional().describe(description);
}

/** What every list's query ends with: the representation, CSV's byte order mark, the page. */
export const listQueryTail = { format: formatQuery, bom: bomQuery, ...paginationQuery };

/**
 * A list's query (its own parameters, then the filters) and the same filters on a country's
 * sub-collection (`/v1/countries/{code}/…`), where the country is in the path.
 */
export function listQueries<T extends z.ZodRawShape, F extends z.ZodRawShape>(own: T, filters: F) {
  return { all: z.strictObject({ ...own, ...filters }), ofCountry: z.strictObject(filters) };
}
