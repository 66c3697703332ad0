import { notFound } from '../../lib/problem.js';
import { formatFigure } from '../../pages/trade-chart.js';
import { countryParams } from '../../schemas/country.js';
import { countryLeaderListQuery } from '../../schemas/leader.js';
import { pageQuery } from '../../schemas/pages.js';
import { countryTradeFigureListQuery } from '../../schemas/trade-figure.js';
import { pageRoute, sendPage } from './page.js';

/**
 * At most this many claims are shown under each topic of a country page, the first of the
 * browse page filtered by the country and the topic (which the topic links to, with its total):
 * a page stays readable and its size bounded whatever the number of claims.
 */
export const CLAIMS_PER_TOPIC = 5;
/** At most this many of the country's own leaders, and as many people its claims cite besides. */
export const PEOPLE_SHOWN = 50;
/** At most this many trade figures; the trade figures page filtered by the country has them all. */
export const FIGURES_SHOWN = 50;

const LEADERS = countryLeaderListQuery.parse({ limit: PEOPLE_SHOWN });
const FIGURES = countryTradeFigureListQuery.parse({ limit: FIGURES_SHOWN });

export const countryPage = pageRoute(
  '/countries/:code',
  {
    operationId: 'getCountryPage',
    summary: 'A country’s page: stance, people, claims by topic, trade figures',
    description: `The page of \`GET /v1/countries/{code}\`: its stance, its leaders and the people cited about it, its claims grouped by topic with verification labels in words, and its trade figures with their caveats. Each topic shows its number of claims and the first ${CLAIMS_PER_TOPIC}, and links to the claims page filtered by the country and the topic; at most ${PEOPLE_SHOWN} leaders, ${PEOPLE_SHOWN} other cited people and ${FIGURES_SHOWN} trade figures are listed, with their totals.`,
    params: countryParams,
    querystring: pageQuery,
    errors: [400, 404],
  },
  async (request, reply, { page, reads, repos }) => {
    const country = await repos.countries.findByCode(request.params.code);
    if (country === null) throw notFound(`Country "${request.params.code}"`);
    const { code } = country;
    const [byTopic, stanceClaims, leaders, cited, figures] = await Promise.all([
      repos.claims.byTopicForCountry(code, CLAIMS_PER_TOPIC),
      // The claims the curators' stance summarises, as its basis names them.
      repos.claims.activeOfCountry(code, country.basis.stance.claimIds),
      repos.leaders.list({ ...LEADERS, country: [code] }),
      repos.claims.citedLeaders(code, PEOPLE_SHOWN),
      repos.tradeFigures.list({ ...FIGURES, reporter: [code] }),
    ]);
    const [cites, claimsMade] = await Promise.all([
      reads.people(cited.ids),
      repos.claims.countsByClaimant(code, [...leaders.rows.map((l) => l.id), ...cited.ids]),
    ]);
    const people = [...leaders.rows, ...cites];
    return sendPage(request, reply, page, './country', {
      title: country.name,
      country,
      people: people.map((person) => ({ ...person, claimsMade: claimsMade[person.id] ?? 0 })),
      // How many of the country's own leaders and of the other people cited there are, and how many are listed.
      leaders: { shown: leaders.rows.length, total: leaders.total },
      cited: { shown: cited.ids.length, total: cited.total },
      stanceClaims,
      byTopic,
      figures: figures.rows.map((f) => ({ ...f, valueText: formatFigure(f, page.m, page.fmt) })),
      figuresTotal: figures.total,
    });
  },
);
