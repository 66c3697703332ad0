import { notFound } from '../../lib/problem.js';
import { safeUrl, sourcePassages } from '../../pages/records.js';
import { segmentText } from '../../pages/source-text.js';
import { claimListQuery } from '../../schemas/claim.js';
import { sourcePageQuery } from '../../schemas/pages.js';
import { sourceParams } from '../../schemas/source.js';
import { tradeFigureListQuery } from '../../schemas/trade-figure.js';
import { pageRoute, sendPage } from './page.js';

/**
 * At most this many claims, and as many trade figures, have their passages highlighted on a
 * source page: the first of the claims (figures) list filtered by the source, which the page
 * links to with the totals. A record the page is opened for (`claim=`, `figure=`) is added.
 */
export const PASSAGES_SHOWN = 100;

/** `rows`, with `focus` added when it is not among them, is active and rests on the source. */
function withFocus<T extends { id: string; status: string; source: { id: string } }>(
  rows: T[],
  focus: T | null,
  source: string,
): T[] {
  if (focus === null || focus.status !== 'active' || focus.source.id !== source || rows.some((r) => r.id === focus.id))
    return rows;
  return [...rows, focus];
}

export const sourcePage = pageRoute(
  '/sources/:id',
  {
    operationId: 'getSourcePage',
    summary: 'A source’s full text, every claim’s and figure’s passage highlighted',
    description: `The page of \`GET /v1/sources/{id}\`: its metadata and the full text, with the passage every active claim and trade figure rests on highlighted (at most the first ${PASSAGES_SHOWN} claims and ${PASSAGES_SHOWN} figures, by the lists' order, with links to all of them), coloured by verification and linking to its record, and the data-quality notes beside the paragraphs they are about. \`claim=\` or \`figure=\` marks one record’s passage (the claim pages link here that way).`,
    params: sourceParams,
    querystring: sourcePageQuery,
    errors: [400, 404],
  },
  async (request, reply, { page, reads, repos }) => {
    const { id } = request.params;
    const { claim: focusClaim, figure: focusFigure } = request.query;
    // The first page of each list of the source's records, and its total.
    const [source, text, firstClaims, firstFigures, focusedClaimRecord, focusedFigureRecord] = await Promise.all([
      reads.source(id),
      reads.sourceText(id),
      repos.claims.list(claimListQuery.parse({ source: id, limit: PASSAGES_SHOWN })),
      repos.tradeFigures.list(tradeFigureListQuery.parse({ source: id, limit: PASSAGES_SHOWN })),
      focusClaim === undefined ? null : repos.claims.findById(focusClaim),
      focusFigure === undefined ? null : repos.tradeFigures.findById(focusFigure),
    ]);
    if (source === null || text === null) throw notFound(`Source "${id}"`);
    const claims = withFocus(firstClaims.rows, focusedClaimRecord, id);
    const figures = withFocus(firstFigures.rows, focusedFigureRecord, id);
    const byFigureId = new Map(figures.map((f) => [f.id, f]));
    // The trade figures page filtered by the source, from the page that starts with the figure.
    const ofSource = tradeFigureListQuery.parse({ source: id });
    const figureHref = (f: string) => {
      const figure = byFigureId.get(f);
      const cursor = figure === undefined ? undefined : (repos.tradeFigures.cursorAt(ofSource, figure) ?? undefined);
      return page.href('/trade-figures', { source: id, cursor }) + `#figure-${f}`;
    };
    const links = { claim: (c: string) => page.href(`/claims/${c}`), figure: figureHref };
    // How many of a list are highlighted, of how many, in words.
    type Says = (shown: string, total: number, totalText: string, all: boolean) => string;
    const bound = (list: { rows: unknown[]; total: number; nextCursor: string | null }, says: Says) => ({
      total: list.total,
      text: says(page.fmt.integer(list.rows.length), list.total, page.fmt.integer(list.total), list.nextCursor === null),
    });
    const passages = sourcePassages(source, claims, figures, links, page.m, page.fmt);
    const paragraphs = segmentText(text.text, passages, (p) =>
      p.kind === 'claim' || p.kind === 'verification' ? p.id === focusClaim : p.kind === 'figure' && p.id === focusFigure,
    );
    const focusedClaim = claims.find((c) => c.id === focusClaim) ?? null;
    const focusedFigure = figures.find((f) => f.id === focusFigure) ?? null;
    return sendPage(request, reply, page, './source', {
      title: source.title,
      source,
      url: safeUrl(source.url),
      language: text.language,
      paragraphs,
      // Set when the source has more records than the page highlights.
      bounded:
        firstClaims.nextCursor !== null || firstFigures.nextCursor !== null
          ? {
              claims: { ...bound(firstClaims, page.m.source.boundedClaims), href: page.href('/claims', { source: id }) },
              figures: {
                ...bound(firstFigures, page.m.source.boundedFigures),
                href: page.href('/trade-figures', { source: id }),
              },
            }
          : null,
      focus:
        focusedClaim !== null
          ? {
              text: page.m.source.focusClaim,
              label: focusedClaim.statement,
              lang: 'en',
              anchor: `claim-${focusedClaim.id}`,
              back: links.claim(focusedClaim.id),
            }
          : focusedFigure !== null
            ? {
                text: page.m.source.focusFigure,
                label: focusedFigure.quote,
                lang: 'fr',
                anchor: `figure-${focusedFigure.id}`,
                back: links.figure(focusedFigure.id),
              }
            : null,
    });
  },
);
