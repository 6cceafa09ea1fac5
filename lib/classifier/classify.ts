/**
 * The question classifier: weighted cues over normalised text (see ./cues.ts), no DOM, no network, deterministic.
 *
 * score = strong cues + topic cues + (frames around a topic) + section heading - negatives; social value when
 * score >= THRESHOLD. A cue found inside a longer, at-least-as-heavy cue is not counted again ("economic inequality"
 * hides "inequality"). The theme comes from the topic cues; cues that name the target group itself ("lead" cues:
 * disabled people, COVID-19, net zero ...) decide it over activity words shared by several themes.
 */
import { CRITERION_IDS, THEME_IDS, type ModelId, type ThemeId } from '../knowledge/ids';
import { parseLimits } from '../limits';
import {
  BEYOND_THE_SERVICE_WORDS,
  FRAME_CUES,
  NEGATIVE_CUES,
  SECTION_CUES,
  SV_HEADING_PHRASE,
  SV_SERIES_HEADING,
  STRONG_CUES,
  TOPIC_CUES,
  type NativeId,
  type StrongCue,
  type TopicCue,
} from './cues';
import { learnedScore, tokens, type LearnedWeights } from './learned';
import { chooseModel } from './model';
import WEIGHTS_JSON from './weights.json';
import { compilePhrase, findPhrase, indexText, normalise, type CompiledPhrase, type IndexedText } from './phrase';
import type { Classification, QuestionContext } from './types';

export const THRESHOLD = 2;
const FRAME_CAP = 2.5;
const FRAME_FACTOR = 0.6;
const STRONG_CAP = 7;
const TOPIC_CAP = 7;
const SECTION_BONUS = 1.5;
const HEADING_WORDS = 5;
const HEADING_BONUS = 0.5;
/**
 * A generic ask under a social value heading is social value unless what it asks for, once the generic words are taken
 * off, is clearly something else to the learned part (log-odds below -2: "your VAT number" scores -4). The generic words
 * themselves ("Please provide details", "describe your approach") are common in hard negatives too and move with each
 * retraining, so they are not scored.
 */
const GENERIC_ASK_VETO = 2;

function countWords(s: string): number {
  const m = s.match(/\S+/g);
  return m === null ? 0 : m.length;
}

interface Compiled<C> {
  cue: C;
  compiled: CompiledPhrase;
}
function compileAll<C extends { phrase: string }>(cues: readonly C[]): Compiled<C>[] {
  return cues.map((cue) => ({ cue, compiled: compilePhrase(cue.phrase) }));
}

const STRONG = compileAll(STRONG_CUES);
const TOPIC = compileAll(TOPIC_CUES);
const FRAME = compileAll(FRAME_CUES);
const NEGATIVE = compileAll(NEGATIVE_CUES);
const SECTION = compileAll(SECTION_CUES);

const MAC_0620 = /(?<![a-z0-9])mac\s?([1-8])\.([1-5])(?![0-9])/g;
const MAC_002 = /(?<![a-z0-9])mac\s?([1-8])([a-e])(?![a-z0-9])/g;
const MAC_0620_FIRST = /(?<![a-z0-9])mac\s?([1-8])\.([1-5])(?![0-9])/;
/** PPN 06/20: the MAC's first digit is its policy outcome; outcomes 1-8 sit under these themes (reference 1.3). */
const MAC_OUTCOME_THEME: Record<number, ThemeId> = {
  1: 'covid-recovery',
  2: 'economic-inequality',
  3: 'economic-inequality',
  4: 'climate',
  5: 'equal-opportunity',
  6: 'equal-opportunity',
  7: 'wellbeing',
  8: 'wellbeing',
};
const MEASURE_FORM =
  /(?<![a-z0-9])(?:no\.? of|number of|percentage of|% of|amount of|total (?:spend|value|amount)|£ ?(?:spent|invested|value))(?![a-z])/;
const MEASURE_UNIT = /(?<![a-z0-9])(?:fte|full[\s-]time equivalent|hours|weeks|headcount|tonnes|£)(?![a-z])/;
/**
 * An answer box under a social value heading: the heading names social value (or community benefits, fair work, a
 * Social Value Model theme) and the field only asks for an answer ("Please describe your approach", "Set out your
 * proposal"). Portals put the subject in the heading and a generic ask in the field.
 */
const SV_HEADING = compilePhrase(SV_HEADING_PHRASE);
const SV_NUMBERED_HEADING = new RegExp(SV_SERIES_HEADING);
const GENERIC_ASK =
  /^(?:\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|q\d+[.:]?)\s*)?(?:please\s+)?(?:describe|explain|outline|set out|detail|demonstrate|summarise|summarize|tell us|provide (?:your|a|an|details|evidence|examples?)|give (?:details|examples?)|select|choose)(?![a-z])/;

