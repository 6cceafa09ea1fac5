/**
 * Evidence analysis of a draft social value answer: which of the things evaluators score are present in the text.
 *
 * What evaluators look for (see /work/shared/reference/social-value-model.md, sections 1.5, 2.3 and 2.4, which
 * summarise the PPN 06/20 and PPN 002 Social Value Model guidance): a specific, measurable and time-bound commitment;
 * a method statement with a timed project plan; delivery that is specific and additional to this contract rather than
 * company-wide CSR; the cohort or place that benefits; monitoring, measurement and reporting; a baseline where the
 * buyer asks for one (PPN 002: the number of people working on the contract); partners; and proof of past delivery.
 *
 * Evaluator-shaped (knowledge-audit.md section 5, issue 11): each award criterion answered by name; commitments with
 * numbers, dates, owners and resources; influence, transparency and flow-down to subcontractors; realism (on contracts
 * over £5m commitments become KPIs the buyer publishes and rates, Procurement Act 2023 ss.52, 71). Past delivery is
 * supporting evidence and counts for less than commitments. Hedges ("aim to", "up to", "subject to") are listed.
 * The tally is "checklist coverage": how many reminders the draft appears to meet, never a predicted mark.
 *
 * These are heuristics over plain text: a met check means "the draft appears to say this", not that the claim is
 * good. Runs after a typing pause; every check is one or two precompiled regex scans, stopped after 3 hits.
 */

export type EvidenceId =
  | 'numbers'
  | 'timescales'
  | 'owner'
  | 'monitoring'
  | 'cohort-place'
  | 'partners'
  | 'track-record'
  | 'contract-specific'
  | 'baseline'
  | 'method-plan'
  | 'criteria-named'
  | 'resources'
  | 'influence'
  | 'transparency'
  | 'flow-down'
  | 'kpis';

/**
 * How much a reminder counts in checklist coverage: commitments (what, how much, when, who, with what) count most,
 * the approach (influence, transparency, partners, flow-down) less, past delivery least (it only makes a commitment
 * credible; knowledge-audit.md section 5, point 1).
 */
export type EvidenceTier = 'commitment' | 'approach' | 'supporting';
export const TIER_WEIGHT: Readonly<Record<EvidenceTier, number>> = { commitment: 2, approach: 1, supporting: 0.5 };

export interface EvidenceCheck {
  id: EvidenceId;
  label: string;
  met: boolean;
  /** Up to 3 plain-text snippets from the draft, in text order. */
  found: string[];
  /** What would satisfy this check, in our words. */
  toSatisfy: string;
  applicable: boolean;
  tier: EvidenceTier;
  /** For 'criteria-named': the criteria the draft does not yet name. */
  missing?: string[];
}

export interface NotAdditional {
  /** The words in the draft. */
  phrase: string;
  /** Why it is not additional, with the statute or guidance. */
  why: string;
}

/** The tally of reminders met. Checklist coverage, never a score or a predicted mark. */
export interface ChecklistCoverage {
  label: 'Checklist coverage';
  met: number;
  of: number;
  /** Weighted by tier (past delivery counts least), 0..1. */
  share: number;
}

export interface EvidenceReport {
  checks: EvidenceCheck[];
  /** Generic CSR wording found in the draft, which evaluators do not score. */
  genericPhrases: string[];
  /** Hedges that make a commitment non-SMART ("aim to", "up to", "subject to"), each once, in text order. */
  hedges: string[];
  /**
   * Things the draft offers that the law, a separate requirement or the contract itself already demands: evaluators
   * score them as nothing additional (knowledge-audit.md M4, M5, section 5 point 5). Each with why, citing the source.
   */
  notAdditional: NotAdditional[];
  coverage: ChecklistCoverage;
  /** Same as coverage.share (kept for existing callers). Not a mark. */
  score: number;
}

export interface EvidenceOptions {
  /** The question asks for a baseline (PPN 002: people working on the contract). Off by default. */
  needsBaseline?: boolean;
  /** The buyer's area, e.g. "Wrexham" or "Greater Manchester"; counts toward cohort-place. */
  place?: string;
  /**
   * The award criteria the question asks about, e.g. [{ code: '1a', title: 'Create and retain high quality jobs' }].
   * When given, the 'criteria-named' reminder checks the draft names each one (by code or title).
   */
  criteria?: ReadonlyArray<{ code: string; title?: string }>;
  /** The contract is worth more than £5m: commitments become published, rated KPIs (PA 2023 s.52). */
  largeContract?: boolean;
}

