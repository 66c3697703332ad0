import { sliceCodePoints } from './text-span.js';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ANNOTATION_MEDIA = `application/ld+json; profile="${ANNOTATION_CONTEXT}"`;

/** Code points of context a TextQuoteSelector gives on each side, within the quote's paragraph. */
const CONTEXT_POINTS = 32;

type Span = { text: string; start: number; end: number };
/** What an annotation needs of a record's evidence (src/repositories/evidence.ts gives more). */
export type AnnotatedEvidence = { quote: Span; paragraph: Span; source: { textUrl: string; language: string } };

/** The record the evidence supports: its API path (`/v1/claims/{id}`) and what it states, in English. */
export type AnnotatedRecord = { path: string; statement: string };

/**
 * A record's evidence (a claim's or a trade figure's) as a W3C Web Annotation
 * (https://www.w3.org/TR/annotation-model/): the target is the stored source text, selected
 * twice, by its exact words with what surrounds them (TextQuoteSelector) and by code point
 * offsets (TextPositionSelector, which the model counts in code points as this API does); the
 * body is what the record states from the passage, and the record itself.
 */
export function evidenceAnnotation(evidence: AnnotatedEvidence, record: AnnotatedRecord, base: string): Record<string, unknown> {
  const { quote, paragraph } = evidence;
  const inParagraph = paragraph.end > paragraph.start && paragraph.start <= quote.start && quote.end <= paragraph.end;
  const around = (from: number, to: number) =>
    (inParagraph ? sliceCodePoints(paragraph.text, from - paragraph.start, to - paragraph.start) : null) ?? '';
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${base}${record.path}/evidence`,
    type: 'Annotation',
    motivation: 'describing',
    body: [
      { type: 'TextualBody', value: record.statement, format: 'text/plain', language: 'en', purpose: 'describing' },
      { id: `${base}${record.path}`, type: 'Dataset', format: 'application/json' },
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
