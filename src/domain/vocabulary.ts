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
  /** The source reports support without saying what it consisted of (« parrainé le conflit »). */
  'unspecified',
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

/**
 * Where the value of a country's or person's field comes from:
 * - source: the source states it, at the span given (in English where the span is French);
 * - reference: not in the source; taken from the named reference (see REFERENCES);
 * - summary: the curators' summary of the claims listed (a country's stance);
 * - not_stated: the source does not give it; the value is null or says so;
 * - not_recorded: written without a basis (by a curator who gave none, or before fields had one).
 */
export const BASIS_KINDS = ['source', 'reference', 'summary', 'not_stated', 'not_recorded'] as const;

/**
 * References a field may come from instead of the source:
 * - iso_3166_1: ISO 3166-1 codes and short names, as packaged by i18n-iso-countries;
 * - curator_knowledge: the curators' general knowledge, checked against no named document; the
 *   basis note says what is known.
 */
export const REFERENCES = ['iso_3166_1', 'curator_knowledge'] as const;

/** The fields of a country and of a person that each carry a basis. */
export const COUNTRY_BASIS_FIELDS = ['code', 'alpha3', 'name', 'nameSource', 'role', 'stance'] as const;
export const LEADER_BASIS_FIELDS = ['name', 'nameSource', 'role', 'title', 'kind', 'country', 'affiliation', 'inOffice'] as const;

export const RECORD_STATUSES = ['active', 'retracted'] as const;

export type Topic = (typeof TOPICS)[number];
export type Verification = (typeof VERIFICATIONS)[number];
export type BasisKind = (typeof BASIS_KINDS)[number];
export type Reference = (typeof REFERENCES)[number];
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];