const MAX_SNIPPETS = 3;
const MAX_SNIPPET_LENGTH = 80;

// ---------------------------------------------------------------------------------------------------------------
// Shared vocabulary (regex source fragments).

const NUM_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a thousand)';
const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|${NUM_WORD})`;
/** Number words for quantities ("one" is left out: "no one", "one of our staff" are not quantities). */
const QTY_WORD =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a thousand)';
/** A digit quantity that is not a bare year such as 2026 (years are timescales, not quantities). */
const QTY_DIGITS = '(?!(?:19|20)\\d\\d\\b)\\d[\\d,]*(?:\\.\\d+)?';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:20\\d\\d(?:[/-]\\d\\d)?)';
const PERIOD = '(?:days?|weeks?|months?|years?|quarters?)';
/** Things a social value commitment counts (not time units, which belong to timescales). */
const UNIT_NOUN =
  '(?:fte|tco2e?|co2e?|tonnes?|kg|kwh|mwh|hours?|hrs|people|persons?|apprentices?(?:hips)?|trainees?(?:hips)?|' +
  'placements?|internships?|interns?|jobs?|roles?|posts?|vacancies|staff|employees|workers|volunteers?|' +
  'students?|pupils?|schools?|colleges?|sessions?|workshops?|events?|courses?|qualifications?|' +
  'residents?|participants?|learners?|young people|veterans?|care leavers?|ex-offenders?|graduates?|' +
  'smes?|vcses?|suppliers?|organisations?|businesses|charities|social enterprises|contracts?|' +
  'trees?|hectares?|acres?|miles?|km|litres?|visits?|mentors?|mentees?|hampers|meals|devices|laptops|' +
  'families|households|homes|beneficiaries|opportunities|weeks? of work experience)';

function re(source: string, flags = 'gi'): RegExp {
  return new RegExp(source, flags);
}

// ---------------------------------------------------------------------------------------------------------------
// The checks, as data.

interface CheckSpec {
  id: EvidenceId;
  label: string;
  toSatisfy: string;
  patterns: RegExp[];
  tier: EvidenceTier;
  /**
   * Patterns that count only when they occur at least twice (a single loose phrase such as one "this contract" is
   * not enough; knowledge-audit.md section 5, point 3).
   */
  weak?: RegExp[];
}

const CHECKS: CheckSpec[] = [
  {
    id: 'numbers',
    tier: 'commitment',
    label: 'Measurable quantities',
    toSatisfy:
      'State how much you will deliver as a number with a unit, such as "8 apprentices", "£25,000", "30%" or "150 volunteering hours".',
    patterns: [
      // currency amounts
      re(`[£€$]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|bn|million|billion|thousand))?\\b`),
      // percentages
      re(`\\b\\d+(?:\\.\\d+)?\\s?(?:%|per\\s?cent\\b|percent\\b)`),
      // a number, up to two describing words, then a countable unit
      re(`\\b${QTY_DIGITS}\\s+(?:[a-z0-9][a-z0-9'-]*\\s+){0,2}?${UNIT_NOUN}\\b`),
      re(`\\b${QTY_WORD}\\s+(?:[a-z][a-z'-]*\\s+)?${UNIT_NOUN}\\b`),
      // "3 FTE" / "15 tCO2e" without a space variant: "3FTE", "15tCO2e"
      re(`\\b\\d+(?:\\.\\d+)?(?:fte|tco2e?|kwh|mwh|kg|km)\\b`),
    ],
  },
  {
    id: 'timescales',
    tier: 'commitment',
    label: 'Dates and timescales',
    toSatisfy:
      'Say when each commitment will be delivered: a date ("by June 2027"), a period ("within 3 months of the start"), a contract year ("in year two") or a reporting rhythm ("quarterly").',
    patterns: [
      re(
        `\\b(?:by|before|from|until|in|during|starting|end of|ending)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}\\s+${YEAR}\\b`,
      ),
      re(`\\b${MONTH}\\s+${YEAR}\\b`),
      re(`\\b(?:by|before|until|in|during|from)\\s+(?:the\\s+(?:end|start)\\s+of\\s+)?(?:fy\\s?)?${YEAR}\\b`),
      re(`\\bQ[1-4](?:\\s+(?:of\\s+)?(?:${YEAR}|year\\s+\\w+))?\\b`),
      re(
        `\\b(?:within|over|after|for|every|in|during|throughout)\\s+(?:the\\s+)?(?:first\\s+|next\\s+|following\\s+)?${NUMBER}\\s+${PERIOD}\\b`,
      ),
      re(
        `\\b(?:in|by|during|from|throughout|before the end of)\\s+(?:contract\\s+)?year\\s+(?:one|two|three|four|five|\\d)\\b`,
      ),
      re(`\\b(?:first|second|third|fourth|final)\\s+(?:year|quarter|month|six months|twelve months)\\b`),
      re(
        `\\b(?:quarterly|monthly|annually|bi-?annually|weekly|fortnightly|each (?:year|quarter|month)|every (?:year|quarter|month)|per (?:year|annum)|a year|twice a year)\\b`,
      ),
      re(`\\b\\d{1,2}/\\d{1,2}/(?:20)?\\d\\d\\b`),
      re(`\\b(?:months?|weeks?)\\s+\\d+(?:\\s*(?:-|–|to)\\s*\\d+)?\\b`),
    ],
  },
  {
    id: 'owner',
    tier: 'commitment',
    label: 'Named owner',
    toSatisfy:
      'Name who is accountable: a role ("our Social Value Manager", "the Contract Director") or a named person who will lead and report on delivery.',
    patterns: [
      re(
        `\\b(?:our|the|a|an|dedicated|named|their)\\s+(?:[A-Za-z-]+\\s+){0,3}?(?:manager|director|officer|co-?ordinator|champion|advis[eo]r|sponsor|supervisor|administrator|head of [a-z]+)\\b`,
      ),
      re(`\\b(?:[Oo]ur|[Tt]he|[Aa]|[Dd]edicated|[Nn]amed)\\s+(?:[A-Z][A-Za-z-]*\\s+){0,3}Lead\\b`, 'g'),
      re(
        `\\b(?:will be|is|are|remains?)\\s+(?:directly\\s+|personally\\s+|fully\\s+)?(?:responsible|accountable)\\s+for\\b`,
      ),
      // a named person: two capitalised words then an action verb
      re(
        `\\b[A-Z][a-z]+\\s+[A-Z][a-z'-]+(?:,\\s+(?:our|the)\\s+[^,.]{3,40},)?\\s+(?:will lead|will own|will oversee|will manage|leads|oversees|owns|manages)\\b`,
        'g',
      ),
    ],
  },
  {
    id: 'monitoring',
    tier: 'commitment',
    label: 'Monitoring and reporting',
    toSatisfy:
      'Explain how progress will be measured and reported: KPIs, who receives reports and how often, the data collected, and any audit or review.',
    patterns: [
      re(
        `\\b(?:kpis?|key performance indicators?|monitor(?:ed|ing|s)?|reporting|report(?:ed|s)?\\s+(?:quarterly|monthly|annually|progress|to|on|against)|dashboards?|audit(?:ed|s|ing)?|evidenced?|measur(?:ed|ing|ement)|(?:we|will|to|and)\\s+measure|track(?:ed|ing)?(?!\\w|\\s+record)|metrics?|srms?|reporting metrics?|data (?:collection|capture)|collect data|social value portal|review(?:ed)? (?:quarterly|monthly|annually|at))\\b`,
      ),
    ],
  },
  {
    id: 'cohort-place',
    tier: 'commitment',
    label: 'Who or where benefits',
    toSatisfy:
      "Name the people or place that benefit and how you will reach them, such as care leavers, veterans, disabled people, young people not in work or education, or residents of the buyer's area.",
    patterns: [
      re(
        `\\b(?:local\\s+(?:residents?|people|communit(?:y|ies)|young people|schools?|businesses|suppliers|smes|charities|labour|workforce|area|economy)|care[- ]leavers?|care[- ]experienced|veterans?|service leavers?|ex-offenders?|prison leavers?|disabled (?:people|staff|candidates|adults|young people)|people with (?:a )?disabilit(?:y|ies)|learning disabilit(?:y|ies)|neets?|not in (?:education, )?employment,? (?:or|education or) training|young people|long-term unemployed|unemployed|homeless(?:ness)?|rough sleepers|refugees|asylum seekers|(?:deprived|disadvantaged|underserved)\\s+(?:areas?|communit(?:y|ies)|groups|wards|neighbourhoods)|under-?represented|school leavers|carers|older people|ethnic minorit(?:y|ies)|women returners?|military spouses|economically inactive)\\b`,
      ),
      re(
        `\\b(?:borough|ward|county|city region|combined authority|local authority area|within \\d+ miles|postcodes?|travel-to-work area)\\b`,
      ),
      // a region only with who is in it ("learners across Wales"), not a bare "our London office"
      re(
        `\\b(?:[Rr]esidents?|[Pp]eople|[Cc]ommunit(?:y|ies)|[Ll]earners|[Ss]chools|[Bb]usinesses|SMEs|[Ss]uppliers|[Jj]obseekers|[Ff]amilies|[Cc]harities|[Ss]tudents|[Ww]orkers|[Ee]mployers|[Oo]rganisations)\\s+(?:(?:based|living|working)\\s+)?(?:in|across|within|throughout|from|of)\\s+(?:the\\s+)?(?:North East|North West|North-East|North-West|Yorkshire and (?:the )?Humber|East Midlands|West Midlands|East of England|South East|South West|South-East|South-West|Greater London|London|Wales|Cymru|Scotland|Northern Ireland)\\b`,
        'g',
      ),
    ],
  },
  {
    id: 'partners',
    tier: 'approach',
    label: 'Named partners',
    toSatisfy:
      'Say who you will deliver with: a named charity, college, university, school, social enterprise or other VCSE organisation, and what each partner does.',
    patterns: [
      re(
        `\\b(?:charit(?:y|ies)|colleges?|universit(?:y|ies)|social enterprises?|vcses?|vcs organisations?|voluntary (?:sector|organisations?|groups?)|community (?:groups?|organisations?|interest compan(?:y|ies))|cics?|housing associations?|jobcentre(?: plus)?|dwp|job ?centres?|schools?|academ(?:y|ies)|training providers?|supported employment)\\b`,
      ),
      re(
        `\\b(?:[Ii]n partnership with|[Pp]artnering with|[Pp]artnered with|[Pp]artners? with|[Ww]orking with|[Ww]ork with|[Aa]longside|[Tt]ogether with|[Ss]upported by)\\s+(?:the\\s+)?[A-Z][\\w&'’-]*(?:\\s+(?:[A-Z][\\w&'’-]*|of|and|for|the)){0,5}`,
        'g',
      ),
      re(`\\b[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,4}\\s+(?:Trust|Foundation|Charity|College|University)\\b`, 'g'),
      // named institutions written name-second, including Welsh ("Coleg", "Prifysgol")
      re(`\\b(?:Coleg|Prifysgol|University of|Ysgol)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,4}`, 'g'),
    ],
  },
  {
    id: 'track-record',
    tier: 'supporting',
    label: 'Proof of past delivery',
    toSatisfy:
      'Show you have done this before with results: which contract or client, what was delivered, and the figures achieved.',
    patterns: [
      re(`\\b(?:on|under|through) our (?:contract|work|framework|project|partnership) (?:with|for)\\b`),
      re(
        `\\b(?:last|previous|past)\\s+(?:year|financial year|contract|\\d+ years|two years|three years|five years)\\b`,
      ),
      re(`\\bto date,?\\s+(?:we|our)\\b`),
      re(
        `\\bwe (?:have (?:already |successfully )?)?(?:delivered|created|achieved|supported|recruited|employed|generated|trained|placed|completed|donated|hosted|exceeded|planted|diverted|mentored)\\b`,
      ),
      re(`\\b(?:since|in|during) (?:20\\d\\d(?:/\\d\\d)?)(?:,)? (?:we|our)\\b`),
      re(`\\b(?:for example|case study)[:,]?\\s+(?:on|at|with|our)\\b`),
    ],
  },
  {
    id: 'contract-specific',
    tier: 'commitment',
    label: 'Specific to this contract',
    toSatisfy:
      'Tie each commitment to this contract: what happens on this contract, for its duration, by its workforce or supply chain, beyond what you deliver anyway.',
    patterns: [
      re(`\\b(?:duration|life|lifetime|term|length) of (?:this|the) contract\\b`),
      re(`\\bdedicated to (?:this|the) contract\\b`),
      re(
        `\\b(?:contract-specific|specific to (?:this|the) contract|contract workforce|contract team|this contract(?:'s|’s) (?:workforce|team|staff|supply chain|users))\\b`,
      ),
      re(`\\badditional to (?:the|our) (?:core|contract)\\b`),
    ],
    weak: [
      re(
        `\\b(?:(?:on|for|under|through|across|within|during|throughout)\\s+(?:this|the)\\s+contract|this contract(?:'s|’s)?)\\b`,
      ),
    ],
  },
  {
    id: 'baseline',
    tier: 'commitment',
    label: 'Baseline figure',
    toSatisfy:
      'Give the starting point your commitment is measured from, such as the total number of people (roles, not FTE) who will work on the contract, or the current figure you will improve on.',
    patterns: [
      re(`\\bbaseline\\b[^.\\n]{0,60}?\\d[\\d,]*(?:\\.\\d+)?%?`),
      re(
        `\\b(?:currently|at present|today|at contract start|at the start of the contract)\\b[^.\\n]{0,50}?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|people|staff|roles|employees|operatives|workers|fte|apprentices)`,
      ),
      re(
        `\\b\\d[\\d,]*\\s+(?:people|staff|roles|employees|operatives|workers)\\b[^.\\n]{0,40}?\\b(?:work|working|employed|deployed)\\s+on\\s+(?:this|the)\\s+contract\\b`,
      ),
      re(
        `\\b(?:total (?:number of )?(?:people|staff|roles|workforce|employees)[a-z ]{0,40}?(?:is|will be|of|:)|workforce of)\\s+\\d[\\d,]*`,
      ),
      re(
        `\\b(?:up|rising|increasing|increase|growing|grow|improving|improve|reducing|reduce|down|falling)\\s+from\\s+\\d[\\d,]*(?:\\.\\d+)?%?`,
      ),
      re(`\\bstarting (?:point|figure|position) of\\s+\\d`),
    ],
  },
  {
    id: 'method-plan',
    tier: 'commitment',
    label: 'Method and timed plan',
    toSatisfy:
      'Set out how you will deliver: the steps or phases in order, milestones with dates, and a simple timeline or project plan.',
    patterns: [
      re(
        `\\b(?:(?:project|action|delivery|implementation|mobilisation|mobilization|work)\\s+plan|timeline|gantt|milestones?|(?:phase|stage|step)\\s+(?:\\d|one|two|three|four|five)|(?:first|second|third|next|final)\\s+(?:phase|stage|step)|(?:phases|stages)\\b|mobilisation|mobilization|firstly|secondly|following this|we will then|we will first)\\b`,
      ),
      // a timed plan line: "Month 1:", "Months 2-4", "Week 6"
      re(`\\b(?:months?|weeks?)\\s+\\d+(?:\\s*(?:-|–|to)\\s*\\d+)?(?=\\s*[:)\\-–])`),
    ],
  },
  {
    id: 'criteria-named',
    tier: 'commitment',
    label: 'Each award criterion answered by name',
    toSatisfy:
      'Evaluators mark each award criterion in turn: name every criterion the question lists (by its code or title) and put your commitment under it.',
    patterns: [],
  },
  {
    id: 'resources',
    tier: 'commitment',
    label: 'Resources behind each commitment',
    toSatisfy:
      'Say what you will put behind each commitment: a budget in pounds, staff hours or days, or named posts, so the evaluator can see it is deliverable.',
    patterns: [
      re(
        `\\b(?:budget|ring-?fenced|funding|funded|fund|invest(?:ing|ment)?|allocat(?:e|ed|ing))\\b[^.\\n]{0,50}?(?:£\\s?\\d|\\d[\\d,]*\\s*(?:hours|days|fte|staff|posts))`,
      ),
      re(`(?:£\\s?\\d[\\d,.]*\\s?(?:k|m)?)\\s+(?:budget|ring-?fenced|fund|per (?:year|annum))\\b`),
      re(
        `\\b\\d+(?:\\.\\d+)?\\s*(?:fte|full[- ]time (?:equivalent|post|role)s?|days? (?:a|per) (?:week|month)|hours? (?:a|per) (?:week|month))\\b`,
      ),
      re(
        `\\b(?:dedicated|full[- ]time|part[- ]time)\\s+(?:[a-z-]+\\s+){0,2}(?:post|role|coordinator|co-ordinator|manager|officer)\\b`,
      ),
    ],
  },
  {
    id: 'influence',
    tier: 'approach',
    label: 'Influence on staff, suppliers and communities',
    toSatisfy:
      "Show how you will bring others with you: staff volunteering or training, suppliers and partners, the buyer's users or the community, for example through co-design or shared events.",
    patterns: [
      re(
        `\\b(?:encourage|engage|involve|influence|work with|support|train|upskill|mentor)\\s+(?:our\\s+|their\\s+|the\\s+)?(?:staff|employees|suppliers|supply chain|subcontractors|partners|customers|users|communit(?:y|ies)|stakeholders)\\b`,
      ),
      re(
        `\\b(?:staff|employee) volunteering\\b|\\bvolunteering (?:days?|hours?|time)\\b|\\bsupplier (?:engagement|days?|events?|forums?|workshops?)\\b|\\bco-?design(?:ed|ing)? with\\b|\\bcommunity (?:events?|forums?|panels?|engagement)\\b`,
      ),
    ],
  },
  {
    id: 'transparency',
    tier: 'approach',
    label: 'Commitments and results made public',
    toSatisfy:
      "Say how you will publish your commitments and your results against them: on your website, in an annual report, or in the buyer's contract reporting.",
    patterns: [
      re(
        `\\b(?:publish(?:ed|es|ing)?|publicly (?:report|available|share)|make (?:them |it |our results |progress )?(?:public|publicly available)|open data|on our website|in our (?:annual|impact) report|share (?:our )?(?:results|progress) (?:publicly|openly))\\b`,
      ),
    ],
  },
  {
    id: 'flow-down',
    tier: 'approach',
    label: 'Flow-down to subcontractors',
    toSatisfy:
      'Say how your subcontractors and suppliers on this contract are bound to the same commitments: contract clauses, their own targets, and how you check.',
    patterns: [
      re(
        `\\b(?:flow(?:ed|s|ing)?[- ]down|pass(?:ed)? (?:these|the same|our) (?:commitments|requirements|obligations|terms) (?:down|on)|(?:subcontractors?|suppliers?|supply chain(?: partners)?) (?:will be |are |must be )?(?:bound|required|contractually (?:obliged|required))|(?:same|equivalent|back-to-back) (?:commitments|clauses|terms|requirements) (?:in|for|with) (?:our )?(?:subcontract(?:s|ors)?|suppliers?|supply chain)|in (?:all |each |every )?(?:our )?subcontracts)\\b`,
      ),
    ],
  },
  {
    id: 'kpis',
    tier: 'commitment',
    label: 'Commitments as contract KPIs',
    toSatisfy:
      'On contracts over £5m the buyer publishes at least three KPIs and rates them at least yearly (Procurement Act 2023 ss.52, 71): offer your commitments as KPIs with targets you are sure you can meet.',
    patterns: [
      re(
        `\\b(?:kpis?|key performance indicators?|performance indicators?|service (?:level|credits?)|contract (?:schedule|clause|condition)s?|targets?\\s+(?:of|for)\\s+\\d)\\b`,
      ),
    ],
  },
];

