import type { z } from 'zod';
import type { evidenceSchema } from '../schemas/claim.js';
import { sliceCodePoints } from './text-span.js';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ANNOTATION_MEDIA = `application/ld+json; profile="${ANNOTATION_CONTEXT}"`;

/** Code points of context a TextQuoteSelector gives on each side, within the quote's paragraph. */
const CONTEXT_POINTS = 32;

type Evidence = z.infer<typeof evidenceSchema>;

/**
 * A claim's evidence as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the
 * target is the stored source text, selected twice, by its exact words with what surrounds
 * them (TextQuoteSelector) and by code point offsets (TextPositionSelector, which the model
 * counts in code points as this API does); the body is the claim the passage supports.
 */
export function evidenceAnnotation(evidence: Evidence, claim: { statement: string }, base: string): Record<string, unknown> {
  const { quote, paragraph } = evidence;
  const inParagraph = paragraph.end > paragraph.start && paragraph.start <= quote.start && quote.end <= paragraph.end;
  const around = (from: number, to: number) =>
    (inParagraph ? sliceCodePoints(paragraph.text, from - paragraph.start, to - paragraph.start) : null) ?? '';
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${base}/v1/claims/${evidence.claimId}/evidence`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      { type: 'TextualBody', value: claim.statement, format: 'text/plain', language: 'en', purpose: 'describing' },
      { id: `${base}/v1/claims/${evidence.claimId}`, type: 'Dataset', format: 'application/json' },
    ],
    target: {
      source: `${base}${evidence.source.textUrl}`,
      type: 'Text',
      format: 'text/plain',
      language: evidence.source.language,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.text,
          prefix: around(Math.max(paragraph.start, quote.start - CONTEXT_POINTS), quote.start),
          suffix: around(quote.end, Math.min(paragraph.end, quote.end + CONTEXT_POINTS)),
        },
        { type: 'TextPositionSelector', start: quote.start, end: quote.end },
      ],
    },
  };
}
