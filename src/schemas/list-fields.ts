/**
 * The fields each list can be sorted and counted (faceted) by, as the API names them. The query
 * schemas document and validate them; each repository maps every name to its column, and the
 * compiler checks that it does (see fieldColumns in src/lib/keyset.ts). Kept apart from the zod
 * schemas so that the repositories can read the names without loading those.
 */
export const CLAIM_SORT_FIELDS = [
  'id',
  'country',
  'topic',
  'verification',
  'claimantType',
  'claimedAt',
  'createdAt',
  'updatedAt',
] as const;
export const CLAIM_FACETS = ['country', 'topic', 'verification', 'claimantType', 'source', 'status'] as const;
export const TRADE_SORT_FIELDS = ['id', 'reporter', 'partner', 'indicator', 'value', 'unit', 'periodStart', 'createdAt'] as const;
export const TRADE_FACETS = ['reporter', 'partner', 'indicator', 'unit', 'kind', 'statedByType'] as const;
export const LEADER_SORT_FIELDS = ['id', 'name', 'country', 'kind'] as const;
export const COUNTRY_SORT_FIELDS = ['code', 'name', 'role'] as const;
export const SOURCE_SORT_FIELDS = ['id', 'title', 'retrievedAt'] as const;

export type ClaimSortField = (typeof CLAIM_SORT_FIELDS)[number];
export type ClaimFacet = (typeof CLAIM_FACETS)[number];
export type TradeFigureSortField = (typeof TRADE_SORT_FIELDS)[number];
export type TradeFigureFacet = (typeof TRADE_FACETS)[number];
export type LeaderSortField = (typeof LEADER_SORT_FIELDS)[number];
export type CountrySortField = (typeof COUNTRY_SORT_FIELDS)[number];
export type SourceSortField = (typeof SOURCE_SORT_FIELDS)[number];