/** Commitment-shaped checks first in the panel: the order here is report order. */

// ---------------------------------------------------------------------------------------------------------------
// Generic CSR wording: sounds good, scores nothing (our own list, informed by the guidance that evaluators must not
// score general corporate policies; see social-value-model.md 1.5 and 2.4).

const GENERIC_PATTERN = re(
  `\\b(?:we are (?:fully |deeply |firmly )?committed to|we take (?:our|these|this) (?:\\w+\\s+)?responsibilit(?:y|ies) (?:very )?seriously|company[- ]wide|group[- ]wide|across the (?:group|business|company)|our (?:csr|corporate social responsibility|esg|sustainability|social value) (?:policy|policies|strategy|statement|report)|corporate social responsibility|we value diversity|we are passionate about|giving back to (?:the|our) communit(?:y|ies)|we pride ourselves|proven track record|at the heart of (?:everything|all) (?:we do|that we do)|as a responsible (?:business|employer|company)|we strive to|we believe in|make a (?:real |positive )?difference|where (?:possible|practicable|appropriate)|equal opportunities employer|our values)\\b`,
);

/** Hedges that make a commitment non-SMART (knowledge-audit.md section 5, point 4). "May" only before a verb. */
const HEDGE_PATTERN = re(
  `\\b(?:aims? to|aiming to|seeks? to|seeking to|endeavou?rs? to|will endeavou?r|explore|exploring|up to|subject to|could|where feasible|wherever feasible|if feasible|our ambition|an ambition|ambitions? to|we hope to|hope to|intend to|(?:we|it|this|they) may(?= (?:be|also|offer|provide|deliver|consider|seek|look|choose|support|help|work|include|create|recruit|employ))|would (?:look|seek|aim) to)\\b`,
);

