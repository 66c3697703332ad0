/**
 * Corrections of records an earlier version of the seed wrote (an independent fidelity audit
 * against the article, issue 20). The seed applies one, as an audited update by "seed", only to a
 * record that still holds every `from` value: a database seeded before it gets the corrected
 * fields of `seed/data/article.ts`, and a record a curator has changed since is left alone.
 * `from` uses the stored columns (a claim's `topics` is its ClaimTopic list, `basis` the parsed
 * JSON, `{}` before the migration that added it).
 */
export type SeedCorrection = {
  resource: 'source' | 'country' | 'leader' | 'claim' | 'trade_figure' | 'source_note';
  id: string;
  reason: string;
  from: Record<string, unknown>;
};

export const corrections: SeedCorrection[] = [
  {
    resource: 'source',
    id: 'putin-allies-four-countries',
    reason: 'That the name lines are photo captions is an inference from the layout: said so.',
    from: {
      textNote:
        'Scraped page minus site chrome: the breadcrumb line before the title, the “À NE PAS MANQUER” promotion heading between the China and Iran sections, and the “Related Articles” block and cookie banner after the last paragraph. Photo captions are kept because they are part of the article as published.',
    },
  },
  {
    resource: 'country',
    id: 'BY',
    reason: "Stance now lists the claims it summarises, and every field has a basis.",
    from: {
      stance: "Has backed Putin’s regime since the invasion began and served mainly as a springboard for Russian troops.",
      basis: {},
    },
  },
  {
    resource: 'country',
    id: 'CN',
    reason: "Stance now lists the claims it summarises, and every field has a basis.",
    from: {
      stance: "Officially neutral and no explicit support, but trade ties with Russia continue and officials give rhetorical support.",
      basis: {},
    },
  },
  {
    resource: 'country',
    id: 'IR',
    reason: "Stance: « a soutenu la Russie avec des technologies telles que » is backed, not supplied. It now lists the claims it summarises.",
    from: {
      stance: "A long-standing ally acting like China; bilateral trade has grown and Ukrainian officials say it supplied satellites and armed drones.",
      basis: {},
    },
  },
  {
    resource: 'country',
    id: 'KP',
    reason: "Stance: only the soldiers come from Russian state media; the builders come from Korotchenko and are to repair war damage (« pour aider à réparer les dommages de guerre »). It now lists the claims it summarises.",
    from: {
      stance: "Ideologically aligned with Russia; Russian state media report it offered soldiers and builders for the war effort.",
      basis: {},
    },
  },
  {
    resource: 'country',
    id: 'RU',
    reason: "Stance now lists the claims it summarises, and every field has a basis.",
    from: {
      stance: "Invading Ukraine; widely shunned, with support coming almost entirely from its neighbours.",
      basis: {},
    },
  },
  {
    resource: 'country',
    id: 'UA',
    reason: "Stance: it rested on a claim about Iran and widened « des technologies telles que des satellites et des drones armés » into “military technology”; it now summarises the one claim about Ukraine.",
    from: {
      stance: "Invaded by Russia; its officials accuse Iran of supplying Russia with military technology.",
      basis: {},
    },
  },
  {
    resource: 'leader',
    id: 'vladimir-putin',
    reason: "Every field now has a basis: the article’s span, or the reference it comes from.",
    from: {
      basis: {},
    },
  },
  {
    resource: 'leader',
    id: 'alexander-lukashenko',
    reason: "Every field now has a basis: the article’s span, or the reference it comes from.",
    from: {
      basis: {},
    },
  },
  {
    resource: 'leader',
    id: 'xi-jinping',
    reason: "Every field now has a basis: the article’s span, or the reference it comes from.",
    from: {
      basis: {},
    },
  },
  {
    resource: 'leader',
    id: 'ebrahim-raisi',
    reason: "Every field now has a basis: the article’s span, or the reference it comes from.",
    from: {
      basis: {},
    },
  },
  {
    resource: 'leader',
    id: 'kim-jong-un',
    reason: "His country and role come from the curators’ knowledge: the article names him only in « Les alliés de Poutine : Kim Jong Un », above the Iran section. The basis now says so, and title and inOffice say the article states neither.",
    from: {
      title: "Not stated: named only in a photo caption, with no title",
      inOffice: "Not stated by the article; linked to North Korea here only because the article lists him among Putin’s allies, in a caption placed above the Iran section.",
      basis: {},
    },
  },
  {
    resource: 'leader',
    id: 'javad-owji',
    reason: "Every field now has a basis: the article’s span, or the reference it comes from.",
    from: {
      basis: {},
    },
  },
  {
    resource: 'leader',
    id: 'igor-korotchenko',
    reason: "Every field now has a basis: the article’s span, or the reference it comes from.",
    from: {
      basis: {},
    },
  },
  {
    resource: 'claim',
    id: 'ru-support-from-neighbours',
    reason: "« Poutine a reçu un soutien » is support he received, not his own; the kind of support is not said (topic unspecified).",
    from: {
      statement: "Since February, Putin’s support for the invasion has come almost entirely from Russia’s neighbours.",
      verificationNote: "Stated in the article’s own voice.",
      topic: "diplomatic",
      topics: ["diplomatic"],
    },
  },
  {
    resource: 'claim',
    id: 'ru-allies-financial-ties-no-troops',
    reason: "« ne soient pas apparues » has no agency (“have not appeared”, not “have not put”); the sentence is about troops too.",
    from: {
      statement: "Russia’s backers have not put troops on the ground but have kept financial ties with Russia while other countries follow sanctions.",
      verificationNote: "Stated in the article’s own voice; the article later reports claims of Belarusian troops in action and of North Korean soldiers offered, which sit uneasily with it.",
      topics: ["economic"],
    },
  },
  {
    resource: 'claim',
    id: 'by-lukashenko-sponsored-conflict',
    reason: "« parrainé le conflit » does not say what the sponsorship consisted of: topic unspecified, not military.",
    from: {
      topic: "military",
      topics: ["military"],
    },
  },
  {
    resource: 'claim',
    id: 'cn-trade-pacts-despite-sanctions',
    reason: "The sentence holds no explicit support (diplomatic) as well as trade pacts.",
    from: {
      topics: ["trade"],
    },
  },
  {
    resource: 'claim',
    id: 'cn-trade-with-russia-grew-2021',
    reason: "claimedAt was 2021, the period the figures cover (« en 2021 »), not when the claim was made, which the article does not say.",
    from: {
      claimedAt: "2021",
      dateNote: "The figures are for 2021 as stated; when they were published is not said.",
    },
  },
  {
    resource: 'claim',
    id: 'cn-officials-rhetorical-support',
    reason: "« alors qu’elles soutiennent l’Ukraine » is temporal (while), not causal (for).",
    from: {
      statement: "Chinese officials have given Russia rhetorical support and keep criticising Western nations for backing Ukraine.",
      verificationNote: "Stated in the article’s own voice; no official or statement is named.",
    },
  },
  {
    resource: 'claim',
    id: 'ir-owji-bilateral-trade-40-billion',
    reason: "Whether « soit dix fois plus » is Owji’s or the article’s is not clear; the comparison’s arithmetic is in the notes.",
    from: {
      statement: "Iran’s oil minister Javad Owji said in June that Russia–Iran bilateral trade reached 40 billion dollars over the previous 18 months, ten times the 4 billion dollars of 2021.",
      verificationNote: "Attributed to a named minister; nobody is said to have checked it, and it compares an 18-month total with one calendar year.",
    },
  },
  {
    resource: 'claim',
    id: 'ir-satellites-and-armed-drones',
    reason: "« a soutenu la Russie avec des technologies telles que » is backed Russia with technologies, not supplied technology.",
    from: {
      statement: "Ukrainian officials say Ebrahim Raisi’s regime went further and supplied Russia with technology such as satellites and armed drones that could have a “dramatic” impact on the war.",
    },
  },
  {
    resource: 'claim',
    id: 'kp-volunteers-invited-korotchenko',
    reason: "« avait proposé à des personnes de » is had invited people to; the article’s label « la nation paria » is kept.",
    from: {
      statement: "Igor Korotchenko cited a report that North Korea had offered people to “come and take part in the conflict”.",
      verificationNote: "Second-hand: an expert on a Russian channel citing a report that is not named.",
    },
  },
  {
    resource: 'claim',
    id: 'kp-builders-to-repair-war-damage',
    reason: "« une sélection de constructeurs » names no nationality; « ces volontaires » were never introduced.",
    from: {
      statement: "Korotchenko added that a selection of North Korean builders would come with the volunteers to help repair war damage alongside Russian counterparts.",
      verificationNote: "Attributed to the same expert; nothing says it was confirmed.",
    },
  },
  {
    resource: 'trade_figure',
    id: 'cn-ru-total-trade-change-2021',
    reason: "« L’ensemble du commerce chinois avec la Russie » is bilateral trade, like Iran–Russia’s; total_trade reads as trade with the world.",
    from: {
      indicator: "total_trade",
      caveat: "Approximate (“environ”); no source is named for the figure.",
    },
  },
  {
    resource: 'trade_figure',
    id: 'ir-ru-bilateral-trade-18-months',
    reason: "Caveat: the periods compared may overlap.",
    from: {
      caveat: "An 18-month total; the article compares it with a single calendar year (2021).",
    },
  },
  {
    resource: 'trade_figure',
    id: 'ir-ru-bilateral-trade-2021',
    reason: "The figure sits in « soit dix fois plus que les 4 milliards de dollars de 2021 », which may be Owji’s words or the article’s.",
    from: {
      caveat: null,
      statedByName: "Javad Owji",
      statedByType: "government_official",
      statedByLeaderId: "javad-owji",
    },
  },
  {
    resource: 'trade_figure',
    id: 'ir-ru-bilateral-trade-ratio',
    reason: "Whether « soit dix fois plus » is Owji’s or the article’s is not clear; statedBy no longer names Owji alone.",
    from: {
      caveat: "Compares an 18-month total with one calendar year: on a like-for-like annual basis the rise would be smaller than tenfold. Whether the comparison is Owji’s or the article’s is not clear from the sentence.",
      statedByName: "Javad Owji",
      statedByType: "government_official",
      statedByLeaderId: "javad-owji",
    },
  },
  {
    resource: 'source_note',
    id: 'caption-kim-jong-un-above-iran',
    reason: "The name lines are read as photo captions from the layout alone: said so.",
    from: {
      note: "The photo caption naming Kim Jong Un sits directly above the Iran section, not above the North Korea section; the North Korea section has no caption.",
    },
  },
  {
    resource: 'source_note',
    id: 'caption-lukashenko-spelling',
    reason: "The name lines are read as photo captions from the layout alone: said so.",
    from: {
      note: "The caption spells the name in English (“Alexander Lukashenko”) while the body uses the French spelling (“Alexandre Loukachenko”) and, later, the English surname “Lukashenko”.",
    },
  },
  {
    resource: 'source_note',
    id: 'troops-not-on-ground-vs-troop-claims',
    reason: "Only the Belarusian « entrées en action » claim conflicts with « ne soient pas apparues sur le terrain »; an offer of soldiers does not.",
    from: {
      note: "The introduction says the allies’ troops have not appeared on the ground, while later sections report an (unverified) claim that Belarusian troops entered combat and a report that North Korea offered 100,000 soldiers.",
    },
  },
  {
    resource: 'source_note',
    id: 'owji-18-months-vs-2021',
    reason: "The name lines are read as photo captions from the layout alone: said so.",
    from: {
      note: "An 18-month trade total (40 billion dollars) is compared with a single calendar year (4 billion dollars in 2021) and called ten times larger; the periods differ, so the ratio overstates growth on a like-for-like basis.",
    },
  },
];
