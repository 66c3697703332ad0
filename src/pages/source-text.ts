/**
 * A source text cut into paragraphs and runs for display, with the passages records rest on
 * highlighted. Passages overlap (a claim quoting a whole sentence, two figures inside it, a
 * data-quality note across both), and HTML links cannot nest, so the text is cut at every
 * passage boundary: each run is covered by a fixed set of passages, links to the narrowest
 * record among them, and is marked when a note covers it. Every passage also gets an anchor
 * where it starts, for links from its record ("in the source").
 *
 * Offsets are Unicode code points, as everywhere in the API.
 */

export type PassageKind = 'claim' | 'figure' | 'verification' | 'note';

export type Passage = {
  kind: PassageKind;
  /** The record's id. */
  id: string;
  start: number;
  end: number;
  /** Its page; null for notes, which are shown beside the text instead. */
  href: string | null;
  /** Colour: a verification label, or the kind. */
  tone: string;
  /** Short description for the list beside the paragraph (a claim's statement, a figure's value). */
  label: string;
  /** The label's language when it is recorded data (statements are English), else null. */
  labelLang: string | null;
  /** A second line where there is one (a note's category). */
  detail: string | null;
};

export type Run = {
  text: string;
  /** The narrowest record passage covering this run, which the run links to. */
  link: Passage | null;
  noted: boolean;
  focus: boolean;
  /** Anchors of the passages that start here. */
  anchors: string[];
};

export type Paragraph = { runs: Run[]; passages: Passage[]; notes: Passage[] };

export function passageAnchor(passage: Pick<Passage, 'kind' | 'id'>): string {
  return `${passage.kind}-${passage.id}`;
}

const KIND_ORDER: Record<PassageKind, number> = { claim: 0, figure: 1, verification: 2, note: 3 };

/** Maps code point offsets to UTF-16 indexes (identical unless the text has astral characters). */
function utf16Index(text: string): (codePoint: number) => number {
  if (!/[\ud800-\udfff]/.test(text)) return (cp) => Math.max(0, Math.min(cp, text.length));
  const map: number[] = [];
  let i = 0;
  for (const char of text) {
    map.push(i);
    i += char.length;
  }
  map.push(i);
  return (cp) => map[Math.max(0, Math.min(cp, map.length - 1))] as number;
}

type Placed = Passage & { from: number; to: number };

/**
 * The text as paragraphs (blocks separated by blank lines) of runs. `isFocus` marks the
 * passage a reader came to see.
 */
export function segmentText(
  text: string,
  passages: readonly Passage[],
  isFocus: (p: Passage) => boolean = () => false,
): Paragraph[] {
  const index = utf16Index(text);
  const placed: Placed[] = passages
    .map((p) => ({ ...p, from: index(p.start), to: index(p.end) }))
    .filter((p) => p.from < p.to)
    .sort((a, b) => a.from - b.from || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const anchored = new Set<Placed>();
  const paragraphs: Paragraph[] = [];
  const separator = /\n{2,}/g;
  // Line breaks before the first block and after the last are no part of any paragraph.
  const end = text.replace(/\s+$/, '').length;
  let blockStart = text.length - text.replace(/^\n+/, '').length;
  for (;;) {
    const match = separator.exec(text);
    const blockEnd = match === null || match.index >= end ? end : match.index;
    if (blockEnd > blockStart) paragraphs.push(paragraph(text, blockStart, blockEnd, placed, anchored, isFocus));
    if (match === null || match.index >= end) break;
    blockStart = match.index + match[0].length;
  }
  return paragraphs;
}

function paragraph(
  text: string,
  from: number,
  to: number,
  all: readonly Placed[],
  anchored: Set<Placed>,
  isFocus: (p: Passage) => boolean,
): Paragraph {
  const inside = all.filter((p) => p.from < to && p.to > from);
  const cuts = new Set([from, to]);
  for (const p of inside) {
    cuts.add(Math.max(from, p.from));
    cuts.add(Math.min(to, p.to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  const starting: Placed[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const covering = inside.filter((p) => p.from <= a && p.to >= b);
    const anchors: string[] = [];
    for (const p of covering) {
      if (anchored.has(p)) continue;
      anchored.add(p);
      starting.push(p);
      anchors.push(passageAnchor(p));
    }
    let link: Placed | null = null;
    for (const p of covering) {
      if (p.kind === 'note') continue;
      if (link === null || p.to - p.from < link.to - link.from) link = p;
    }
    runs.push({
      text: text.slice(a, b),
      link: link === null ? null : strip(link),
      noted: covering.some((p) => p.kind === 'note'),
      focus: covering.some(isFocus),
      anchors,
    });
  }
  return {
    runs,
    passages: starting.filter((p) => p.kind !== 'note').map(strip),
    notes: starting.filter((p) => p.kind === 'note').map(strip),
  };
}

function strip({ from: _from, to: _to, ...passage }: Placed): Passage {
  return passage;
}

/** One passage inside its paragraph, for showing a quote in context. */
export function highlightIn(paragraph: string, paragraphStart: number, start: number, end: number): Run[] {
  const quote: Passage = {
    kind: 'claim',
    id: 'quote',
    start: start - paragraphStart,
    end: end - paragraphStart,
    href: null,
    tone: 'quote',
    label: '',
    labelLang: null,
    detail: null,
  };
  return segmentText(paragraph, [quote]).flatMap((p) => p.runs.map((run) => ({ ...run, anchors: [] })));
}