/**
 * A weighting or share of the score stated under a social value heading ("Weighting must be 0, or between 10 and 20",
 * "10-15%", "worth 10 per cent of the marks"): it says how social value is weighted, as an answer box's generic ask says
 * what to write.
 */
const WEIGHTING = /(?<![a-z])weight(?:ing|ed)?(?![a-z])|\d\s*(?:%|per ?cent(?![a-z]))/;
/**
 * What becomes of the answers under a social value heading ("Any commitments made in response to Section 6 will become
 * Key Performance Indicators"): they are written into the contract, as a weighting says how they are scored.
 */
const COMMITMENTS_KEPT =
  /^(?:any |all |the )?(?:commitments?|responses?|answers?|proposals?|offers?)(?![a-z])[^.?]{0,60}?(?<![a-z])(?:will|shall) (?:become|be (?:included|incorporated|written|monitored|reported|tracked)|form part)(?![a-z])/;
/**
 * How the answers under a social value heading are scored or bounded ("Part D will be assessed against four
 * sub-criteria", "Answers to SV-A to SV-G must not exceed six sides of A4", "commitments that are core deliverables will
 * score 0"): the evaluation of social value, as a weighting is.
 */
const EVALUATION_NOTE =
  /(?<![a-z])(?:answers?|responses?|submissions?|commitments?|proposals?|offers?|section|part)(?![a-z])[^?]{0,160}?(?<![a-z])(?:(?:will|shall|must|are|is) (?:not )?(?:be )?(?:scored|assessed|evaluated|marked)|must not (?:exceed|repeat|duplicate)|(?:will|shall) (?:not )?score|sub-criteria)(?![a-z])/;
/** A menu item is this short (words), and the learned log-odds on its own words are above this. */
const MENU_ITEM_WORDS = 6;
const MENU_ITEM_LOG_ODDS = 0;
/**
 * An answer box labelled only as such ("Response", "Your answer", "Supplier response (max 500 words)"), or naming the
 * question it answers and its limit, in English or both languages ("Your answer to SV1 (250 words maximum)", "Ymateb /
 * Response (uchafswm 400 gair / max 400 words)", "Response to Q9 - 750 words maximum;
 * diagrams count towards the limit", "SV Q2: Your answer (up to 750 words)").
 */
const BARE_ANSWER =
  /^\s*(?:ymateb\s*\/\s*)?(?:(?:sv|q|question|criterion|section|part) ?[a-z]? ?\d+(?:\.\d+)*[a-z]?\s*[:.)\u2013\u2014-]?\s*)?(?:your |supplier(?:['’]s)? |bidder(?:['’]s)? |tenderer(?:['’]s)? |applicant(?:['’]s)? )?(?:response|answer)(?: to (?:(?:sv|q|question|criterion|section|part) ?[a-z]?\d+(?:\.\d+)*[a-z]?|[a-z]{1,3}-?\d+(?:\.\d+)*[a-z]?))?(?:[\s()[\]:;,./\u2013\u2014-]|max(?:imum)?|limit|no more than|up to|\d+(?!\d)|words?|characters?|pages?|sides?|of|a4|one|two|three|diagrams?|tables?|images?|charts?|count|towards|the|per|question|uchafswm|gair|geiriau)*$/;
/**
 * A notice's or evaluation guide's award criterion named only by its subject ("Sustainability", "Environmental
 * characteristics", "Ethical sustainability" under "Award criteria (quality criterion)"): scored sustainability. Not the
 * sustainability of the thing bought ("Technical sustainability", "Financial sustainability").
 */
const AWARD_HEADING =
  /(?<![a-z])(?:award criteri(?:a|on)|quality criteri(?:a|on)|evaluation (?:criteri(?:a|on)|headings?)|quality evaluation|(?:question|category|section|criteri(?:a|on)) weightings?)(?![a-z])/;
/** The same heading written in front of the title ("Evaluation criteria: Environmental (2.58%)"). */
const AWARD_TITLE_LEAD = new RegExp(`^\\s*${AWARD_HEADING.source}\\s*[:-]\\s*`);
const SUSTAINABILITY_TITLE =
  /^[^a-z]*(?:(?:section|part|lot|criterion|question)\s*\d+[a-z]?[^a-z]*)?(?:(?!(?:technical|financial|commercial|business|service|system|solution|platform|operational)\s)[a-z]+\s+)?(?:sustainab[a-z]*|environment(?:al)?)(?:\s+[a-z]+)?[^a-z]*$/;

/**
 * The learned log-odds of what a generic ask asks for: the text without its generic opening and any response limit the
 * limit parser finds ("in no more than 500 words", "(max. 2,000 characters)"); 0 when nothing is left.
 */
function askedFor(norm: string, weights: LearnedWeights): number {
  let rest = norm.trimStart().replace(GENERIC_ASK, '');
  for (const limit of parseLimits(rest).matched) rest = rest.split(limit).join(' ');
  const scored = learnedScore(weights, rest);
  return scored.known === 0 ? 0 : scored.svLogOdds;
}

