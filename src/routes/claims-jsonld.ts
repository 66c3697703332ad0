import { en } from '../i18n/en.js';
import type { ListBody } from '../lib/representation.js';
import { API_PUBLISHER } from '../openapi/document.js';
import type { ClaimOut } from '../schemas/claim.js';

const CONTEXT = 'https://schema.org';

/** The verification label in words, as the pages' legend gives it: `Reported: attributed to someone; …`. */
function verificationInWords(verification: ClaimOut['verification']): string {
  const meaning = en.verification.meanings[verification];
  return `${en.verification.labels[verification]}: ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}`;
}

/**
 * schema.org ClaimReview, so fact-checkers can republish: the dataset's publisher reviews, the
 * claimant is the claim's author, our verification label (in words) is the review rating's
 * alternateName, the source is the appearance. Ids and urls are absolute under `base`
 * (PUBLIC_BASE_URL), or relative to this server when it is unset.
 */
export function claimJsonLd(claim: ClaimOut, withContext: boolean, base: string): Record<string, unknown> {
  return {
    ...(withContext ? { '@context': CONTEXT } : {}),
    '@type': 'ClaimReview',
    '@id': `${base}/v1/claims/${claim.id}`,
    url: `${base}/claims/${claim.id}`,
    author: { '@type': 'Organization', name: API_PUBLISHER, url: `${base}/` },
    claimReviewed: claim.statement,
    reviewRating: {
      '@type': 'Rating',
      alternateName: verificationInWords(claim.verification),
      ratingExplanation: claim.verificationNote,
    },
    itemReviewed: {
      '@type': 'Claim',
      text: claim.quote,
      about: { '@type': 'Country', name: claim.country.name, identifier: claim.country.code },
      author: {
        '@type': claim.claimant.leaderId === null ? 'Organization' : 'Person',
        name: claim.claimant.name,
        ...(claim.claimant.leaderId === null ? {} : { '@id': `${base}/v1/leaders/${claim.claimant.leaderId}` }),
      },
      appearance: {
        '@type': 'CreativeWork',
        '@id': `${base}/v1/sources/${claim.source.id}`,
        url: `${base}/sources/${claim.source.id}`,
        headline: claim.source.title,
      },
      // Only a date the source states; the review itself has none but its last change.
      ...(claim.claimedAt === null ? {} : { datePublished: claim.claimedAt }),
    },
    dateModified: claim.updatedAt,
  };
}

/**
 * A page of claims as a `@graph` of ClaimReview nodes. The page itself (first, prev, next, the
 * total) is in the `Link` and `X-Total-Count` headers that every list sends: schema.org has no
 * terms for a page of results, and `meta` or `links` in the body would be dropped by a JSON-LD
 * processor or read as properties schema.org does not define.
 */
export function claimListJsonLd(body: ListBody<ClaimOut>, base: string): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@graph': body.data.map((claim) => claimJsonLd(claim, false, base)),
  };
}
