import type { Topic } from '../domain/vocabulary.js';
import type { ClaimOut } from '../schemas/claim.js';
import type { SourceOut } from '../schemas/source.js';
import type { TradeFigureOut } from '../schemas/trade-figure.js';
import type { Messages, Formatters } from '../i18n/index.js';
import type { Passage } from './source-text.js';
import { formatFigure } from './trade-chart.js';

/** A claim's topics (the one place that knows how a claim records them). */
export function topicsOf(claim: Pick<ClaimOut, 'topics'>): readonly Topic[] {
  return claim.topics;
}

/** Only web addresses become links; anything else a record holds (`javascript:` …) stays text. */
export function safeUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * Every passage of a source that a record rests on: claim quotes (coloured by verification),
 * the article's own sentences about verification, trade-figure quotes and data-quality notes.
 */
export function sourcePassages(
  source: SourceOut,
  claims: readonly ClaimOut[],
  figures: readonly TradeFigureOut[],
  links: { claim: (id: string) => string; figure: (id: string) => string },
  m: Messages,
  fmt: Formatters,
): Passage[] {
  const passages: Passage[] = [];
  for (const c of claims) {
    const href = links.claim(c.id);
    passages.push({
      kind: 'claim',
      id: c.id,
      start: c.quoteStart,
      end: c.quoteEnd,
      href,
      tone: c.verification,
      label: c.statement,
      labelLang: 'en',
      detail: null,
    });
    if (c.verificationQuote !== null) {
      const { start, end } = c.verificationQuote;
      passages.push({
        kind: 'verification',
        id: c.id,
        start,
        end,
        href,
        tone: 'verification',
        label: c.statement,
        labelLang: 'en',
        detail: null,
      });
    }
  }
  for (const f of figures) {
    const label = `${f.reporter.name} – ${f.partner.name}, ${m.indicators[f.indicator]}: ${formatFigure(f, m, fmt)}`;
    passages.push({
      kind: 'figure',
      id: f.id,
      start: f.quoteStart,
      end: f.quoteEnd,
      href: links.figure(f.id),
      tone: 'figure',
      label,
      labelLang: null,
      detail: null,
    });
  }
  for (const n of source.notes) {
    const category = m.noteCategories[n.category] ?? n.category;
    passages.push({
      kind: 'note',
      id: n.id,
      start: n.quote.start,
      end: n.quote.end,
      href: null,
      tone: 'note',
      label: n.note,
      labelLang: 'en',
      detail: category,
    });
  }
  return passages;
}
