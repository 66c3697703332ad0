import { CLAIMANT_TYPES, TOPICS, VERIFICATIONS } from '../../domain/vocabulary.js';
import { notFound } from '../../lib/problem.js';
import { enclosingParagraph } from '../../lib/text-span.js';
import { claimColumns, tableRows } from '../../pages/claim-table.js';
import type { PageContext } from '../../pages/context.js';
import { highlightIn } from '../../pages/source-text.js';
import { topicsOf } from '../../pages/records.js';
import { claimIdParams } from '../../schemas/claim.js';
import { countryListQuery } from '../../schemas/country.js';
import { leaderListQuery } from '../../schemas/leader.js';
import { claimsPageQuery, pageQuery, type ClaimsPageQuery } from '../../schemas/pages.js';
import { listExports, listParams, pagerLinks, pageRoute, sendPage } from './page.js';

/**
 * At most this many revisions, the latest, are shown on a claim's page, with their total and a
 * link to the whole history: a claim corrected many times keeps a bounded page.
 */
export const REVISIONS_SHOWN = 20;

/** The filters shown with counts; each value's count is for the other filters as they stand. */
const FACETS = ['country', 'topic', 'verification', 'claimantType'] as const;
type Facet = (typeof FACETS)[number];
const VALUES: Record<Exclude<Facet, 'country'>, readonly string[]> = {
  topic: TOPICS,
  verification: VERIFICATIONS,
  claimantType: CLAIMANT_TYPES,
};

const ALL_COUNTRIES = countryListQuery.parse({ limit: 100 });
const ALL_PEOPLE = leaderListQuery.parse({ limit: 100 });