/** Legal minimums and core deliverables offered as social value (our words; sources as cited in each `why`). */
const NOT_ADDITIONAL: readonly { pattern: RegExp; unless?: RegExp; why: string }[] = [
  {
    pattern: re(
      `\\b(?:pay(?:ing)?|paid)\\s+(?:all\\s+|our\\s+|the\\s+)?(?:\\w+\\s+){0,2}(?:suppliers|subcontractors|invoices|sub-contractors)\\s+(?:with)?in\\s+30\\s+days\\b|\\b30[- ]day payment(?: terms)?\\b`,
    ),
    why: 'Payment within 30 days is an implied term of every public contract and its sub-contracts (Procurement Act 2023 s.68); only faster payment, such as 10-15 days to SMEs, is additional.',
  },
  {
    pattern: re(`\\bnational (?:living|minimum) wage\\b`),
    unless: re(
      `\\b(?:real living wage|living wage foundation|above the national (?:living|minimum) wage|more than the national (?:living|minimum) wage)\\b`,
    ),
    why: 'The National Living and Minimum Wage are legal minimums; the real Living Wage (Living Wage Foundation rates) or pay above the legal minimum is additional.',
  },
  {
    pattern: re(`\\bcyber essentials(?: plus)?\\b`),
    why: 'Cyber Essentials is often a mandated requirement of the contract, not an additional benefit; helping SMEs reach it can be.',
  },
  {
    pattern: re(`\\bcarbon reduction plan\\b`),
    why: 'A Carbon Reduction Plan is a separate PPN 006 requirement for larger contracts; cuts beyond it on this contract are additional.',
  },
  {
    pattern: re(`\\bmodern slavery statement\\b`),
    why: 'A modern slavery statement is a legal duty for larger organisations (Modern Slavery Act 2015 s.54); supply-chain audits and remediation on this contract go further.',
  },
  {
    pattern: re(`\\b(?:wcag(?:\\s*2\\.\\d)?(?:\\s+aa)?|accessibility regulations)\\b`),
    why: 'Meeting the public sector accessibility regulations (WCAG) is a legal requirement and core delivery, not social value.',
  },
];