/** The words before a negative cue that name it as a floor to go past (a few words may come between). */
const EXCEEDED =
  /(?<![a-z])(?:beyond|over and above|above and beyond|in addition to|on top of|exceed(?:s|ing)?|separate(?:ly)? from|rather than|instead of)(?:[\s,]+[a-z0-9'’-]+){0,4}[\s,]*$/;

interface Span {
  start: number;
  end: number;
  weight: number;
  veto?: boolean;
}

/** Words that make a description of the service ask for more than the service (see `vetoed`). */
const BEYOND_THE_SERVICE = new RegExp(`(?<![a-z])(?:${BEYOND_THE_SERVICE_WORDS})(?![a-z])`);

/** True when span a lies within span b and b is strictly longer. */
function inside(a: Span, b: Span): boolean {
  return b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
}

interface Hit {
  kind: 'strong' | 'topic';
  start: number;
  end: number;
  weight: number;
  strong?: StrongCue;
  topic?: TopicCue;
}

/** Every strong and topic cue found, minus those inside a longer cue that weighs at least as much. */
function positiveHits(norm: IndexedText): Hit[] {
  const hits: Hit[] = [];
  for (const { cue, compiled } of STRONG) {
    const m = findPhrase(compiled, norm);
    if (m) hits.push({ kind: 'strong', start: m.start, end: m.end, weight: cue.weight, strong: cue });
  }
  for (const { cue, compiled } of TOPIC) {
    const m = findPhrase(compiled, norm);
    if (m) hits.push({ kind: 'topic', start: m.start, end: m.end, weight: cue.weight, topic: cue });
  }
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start && o.weight >= h.weight,
      ),
  );
}

function sumMatched<C extends { weight: number }>(
  list: Compiled<C>[],
  norm: string | IndexedText,
  onHit?: (cue: C, s: number, e: number) => void,
): number {
  let sum = 0;
  for (const { cue, compiled } of list) {
    const m = findPhrase(compiled, norm);
    if (m) {
      sum += cue.weight;
      onHit?.(cue, m.start, m.end);
    }
  }
  return sum;
}

const DEFAULT_OUTCOME: Record<ThemeId, string> = {
  'covid-recovery': 'ppn0620-o1',
  'economic-inequality': 'ppn0620-o2',
  climate: 'ppn0620-o4',
  'equal-opportunity': 'ppn0620-o6',
  wellbeing: 'ppn0620-o7',
};

const WALES_BY_THEME: Record<ThemeId, NativeId> = {
  'covid-recovery': 'wales-goal-4',
  'economic-inequality': 'wales-goal-1',
  climate: 'wales-goal-2',
  'equal-opportunity': 'wales-goal-3',
  wellbeing: 'wales-goal-4',
};

function criterionFamily(model: ModelId): string {
  if (model === 'ppn-002') return 'ppn002-';
  if (model === 'ppn-026') return 'ppn026-';
  return 'ppn0620-';
}

function nativeFor(
  model: ModelId,
  themeId: ThemeId | 'multiple',
  natives: string[],
  criteria: string[],
): string | null {
  const first = (prefix: string) => natives.find((n) => n.startsWith(prefix)) ?? null;
  switch (model) {
    case 'ppn-002':
      return first('ppn002-');
    case 'ppn-026':
      return first('ppn026-');
    case 'scotland-fair-work-first':
      return first('scot-fwf-');
    case 'scotland-community-benefits': {
      const found = first('scot-cb-');
      if (found) return found;
      return themeId === 'economic-inequality' ? 'scot-cb-training-recruitment' : 'scot-cb-wellbeing';
    }
    case 'wales-wellbeing-goals': {
      const found = first('wales-goal-');
      if (found) return found;
      if (themeId === 'multiple') return null;
      if (themeId === 'wellbeing' && criteria.includes('ppn0620-8.1')) return 'wales-goal-5';
      return WALES_BY_THEME[themeId];
    }
    default:
      return null;
  }
}

