/**
 * Controlled vocabularies shared by the seed, the database layer and the API schemas, so a
 * value can only enter the dataset if the API can also filter on it and document it.
 */
export const SOURCE_KINDS = ['news_article', 'official_statement', 'media_report', 'dataset', 'other'] as const;

export const COUNTRY_ROLES = ['ally_of_russia', 'aggressor', 'invaded', 'other'] as const;

export const LEADER_KINDS = ['leader', 'cited_person'] as const;

export const CLAIMANT_TYPES = [
  'government_official',
  'state_media',
  'opposition_media',
  'independent_media',
  'expert',
  'journalist',
  'organisation',
  'other',
] as const;

export const TOPICS = [
  'military',
  'troops',
  'economic',
  'trade',
  'diplomatic',
  'rhetorical',
  'ideological',
  'technology',
  'labour',
  'other',
] as const;

/**
 * How far the source itself stands behind a claim, in its own words:
 * - verified: the source says it was independently verified;
 * - reported: attributed to someone; the source neither confirms nor questions it;
 * - asserted: stated in the source's own voice, with no attribution or evidence;
 * - unverified: the source says it has not been independently verified;
 * - disputed: the source reports a denial or contradiction.
 */
export const VERIFICATIONS = ['verified', 'reported', 'asserted', 'unverified', 'disputed'] as const;

export const INDICATORS = ['total_trade', 'bilateral_trade', 'oil_imports', 'exports', 'imports', 'other'] as const;

export const UNITS = ['USD', 'percent', 'ratio'] as const;

export const FIGURE_KINDS = ['level', 'change', 'ratio'] as const;

export const RECORD_STATUSES = ['active', 'retracted'] as const;

export type Topic = (typeof TOPICS)[number];
export type Verification = (typeof VERIFICATIONS)[number];
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];