// ---------------------------------------------------------------------------------------------------------------

function cleanSnippet(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_SNIPPET_LENGTH ? t.slice(0, MAX_SNIPPET_LENGTH - 1).trimEnd() + '…' : t;
}

/** Up to `max` matches of all patterns, in text order, deduplicated by position overlap. */
function findMatches(text: string, patterns: readonly RegExp[], max: number): string[] {
  const hits: Array<{ index: number; end: number; text: string }> = [];
  for (const p of patterns) {
    p.lastIndex = 0;
    let found = 0;
    let m: RegExpExecArray | null;
    while (found < max && (m = p.exec(text)) !== null) {
      if (m[0].length === 0) {
        p.lastIndex++;
        continue;
      }
      hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
      found++;
    }
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: string[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (h.index < lastEnd) continue; // overlaps a longer or earlier hit
    const s = cleanSnippet(h.text);
    if (s.length > 0 && !out.some((o) => o.toLowerCase() === s.toLowerCase())) out.push(s);
    lastEnd = h.end;
    if (out.length >= max) break;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Merge a check's patterns into one regex per flag set, so a check costs one or two scans of the text rather than
 * one per pattern (each scan of a 2,000-word draft costs about the same whatever the pattern).
 */
function combine(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) {
    const list = byFlags.get(p.flags) ?? [];
    list.push(`(?:${p.source})`);
    byFlags.set(p.flags, list);
  }
  return [...byFlags].map(([flags, sources]) => {
    // Factor a shared leading \b out of the alternatives: the engine then tests the alternation only at word
    // boundaries, which roughly halves the cost of a scan.
    const allBounded = sources.every((src) => src.startsWith('(?:\\b'));
    const body = allBounded ? '\\b(?:' + sources.map((src) => '(?:' + src.slice(5)).join('|') + ')' : sources.join('|');
    return new RegExp(body, flags);
  });
}

const COMBINED: ReadonlyMap<EvidenceId, RegExp[]> = new Map(CHECKS.map((c) => [c.id, combine(c.patterns)]));

let placeCache: { place: string; pattern: RegExp } | null = null;
function placePattern(place: string): RegExp | null {
  const p = place.trim();
  if (p.length < 2) return null;
  if (placeCache?.place !== p)
    placeCache = { place: p, pattern: re(`(?<![\\p{L}\\p{N}])${escapeRegExp(p)}(?![\\p{L}\\p{N}])`, 'giu') };
  return placeCache.pattern;
}

/** Each phrase a global pattern matches, once (case-insensitively), in text order. */
function phrasesOf(text: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const phrase = cleanSnippet(m[0]);
    const key = phrase.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(phrase);
    }
  }
  return out;
}