function confidenceOf(score: number): number {
  const margin = Math.abs(score - THRESHOLD);
  return Math.round((1 / (1 + Math.exp(-1.2 * margin))) * 100) / 100;
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** How the learned naive Bayes score joins the cue score (tuned by grouped cross-validation, scripts/eval.ts --cv). */
export interface Blend {
  /** Weight of the clamped naive Bayes log-odds added to the cue score. */
  svWeight: number;
  /** Clamp of the naive Bayes log-odds (natural log) towards social value. */
  svClamp: number;
  /** Clamp against (after svNegMargin is taken off): kept small so that the corpus's many technical questions cannot veto a clear cue. */
  svNegClamp: number;
  /** Log-odds below this margin add nothing towards social value (only a confident learned verdict lifts a question). */
  svMargin: number;
  /** Weight of the naive Bayes theme posterior against the (normalised) cue theme scores. */
  themeWeight: number;
  /**
   * The margin when the question has a strong or topic cue and nothing argues against it (no negative cue, no
   * non-social-value heading): the learned score then only confirms a weak cue, so it may count sooner. Default
   * svMargin. Chosen by leave-batch-out evaluation (scripts/eval.ts --holdout) with grouped cross-validation.
   */
  svMarginCue?: number;
  /**
   * Log-odds against social value within this margin subtract nothing: a retraining moves common words ("describe",
   * "savings", "solution") by a step or two, and that alone should not undo a cue. Default 0.
   */
  svNegMargin?: number;
  /**
   * Against an explicit negative cue or heading, the learned log-odds must reach this many times svMargin, plus the
   * negative's weight, to count. Default 2; 1.6 since batches 68-70, whose retraining took a skills criterion
   * ("Experience of reducing carbon emissions ...", log-odds 6.5 -> 6.0) under the old line. Against 2: grouped CV
   * 0.853 / 0.926 / 0.856 -> 0.853 / 0.927 / 0.857 (mean of five: precision 0.853 -> 0.852); the 19 older files held
   * out in turn and the held-out notices unchanged.
   */
  svAgainstFactor?: number;
}
export const BLEND: Blend = {
  svWeight: 0.5,
  svClamp: 4,
  svNegClamp: 2,
  svNegMargin: 3,
  svMargin: 2.5,
  svMarginCue: 0,
  svAgainstFactor: 1.6,
  themeWeight: 0.5,
};
/** A theme within this share of the primary's blended score is reported as secondary. */
const SECONDARY_SHARE = 0.6;

/** The committed weights (shape checked by test/unit/classifier-learned.test.ts, not at load: no start-up cost). */
const WEIGHTS = WEIGHTS_JSON as LearnedWeights;

export function classifyQuestion(text: string, context: QuestionContext = {}): Classification {
  return classifyWith(text, context, WEIGHTS, BLEND);
}

/** classifyQuestion with explicit weights and blend (cross-validation trains its own per fold). */
export function classifyWith(
  text: string,
  context: QuestionContext,
  weights: LearnedWeights,
  blend: Blend,
): Classification {
  const source = typeof text === 'string' ? text : '';
  const norm = normalise(source);
  const indexed = indexText(norm);
  let hits = positiveHits(indexed);

  const frame = Math.min(sumMatched(FRAME, indexed), FRAME_CAP);
  const negHits: Span[] = [];
  sumMatched(NEGATIVE, indexed, (cue, s, e) => negHits.push({ start: s, end: e, weight: cue.weight, veto: cue.veto }));
  // A negative inside a longer positive phrase does not count ("cyber security risks ... in the supply chain"), and a
  // positive inside a longer negative phrase does not count ("modern slavery" in "Modern Slavery Act ... section 54").
  // Nor does one named as the floor the ask goes past ("beyond your published Carbon Reduction Plan", "over and above
  // the requirements of the specification", "separate from your corporate Carbon Reduction Plan", "the Living Wage,
  // rather than the statutory minimum wage"): the text asks for more than it.
  const negatives = negHits.filter(
    (n) => !hits.some((h) => inside(n, h)) && !EXCEEDED.test(norm.slice(Math.max(0, n.start - 50), n.start)),
  );
  const negative = negatives.reduce((sum, n) => sum + n.weight, 0);
  hits = hits.filter((h) => !negatives.some((n) => inside(h, n)));
  const contextText = [context.section, context.hint].filter((s): s is string => !!s).join(' \n ');
  const normContext = normalise(contextText);
  const scottish = SCOTTISH.test(norm) || SCOTTISH.test(normContext);
  hits = scottishThemes(hits, scottish);

  let strong = 0;
  let topic = 0;
  let toms = false;
  let themedStrong = false;
  /** Weight of the topic cues that name the community or area in general, by their theme. */
  const genericScore = new Map<ThemeId, number>();
  const themeScore = new Map<ThemeId, number>();
  const leadScore = new Map<ThemeId, number>();
  for (const h of hits) {
    if (h.strong) {
      strong += h.weight;
      if (h.strong.toms) toms = true;
      if (h.strong.theme) {
        themedStrong = true;
        themeScore.set(h.strong.theme, (themeScore.get(h.strong.theme) ?? 0) + h.weight);
      }
    } else if (h.topic) {
      topic += h.weight;
      const t = h.topic.theme;
      themeScore.set(t, (themeScore.get(t) ?? 0) + h.weight);
      if (h.topic.lead) leadScore.set(t, (leadScore.get(t) ?? 0) + h.weight);
      if (h.topic.generic) genericScore.set(t, (genericScore.get(t) ?? 0) + h.weight);
    }
  }
  // The community in general ("SMEs in local communities") gives way to any theme the text names without it; what is
  // left of it (the only theme named) is weighed below against a generic cue.
  if ([...themeScore].some(([t, v]) => v > 0 && !genericScore.has(t))) {
    for (const [t, g] of genericScore) {
      const own = (themeScore.get(t) ?? 0) - g;
      if (own > 0) themeScore.set(t, own);
      else themeScore.delete(t);
    }
    genericScore.clear();
  }
  strong = Math.min(strong, STRONG_CAP);
  topic = Math.min(topic, TOPIC_CAP);

  const sectionWhy: string[] = [];
  let sectionSum = 0;
  let heaviestAgainst = 0;
  if (contextText) {
    const sectionHits: Span[] = [];
    sumMatched(SECTION, normContext, (cue, start, end) => sectionHits.push({ weight: cue.weight, start, end }));
    // A heading word for social value inside a longer heading that argues against ("Sustainable" in "Evergreen
    // Sustainable Supplier Assessment") does not count, as in the text itself.
    for (const h of sectionHits) {
      if (h.weight > 0 && sectionHits.some((n) => n.weight < 0 && inside(h, n))) continue;
      sectionSum += h.weight;
      if (h.weight > 0) sectionWhy.push(contextText.slice(h.start, h.end));
      else heaviestAgainst = Math.min(heaviestAgainst, h.weight);
    }
  }
  let section = 0;
  if (sectionSum > 0) section = topic > 0 || strong > 0 ? SECTION_BONUS : SECTION_BONUS / 3;
  // Against: no heavier than the heaviest heading cue that argues against ("Technical and commercial" is one -1.5).
  else if (sectionSum < 0) section = Math.max(sectionSum, heaviestAgainst);
  const underSvHeading =
    sectionSum > 0 && (findPhrase(SV_HEADING, normContext) !== null || SV_NUMBERED_HEADING.test(normContext));
  const bareAnswer = BARE_ANSWER.test(norm);
  const commitmentsKept = COMMITMENTS_KEPT.test(norm.trimStart());
  const evaluationNote = underSvHeading && EVALUATION_NOTE.test(norm);
  const askUnderHeading =
    underSvHeading &&
    (GENERIC_ASK.test(norm.trimStart()) || bareAnswer || WEIGHTING.test(norm) || commitmentsKept || evaluationNote);

  // A short heading that is itself a social value topic ("Wellbeing", "Mental health") reads as a criterion title.
  const heading = topic >= 1.5 && negative === 0 && countWords(source) <= HEADING_WORDS ? HEADING_BONUS : 0;
  // Frames only count around a topic (a strong cue that names a theme, like "Fair Work First", is one too).
  const framed = topic > 0 || themedStrong ? frame * FRAME_FACTOR : 0;
  const cueScore = strong + topic + framed + section + heading - negative;
  const learned = learnedScore(weights, source);
  const z = learned.svLogOdds;
  const against = negative > 0 || sectionSum < 0;
  const margin = (strong > 0 || topic > 0) && !against ? (blend.svMarginCue ?? blend.svMargin) : blend.svMargin;
  let nb =
    (z >= 0
      ? Math.min(blend.svClamp, Math.max(0, z - margin))
      : Math.max(-blend.svNegClamp, Math.min(0, z + (blend.svNegMargin ?? 0)))) * blend.svWeight;
  // An explicit negative cue ("to deliver the service", "availability") is precise: only a learned verdict more
  // confident than usual (svAgainstFactor x the margin), and more so the heavier the negative, may overrule it
  // ("availability of sub-contracting opportunities"). So is a non-social-value section heading ("Safeguarding", "TUPE").
  if (against && nb > 0 && z < (blend.svAgainstFactor ?? 2) * blend.svMargin + negative) nb = 0;
  // A short item under a social value heading ("Sensory garden" under "Examples of community benefits") is a menu
  // item when the learned part leans to social value on its own words.
  const menuItem =
    underSvHeading &&
    countWords(source) <= MENU_ITEM_WORDS &&
    !source.includes('?') &&
    negative === 0 &&
    strong === 0 &&
    z > MENU_ITEM_LOG_ODDS;
  const score = cueScore + nb;
  const ownHeading = AWARD_TITLE_LEAD.exec(norm);
  const awardTitle =
    negative === 0 &&
    (ownHeading
      ? SUSTAINABILITY_TITLE.test(norm.slice(ownHeading[0].length))
      : SUSTAINABILITY_TITLE.test(norm) && AWARD_HEADING.test(normContext));
  // A description of what is being bought ("The service will provide work placements for young people not in education
  // ...", "The system must produce the gender pay gap report"), or the buyer's stated strategy, is not social value however
  // many of the theme's words its subject carries, unless a strong cue or a word of commitment beyond the service says
  // the text asks for more ("a contractually mandated focus on local people").
  const vetoed = strong === 0 && negatives.some((n) => n.veto) && !BEYOND_THE_SERVICE.test(norm);
  const socialValue =
    !vetoed &&
    ((score >= THRESHOLD && (strong > 0 || topic > 0 || nb >= 1)) ||
      awardTitle ||
      // What the ask asks for may veto it; a bare answer label ("Supplier response (max 500 words)") asks for nothing of
      // its own (its words are all generic), nor does a statement that the answers become contract terms: nothing vetoes
      // them.
      (askUnderHeading &&
        negative === 0 &&
        (bareAnswer || commitmentsKept || evaluationNote || askedFor(norm, weights) > -GENERIC_ASK_VETO)) ||
      menuItem);
  // Social value by the heading above a generic ask alone (a menu item's own words still carry its theme).
  const headingOnly = socialValue && strong === 0 && topic === 0 && score < THRESHOLD && !menuItem;
  // Social value only by the heading above a generic ask: no better than even.
  const confidence = socialValue && score < THRESHOLD ? 0.5 : confidenceOf(score);

  // Measures-style (TOMs) questions: "No. of local people (FTE) employed ...".
  if (socialValue && !toms && MEASURE_FORM.test(norm) && MEASURE_UNIT.test(norm)) toms = true;

  if (!socialValue) {
    const why = negHits
      .filter((n) => n.weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .map((n) => source.slice(n.start, n.end));
    const whyUnique: string[] = [];
    for (const w of why) pushUnique(whyUnique, w);
    return {
      socialValue: false,
      confidence,
      model: null,
      modelReason: 'not a social value question',
      themeId: null,
      themeIds: [],
      secondaryThemeIds: [],
      nativeId: null,
      outcomeId: null,
      criterionIds: [],
      toms: false,
      why: whyUnique,
    };
  }

  // The section heading or hint names a theme ("Reducing barriers to employment for disadvantaged groups"): its topic
  // cues count towards the theme, lighter than the question's own words; they do not make a question social value.
  // A lead cue of HEADING_LEAD_WEIGHT or more in the heading ("... for those left unemployed by COVID-19", "Support
  // health and wellbeing in the workforce") names what the list under it is about, as a heavy lead does in a question.
  let headingLead = false;
  if (contextText) {
    for (const h of scottishThemes(positiveHits(indexText(normContext)), scottish)) {
      // A strong cue that names a theme ("Fair Work First") counts as a topic of that theme does.
      if (h.strong?.theme) {
        themeScore.set(h.strong.theme, (themeScore.get(h.strong.theme) ?? 0) + h.weight * CONTEXT_THEME_FACTOR);
        continue;
      }
      if (!h.topic) continue;
      themeScore.set(h.topic.theme, (themeScore.get(h.topic.theme) ?? 0) + h.weight * CONTEXT_THEME_FACTOR);
      // ... unless the text names a theme as heavily itself ("Fair working conditions" under PPN 002's "Outcome 1: Fair
      // work", whose other criteria are jobs and progression).
      if (h.topic.lead && h.weight >= HEADING_LEAD_WEIGHT && !ownHeavyTopic(hits, h.topic.theme)) {
        headingLead = true;
        leadScore.set(h.topic.theme, (leadScore.get(h.topic.theme) ?? 0) + h.weight);
      }
    }
  }

  // A list ("employment, apprenticeships, placements, donations and volunteering") is led by its first-listed item:
  // the theme of the earliest topic cue comes first and the others follow as secondary themes.
  // A heavy lead cue ("COVID-19", "additional environmental benefits") names what the whole text is about, so a list
  // inside it ("employment, retraining or return to work ... for those left unemployed by COVID-19") does not lead.
  const heavyLead = headingLead || hits.some((h) => h.topic?.lead && h.weight >= HEAVY_LEAD_WEIGHT);
  const listLead = heavyLead ? null : listLeadTheme(source, hits);
  if (listLead) leadScore.set(listLead, (leadScore.get(listLead) ?? 0) + LIST_LEAD_BONUS);

  // A question that names a PPN 06/20 award criterion ("MAC 2.3") is under that criterion's theme.
  const namedMac = MAC_0620_FIRST.exec(norm);
  if (namedMac) {
    const theme = MAC_OUTCOME_THEME[Number(namedMac[1])];
    if (theme) {
      leadScore.set(theme, (leadScore.get(theme) ?? 0) + 10);
      themeScore.set(theme, themeScore.get(theme) ?? 0);
    }
  }

  // Themes: lead cues first, then total weight; ties by the fixed THEME_IDS order.
  const themeIds = [...themeScore.keys()].sort(
    (a, b) =>
      (leadScore.get(b) ?? 0) - (leadScore.get(a) ?? 0) ||
      (themeScore.get(b) ?? 0) - (themeScore.get(a) ?? 0) ||
      THEME_IDS.indexOf(a) - THEME_IDS.indexOf(b),
  );
  let themeId: ThemeId | 'multiple' = 'multiple';
  if (themeIds.length > 0) {
    const top = themeIds[0]!;
    const topScore = themeScore.get(top) ?? 0;
    const close = themeIds.filter((t) => (themeScore.get(t) ?? 0) >= topScore * 0.6).length;
    const hasLead = (leadScore.get(top) ?? 0) > 0;
    // A measure line (TOMs code or "No. of ... FTE") names its subject: its one topic is its theme, however light.
    // The community in general ("to local communities") names no theme beside a generic cue.
    const specific = topScore - (genericScore.get(top) ?? 0);
    const genericAsk = strong > 0 && specific < 1.5 && !toms;
    if (hasLead || (!genericAsk && close < 3)) themeId = top;
  }
  // Blend: cue theme scores (lead cues count double), normalised to the best, plus the naive Bayes theme posterior. The
  // list lead's bonus only orders the list's themes: left out here, the themes that follow it can still come back as
  // secondary ("jobs, training and apprenticeships ... and support for community groups": wellbeing second).
  const cueTheme = (t: ThemeId) =>
    (themeScore.get(t) ?? 0) + (leadScore.get(t) ?? 0) - (t === listLead ? LIST_LEAD_BONUS : 0);
  const cueMax = Math.max(0, ...THEME_IDS.map(cueTheme));
  const blended = new Map<ThemeId, number>();
  for (const t of THEME_IDS) {
    blended.set(t, (cueMax > 0 ? cueTheme(t) / cueMax : 0) + blend.themeWeight * learned.themeP[t]);
  }
  const byBlend = [...THEME_IDS].sort(
    (a, b) => (blended.get(b) ?? 0) - (blended.get(a) ?? 0) || THEME_IDS.indexOf(a) - THEME_IDS.indexOf(b),
  );
  const best = byBlend[0]!;
  const learnedSure = learned.known >= 2 && learned.themeP[best] >= 0.6;
  const cueLead = themeId !== 'multiple' && (leadScore.get(themeId) ?? 0) > 0;
  // Cue lead words (disabled people, COVID-19, net zero ...) and named MACs decide; a generic ask stays 'multiple';
  // otherwise the blend decides, and with no theme cue at all a confident learned theme is taken.
  if (!namedMac && blend.themeWeight > 0 && !cueLead) {
    const cueTop: ThemeId | 'multiple' = themeId;
    if (cueTop === 'multiple') {
      // Not when the heading alone made it social value: the ask's own words ("Please describe your approach") carry no
      // theme, and the learned posterior over them is noise.
      if (strong === 0 && !headingOnly && learned.known >= 2 && learned.themeP[best] >= 0.5) themeId = best;
    } else if (
      best !== cueTop &&
      (themeScore.get(cueTop) ?? 0) < 1.5 &&
      learnedSure &&
      learned.themeP[best] - learned.themeP[cueTop] >= 0.3
    ) {
      themeId = best;
    }
  }
  const bestScore = blended.get(themeId === 'multiple' ? best : themeId) ?? 0;
  const secondaryThemeIds =
    themeId === 'multiple'
      ? []
      : byBlend
          .filter(
            (t) =>
              t !== themeId &&
              (blended.get(t) ?? 0) >= bestScore * SECONDARY_SHARE &&
              (cueTheme(t) > 0 || learned.themeP[t] >= 0.2),
          )
          .slice(0, 2);
  for (const t of [...(themeId === 'multiple' ? [] : [themeId]), ...secondaryThemeIds]) {
    if (!themeIds.includes(t)) themeIds.push(t);
  }
  if (themeId !== 'multiple') themeIds.sort((a, b) => Number(b === themeId) - Number(a === themeId));

  // Criteria: explicit MAC references first, then topic cues of the chosen theme, then the rest (heaviest first).
  const topicHits = hits
    .filter((h): h is Hit & { topic: TopicCue } => h.topic !== undefined)
    .sort((a, b) => Number(b.topic.theme === themeId) - Number(a.topic.theme === themeId) || b.weight - a.weight);
  const explicit: string[] = [];
  for (const m of norm.matchAll(MAC_0620)) pushUnique(explicit, `ppn0620-${m[1]}.${m[2]}`);
  for (const m of norm.matchAll(MAC_002)) pushUnique(explicit, `ppn002-${m[1]}${m[2]}`);
  const fromCues: string[] = [];
  const natives: string[] = [];
  for (const h of topicHits) {
    for (const c of h.topic.criteria) pushUnique(fromCues, c);
    for (const n of h.topic.native) pushUnique(natives, n);
  }
  const { model, reason } = chooseModel(source, context, indexed);
  const family = criterionFamily(model);
  const ordered = [...explicit.filter((c) => /^(ppn0620-[1-8]\.[1-5]|ppn002-1[a-e])$/.test(c))];
  for (const c of fromCues) if (c.startsWith(family)) pushUnique(ordered, c);
  for (const c of fromCues) pushUnique(ordered, c);
  const criterionIds = ordered.filter((c) => isKnownCriterion(c));

  const first0620 = criterionIds.find((c) => c.startsWith('ppn0620-'));
  const outcomeId = first0620
    ? `ppn0620-o${first0620.charAt('ppn0620-'.length)}`
    : themeId === 'multiple'
      ? null
      : DEFAULT_OUTCOME[themeId];

  const why: string[] = [];
  for (const h of [...hits].sort((a, b) => b.weight - a.weight || a.start - b.start)) {
    pushUnique(why, source.slice(h.start, h.end));
  }
  for (const w of sectionWhy) pushUnique(why, w);
  if (why.length === 0) for (const w of learnedWhy(source, learned.top)) pushUnique(why, w);

  return {
    socialValue,
    confidence,
    model,
    modelReason: reason,
    themeId,
    themeIds,
    secondaryThemeIds,
    nativeId: nativeFor(model, themeId, natives, criterionIds),
    outcomeId,
    criterionIds,
    toms,
    why,
  };
}

/** True when the text's own topic cues name another theme at least as heavily as a heading lead. */
function ownHeavyTopic(hits: readonly Hit[], headingTheme: ThemeId): boolean {
  return hits.some((h) => h.topic !== undefined && h.topic.theme !== headingTheme && h.weight >= HEADING_LEAD_WEIGHT);
}

/** A Scottish text or heading: topic cues with a `scottishTheme` take it ("fair work" as Fair Work First). */
const SCOTTISH = /(?<![a-z])(?:scotland|scottish|cosla|sppn|fair work first|fair work convention)(?![a-z])/;
function scottishThemes(hits: Hit[], scottish: boolean): Hit[] {
  if (!scottish) return hits;
  return hits.map((h) => (h.topic?.scottishTheme ? { ...h, topic: { ...h.topic, theme: h.topic.scottishTheme } } : h));
}

/** Weight of the section heading's or hint's topic cues in the theme scores, relative to the question's own. */
const CONTEXT_THEME_FACTOR = 0.5;
/** Bonus to the lead score of a list's first-listed theme (above any sum of lead cues in one list item). */
const LIST_LEAD_BONUS = 8;
/** A lead cue this heavy in the section heading leads the theme of the text under it ("Support health and wellbeing in the workforce"). */
const HEADING_LEAD_WEIGHT = 3;
/** A lead cue this heavy names the theme of the whole text: no list lead then. */
const HEAVY_LEAD_WEIGHT = 4;
/** Separators of list items: commas, semicolons, line breaks, bullets. */
const LIST_SEP = /[,;\n\u2022]| and | or /;

/**
 * The theme of the first topic cue in a list-like text (two or more item separators and topic cues of two or more
 * themes), or null.
 */
function listLeadTheme(source: string, hits: readonly Hit[]): ThemeId | null {
  // The list is what follows "including", "such as", "e.g." or a colon when there is one, else the whole text.
  const intro = LIST_INTRO.exec(source);
  const from = intro ? intro.index + intro[0].length : 0;
  const items = source
    .slice(from)
    .split(LIST_SEP)
    .map(countWords)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (items.length < LIST_MIN_ITEMS || items[Math.floor(items.length / 2)]! > LIST_MAX_MEDIAN_WORDS) return null;
  // Items are topics: a weak modifier word ("sustainable", "green", "supply chain") does not lead a list on its own.
  const topicHits = hits
    .filter((h) => h.topic !== undefined && h.start >= from && h.weight >= LIST_ITEM_MIN_WEIGHT)
    .sort((a, b) => a.start - b.start);
  if (new Set(topicHits.map((h) => h.topic!.theme)).size < 2) return null;
  return topicHits[0]!.topic!.theme;
}
const LIST_INTRO = /\b(?:including|includes|include|such as|e\.g\.|for example)\b|:/i;
/** A list has at least this many items, and its median item is this short (words). */
const LIST_MIN_ITEMS = 3;
const LIST_MAX_MEDIAN_WORDS = 5;
/** A topic cue lighter than this is a modifier, not a list item. */
const LIST_ITEM_MIN_WEIGHT = 1;

const KNOWN_CRITERIA: ReadonlySet<string> = new Set(CRITERION_IDS);
function isKnownCriterion(id: string): boolean {
  return KNOWN_CRITERIA.has(id);
}

/** The words of the text behind the learned model's strongest features (first word of each stem pair). */
function learnedWhy(source: string, top: string[]): string[] {
  const words = source.match(/[A-Za-z0-9’']+/g) ?? [];
  const out: string[] = [];
  for (const f of top) {
    const stem = f.split(' ')[0]!;
    const w = words.find((x) => tokens(x)[0] === stem);
    if (w && !out.includes(w)) out.push(w);
  }
  return out.slice(0, 3);
}
