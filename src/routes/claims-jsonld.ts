import type { ListBody } from '../lib/representation.js';
import type { ClaimOut } from '../schemas/claim.js';

const CONTEXT = 'https://schema.org';

/**
 * schema.org ClaimReview, so fact-checkers can republish: the claimant is the claim's author,
 * our verification label is the review rating's alternateName, the source is the appearance.
 */
export function claimJsonLd(claim: ClaimOut, withContext: boolean): Record<string, unknown> {
  return {
    ...(withContext ? { '@context': CONTEXT } : {}),
    '@type': 'ClaimReview',
    '@id': `/v1/claims/${claim.id}`,
    claimReviewed: claim.statement,
    reviewRating: { '@type': 'Rating', alternateName: claim.verification, ratingExplanation: claim.verificationNote },
    itemReviewed: {
      '@type': 'Claim',
      text: claim.quote,
      about: { '@type': 'Country', name: claim.country.name, identifier: claim.country.code },
      author: {
        '@type': claim.claimant.leaderId === null ? 'Organization' : 'Person',
        name: claim.claimant.name,
        ...(claim.claimant.leaderId === null ? {} : { '@id': `/v1/leaders/${claim.claimant.leaderId}` }),
      },
      appearance: { '@type': 'CreativeWork', '@id': `/v1/sources/${claim.source.id}`, headline: claim.source.title },
      ...(claim.claimedAt === null ? {} : { datePublished: claim.claimedAt }),
    },
    dateModified: claim.updatedAt,
  };
}

export function claimListJsonLd(body: ListBody<ClaimOut>): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@graph': body.data.map((claim) => claimJsonLd(claim, false)),
    meta: body.meta,
    links: body.links,
  };
}