export const claimsPage = pageRoute(
  '/claims',
  {
    operationId: 'getClaimsPage',
    summary: 'Browse and search claims: filters with counts, a table, exports',
    description:
      'The page of `GET /v1/claims`, with the same filters, search, sort and cursors. A form that works without JavaScript (a ticked box per value, repeated parameters joined as a comma list, empty fields ignored), the number of claims beside each value, the results as a table, and links to this list as JSON, CSV and NDJSON with the equivalent `curl` line.',
    querystring: claimsPageQuery,
    errors: [400],
  },
  async (request, reply, { page, repos }) => {
    const query = request.query;
    const { lang: _lang, ...list } = query;
    const filtered = FACETS.filter((f) => list[f] !== undefined);
    const unfiltered = FACETS.filter((f) => list[f] === undefined);
    const [result, countries, people, ...others] = await Promise.all([
      repos.claims.list({ ...list, facet: unfiltered.length > 0 ? [...unfiltered] : undefined }),
      repos.countries.list(ALL_COUNTRIES),
      repos.leaders.list(ALL_PEOPLE),
      // A filtered facet is counted without its own filter, so its other values show what adding them would give.
      ...filtered.map((f) => repos.claims.list({ ...list, [f]: undefined, cursor: undefined, limit: 1, facet: [f] })),
    ]);
    const counts: Partial<Record<Facet, Record<string, number>>> = { ...result.facets };
    filtered.forEach((f, i) => (counts[f] = others[i]?.facets?.[f] ?? {}));
    const names = new Map(countries.rows.map((c) => [c.code, c.name]));
    const facets = FACETS.map((name) => facetModel(name, list, counts[name] ?? {}, page, names));
    const api = listParams(query);
    const exports = listExports('claims', api);
    return sendPage(request, reply, page, './claims', {
      title: page.m.claims.title,
      query,
      facets,
      people: people.rows.map((p) => ({ id: p.id, name: p.name, selected: list.claimant?.includes(p.id) ?? false })),
      columns: claimColumns(page, result.snippets !== undefined),
      rows: tableRows(result.rows, page, result.snippets),
      total: result.total,
      pager: pagerLinks(page, '/claims', api, result, query.cursor),
      reset: page.href('/claims'),
      exports,
      // A quote in the query would end the shell word; as %27 the URL means the same.
      curl: { before: "curl -o claims.csv '", path: exports.csv.replace(/'/g, '%27'), after: "'" },
      hidden: { lang: query.lang, sort: query.sort, status: query.status === 'active' ? undefined : query.status },
    });
  },
);

export const claimPage = pageRoute(
  '/claims/:id',
  {
    operationId: 'getClaimPage',
    summary: 'A claim’s page: the quote in its paragraph, who says it, how sure, history, citation',
    description: `The page of \`GET /v1/claims/{id}\`: the English statement, the French quote highlighted inside its paragraph (with a link to the passage in the full source), claimant and type, verification in words with the article’s own sentence about it when there is one, the date note, the status (a retraction and its reason), the latest ${REVISIONS_SHOWN} revisions with their total and a link to the whole history (\`GET /v1/claims/{id}/revisions\`), and a citation ready to paste.`,
    params: claimIdParams,
    querystring: pageQuery,
    errors: [400, 404],
  },
  async (request, reply, { page, reads, repos, origin }) => {
    const { id } = request.params;
    const [claim, revisions] = await Promise.all([
      repos.claims.findById(id),
      repos.revisions.latestForRecord('claim', id, REVISIONS_SHOWN),
    ]);
    if (claim === null) throw notFound(`Claim "${id}"`);
    // The source and its text are shared by all its claims' pages (see pageReads); the
    // paragraph is found in the text as GET /v1/claims/{id}/evidence finds it.
    const [source, text] = await Promise.all([reads.source(claim.source.id), reads.sourceText(claim.source.id)]);
    if (source === null || text === null) throw notFound(`Source "${claim.source.id}"`);
    const paragraph = enclosingParagraph(text.text, claim.quoteStart, claim.quoteEnd) ?? {
      text: claim.quote,
      start: claim.quoteStart,
    };
    const permalink = `${origin}/claims/${claim.id}`;
    const inSource = (anchor: string) => page.href(`/sources/${source.id}`, { claim: claim.id }) + `#${anchor}`;
    return sendPage(request, reply, page, './claim', {
      title: claim.statement,
      claim,
      topics: topicsOf(claim),
      source,
      paragraph: highlightIn(paragraph.text, paragraph.start, claim.quoteStart, claim.quoteEnd),
      inSource: inSource(`claim-${claim.id}`),
      verificationInSource: claim.verificationQuote === null ? null : inSource(`verification-${claim.id}`),
      revisions: revisions.rows,
      revisionsTotal: revisions.total,
      permalink,
      citation: page.m.claim.citeText({
        author: source.author ?? page.m.claim.authorUnknown,
        title: source.title,
        publisher: source.publisher ?? page.m.claim.publisherUnknown,
        quote: claim.quote,
        permalink,
        retrieved: page.fmt.date(source.retrievedAt),
      }),
    });
  },
);

function facetModel(
  name: Facet,
  list: Omit<ClaimsPageQuery, 'lang'>,
  counts: Record<string, number>,
  page: PageContext,
  countryNames: Map<string, string>,
) {
  const selected = new Set<string>((list[name] as readonly string[] | undefined) ?? []);
  const values = name === 'country' ? [...countryNames.keys()] : VALUES[name];
  const label = (value: string): string => {
    if (name === 'country') return countryNames.get(value) ?? value;
    if (name === 'topic') return page.m.topics[value as keyof PageContext['m']['topics']] ?? value;
    if (name === 'verification')
      return page.m.verification.labels[value as keyof PageContext['m']['verification']['labels']] ?? value;
    return page.m.claimantTypes[value as keyof PageContext['m']['claimantTypes']] ?? value;
  };
  return {
    name,
    legend: page.m.claims.facets[name],
    values: values
      .filter((value) => (counts[value] ?? 0) > 0 || selected.has(value))
      .map((value) => ({
        value,
        label: label(value),
        count: page.m.claims.facetCount(page.fmt.integer(counts[value] ?? 0)),
        checked: selected.has(value),
      })),
  };
}