/** How many times a pattern matches, up to `max`. */
function countHits(text: string, patterns: readonly RegExp[], max: number): number {
  let n = 0;
  for (const p of patterns) {
    p.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (n < max && (m = p.exec(text)) !== null) {
      if (m[0].length === 0) p.lastIndex++;
      else n++;
    }
  }
  return n;
}

/** A pattern for one criterion: its code as a token ("1a", "MAC 2.1") or its title, case-insensitively. */
function criterionPattern(c: { code: string; title?: string }): RegExp | null {
  const alts: string[] = [];
  const code = c.code.trim();
  if (code.length > 0) alts.push(`(?<![\\p{L}\\p{N}.])(?:mac\\s*)?${escapeRegExp(code)}(?![\\p{L}\\p{N}]|\\.\\d)`);
  const title = c.title?.trim().replace(/\s+/g, ' ');
  if (title && title.length >= 6) alts.push(escapeRegExp(title).replace(/ /g, '\\s+'));
  return alts.length === 0 ? null : new RegExp(alts.join('|'), 'iu');
}

/** Which of the question's award criteria the draft names. */
function criteriaNamed(
  text: string,
  criteria: ReadonlyArray<{ code: string; title?: string }>,
): { found: string[]; missing: string[] } {
  const found: string[] = [];
  const missing: string[] = [];
  for (const c of criteria) {
    const label = c.title ? `${c.code} ${c.title}` : c.code;
    const p = criterionPattern(c);
    if (p?.test(text)) found.push(cleanSnippet(label));
    else missing.push(cleanSnippet(label));
  }
  return { found, missing };
}

function isApplicable(id: EvidenceId, options: EvidenceOptions): boolean {
  if (id === 'baseline') return options.needsBaseline === true;
  if (id === 'criteria-named') return (options.criteria?.length ?? 0) > 0;
  if (id === 'kpis') return options.largeContract === true;
  return true;
}

function notAdditionalIn(text: string): NotAdditional[] {
  const out: NotAdditional[] = [];
  for (const rule of NOT_ADDITIONAL) {
    if (rule.unless) {
      rule.unless.lastIndex = 0;
      if (rule.unless.test(text)) continue;
    }
    const phrase = phrasesOf(text, rule.pattern)[0];
    if (phrase !== undefined) out.push({ phrase, why: rule.why });
  }
  return out;
}

export function analyseEvidence(text: string, options: EvidenceOptions = {}): EvidenceReport {
  const checks: EvidenceCheck[] = [];
  let met = 0;
  let applicable = 0;
  let weightMet = 0;
  let weightAll = 0;
  for (const spec of CHECKS) {
    const applies = isApplicable(spec.id, options);
    let found: string[] = [];
    let isMet = false;
    let missing: string[] | undefined;
    if (applies && spec.id === 'criteria-named') {
      const r = criteriaNamed(text, options.criteria ?? []);
      found = r.found.slice(0, MAX_SNIPPETS);
      missing = r.missing;
      isMet = r.missing.length === 0;
    } else if (applies) {
      let patterns = COMBINED.get(spec.id) ?? spec.patterns;
      if (spec.id === 'cohort-place' && options.place) {
        const pp = placePattern(options.place);
        if (pp) patterns = [pp, ...patterns];
      }
      found = findMatches(text, patterns, MAX_SNIPPETS);
      isMet = found.length > 0;
      if (!isMet && spec.weak && countHits(text, spec.weak, 2) >= 2) {
        found = findMatches(text, spec.weak, MAX_SNIPPETS);
        isMet = true;
      }
    }
    if (applies) {
      applicable++;
      weightAll += TIER_WEIGHT[spec.tier];
      if (isMet) {
        met++;
        weightMet += TIER_WEIGHT[spec.tier];
      }
    }
    const check: EvidenceCheck = {
      id: spec.id,
      label: spec.label,
      met: isMet,
      found,
      toSatisfy: spec.toSatisfy,
      applicable: applies,
      tier: spec.tier,
    };
    if (missing !== undefined) check.missing = missing;
    checks.push(check);
  }
  const share = weightAll === 0 ? 0 : weightMet / weightAll;
  return {
    checks,
    genericPhrases: phrasesOf(text, GENERIC_PATTERN),
    hedges: phrasesOf(text, HEDGE_PATTERN),
    notAdditional: notAdditionalIn(text),
    coverage: { label: 'Checklist coverage', met, of: applicable, share },
    score: share,
  };
}

/** "Checklist coverage: 7 of 11" (never a score). */
export function coverageText(c: ChecklistCoverage): string {
  return `${c.label}: ${c.met} of ${c.of}`;
}

/** The check ids in report order (stable; the overlay may key UI on them). */
export const EVIDENCE_IDS: readonly EvidenceId[] = CHECKS.map((c) => c.id);
