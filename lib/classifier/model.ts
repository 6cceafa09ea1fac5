/**
 * Which social value model a question is asked under, and why (audit H1, M1, M9, M10).
 *
 * Order, each step giving its reason:
 *  1. a model named in the question, then its section, hint or tender title. "PPN 026" is only ever chosen here,
 *     when the buyer's own text names it, and is labelled "reported, unverified" (never from a date or a value);
 *     a bare "TOM"/"TOMs" is read as a target operating model, not the National TOMs (M10);
 *  2. a call-off under a named framework: frameworks set up under the Public Contracts Regulations 2015
 *     (G-Cloud 14, DOS6, ...) stay on PPN 06/20; G-Cloud 15 and later Act frameworks use PPN 002 (M1);
 *  3. the jurisdiction (context, portal host, or the text): Scotland, Wales, Northern Ireland have their own rules;
 *  4. the regime from the procurement start date: before 24 Feb 2025 the 2015 Regulations (PPN 06/20), from then
 *     the Procurement Act 2023 (PPN 002), whatever the year or value;
 *  5. the user's preferred model; else PPN 002, the current default.
 * Sources: gov.uk PPN collection (regime split, [V]); knowledge-audit.md sections 2.1, 3.2, 3.6.
 */
import {
  DM_DECLARATION,
  isDigitalMarketplaceHost,
  PCR_FRAMEWORK_CALL_OFF,
  type FrameworkNotice,
} from '../knowledge/frameworks';
import type { ModelId } from '../knowledge/ids';
import { MODEL_LABEL } from '../knowledge/labels';
import { MODEL_CUES } from './cues';
import { compilePhrase, findPhrase, indexText, normalise, type IndexedText } from './phrase';
import type { ModelChoice, QuestionContext } from './types';

const COMPILED = MODEL_CUES.map((cue) => ({ model: cue.model, compiled: compilePhrase(cue.phrase) }));

export const PPN002_START = '2025-02-24';
/** Kept for compatibility: PPN 026 is reported to start on this date, but it is never chosen from a date (H1). */
export const PPN026_START = '2027-01-01';

export type Jurisdiction = 'uk-central' | 'scotland' | 'wales' | 'northern-ireland';
export type BuyerType = 'central' | 'local' | 'nhs' | 'devolved' | 'other' | 'unknown';
export type Regime = 'pcr-2015' | 'pa-2023' | 'unknown';

/** Evidence beyond the wording that the checker asks for and the overlay reads from the page. All optional. */
export interface ModelEvidence {
  jurisdiction?: Jurisdiction;
  buyerType?: BuyerType;
  /** A framework the call-off is under, e.g. "G-Cloud 14", "DOS6". */
  framework?: string;
  /** The portal's host name, e.g. "www.publiccontractsscotland.gov.uk". */
  portalHost?: string;
  /** The regime the buyer says the procurement runs under (the checker asks); a date or framework is more precise. */
  regime?: 'pcr-2015' | 'pa-2023';
  /** True when a person chose the jurisdiction (the checker): it then wins over the portal and the wording. */
  jurisdictionStated?: boolean;
}

export interface ModelDecision extends ModelChoice {
  jurisdiction: Jurisdiction;
  regime: Regime;
  buyerType: BuyerType;
  /** True when the model is only reported (PPN 026): shown as information, never a rule. */
  unverified: boolean;
  /**
   * Framework notices to show with the model (audit M1, section 3.7): the Digital Marketplace declaration on its pages,
   * and the PPN 06/20 call-off rule for frameworks set up under the 2015 Regulations. Empty when none applies.
   */
  notices: FrameworkNotice[];
}

export { MODEL_LABEL };

/** National TOMs wording that is unambiguous; a bare "TOM(s)" is a target operating model in tech tenders. */
const NATIONAL_TOMS =
  /national\s+toms?\b|social\s+value\s+toms?\b|themes,?\s+outcomes,?\s+(?:and\s+)?measures|\bnt\s?\d{1,2}\b|\btoms?\b[^.]{0,40}\b(?:social\s+value|measures?|proxy)|\b(?:social\s+value|proxy)\b[^.]{0,40}\btoms?\b|social\s+value\s+portal|proxy\s+values?|financial\s+proxy/i;
const TARGET_OPERATING = /target\s+operating\s+models?/i;

function tomsIsNational(text: string): boolean {
  if (TARGET_OPERATING.test(text) && !/national\s+toms|themes,?\s+outcomes/i.test(text)) return false;
  return NATIONAL_TOMS.test(text);
}

/** The model a text names, with the words as they appear, or null. */
export function namedModel(text: string, indexed?: IndexedText): { model: ModelId; words: string } | null {
  if (!text) return null;
  const norm = indexed ?? indexText(normalise(text));
  for (const { model, compiled } of COMPILED) {
    const m = findPhrase(compiled, norm);
    if (m === null) continue;
    if (model === 'toms' && !tomsIsNational(text)) continue;
    return { model, words: text.slice(m.start, m.end) };
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written yyyy-mm-dd. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The central model for a procurement start date, by regime: before 24 Feb 2025 the 2015 Regulations (PPN 06/20),
 * from then the Procurement Act 2023 (PPN 002). Never PPN 026 (audit H1: no primary text confirms it).
 */
export function modelForDate(date: string): ModelId {
  return date < PPN002_START ? 'ppn-06-20' : 'ppn-002';
}

interface FrameworkRule {
  re: RegExp;
  name: string;
  regime: Regime;
}
/** Named frameworks and the regulations they were set up under (audit M1, §3.2; G-Cloud 14 call-offs to Oct 2026). */
const FRAMEWORKS: readonly FrameworkRule[] = [
  { re: /g-?\s?cloud\s*(?:1[0-4]|[1-9])(?!\d)/i, name: 'G-Cloud 14 or earlier', regime: 'pcr-2015' },
  { re: /g-?\s?cloud\s*(?:1[5-9]|[2-9]\d)(?!\d)/i, name: 'G-Cloud 15 or later', regime: 'pa-2023' },
  {
    re: /\bdos\s?[1-6]\b|digital outcomes and specialists\s*[1-6]\b|digital outcomes\s*[1-6]\b/i,
    name: 'Digital Outcomes and Specialists 6 or earlier',
    regime: 'pcr-2015',
  },
  { re: /\bdos\s?(?:[7-9])\b|digital outcomes\s*(?:[7-9])\b/i, name: 'Digital Outcomes 7 or later', regime: 'pa-2023' },
  {
    re: /\bTePAS\b|technology products (?:and|&) associated services(?! 3)|\bRM6068\b|\bRM6100\b|\bRM6116\b|\bRM6098\b|\bRM1557\.?14\b|\bRM1043\.8\b/i,
    name: 'a CCS framework set up under the 2015 Regulations',
    regime: 'pcr-2015',
  },
];

export function frameworkRegime(text: string): FrameworkRule | null {
  for (const rule of FRAMEWORKS) if (rule.re.test(text)) return rule;
  return null;
}

const HOSTS: readonly [RegExp, Jurisdiction][] = [
  [/publiccontractsscotland\.gov\.uk$/i, 'scotland'],
  [/sell2wales\.gov\.wales$|etenderwales|proactis.*wales/i, 'wales'],
  [/etendersni\.gov\.uk$/i, 'northern-ireland'],
];
const TEXT_JURISDICTION: readonly [RegExp, Jurisdiction][] = [
  [
    /procurement reform \(scotland\) act|public contracts scotland|scottish government|community benefit requirements?|\bNHS Scotland\b/i,
    'scotland',
  ],
  [
    /social partnership and public procurement|sell2wales|welsh government|future generations \(wales\)|\bNHS Wales\b/i,
    'wales',
  ],
  [/northern ireland|etendersni|\bPPN 01\/21\b|construction and procurement delivery/i, 'northern-ireland'],
];

export function inferJurisdiction(
  texts: readonly (string | undefined)[],
  ev: ModelEvidence = {},
): { jurisdiction: Jurisdiction; why: string } | null {
  if (ev.jurisdiction && (ev.jurisdiction !== 'uk-central' || ev.jurisdictionStated))
    return { jurisdiction: ev.jurisdiction, why: 'you said so' };
  if (ev.portalHost)
    for (const [re, j] of HOSTS)
      if (re.test(ev.portalHost)) return { jurisdiction: j, why: `the portal (${ev.portalHost})` };
  for (const t of texts) {
    if (!t) continue;
    for (const [re, j] of TEXT_JURISDICTION) {
      const m = re.exec(t);
      if (m) return { jurisdiction: j, why: `the text says "${m[0]}"` };
    }
  }
  return ev.jurisdiction ? { jurisdiction: ev.jurisdiction, why: 'you said so' } : null;
}

const BUYER_TEXT: readonly [RegExp, BuyerType][] = [
  [
    /\b(?:county|city|district|borough|parish|town)\s+council\b|\blocal authority\b|\bcouncil\b|\bcombined authority\b/i,
    'local',
  ],
  [/\bNHS\b|\bintegrated care board\b|\bICB\b|\bfoundation trust\b/i, 'nhs'],
  [
    /\bdepartment for\b|\bministry of\b|\bHM (?:Treasury|Revenue|Land|Prison)|\bcabinet office\b|\bhome office\b|\bexecutive agency\b|\bnon-departmental public body\b|\bcrown commercial service\b|\bgovernment digital service\b/i,
    'central',
  ],
];

export function inferBuyerType(texts: readonly (string | undefined)[], ev: ModelEvidence = {}): BuyerType {
  if (ev.buyerType && ev.buyerType !== 'unknown') return ev.buyerType;
  for (const t of texts) {
    if (!t) continue;
    for (const [re, b] of BUYER_TEXT) if (re.test(t)) return b;
  }
  return 'unknown';
}

/** The full decision: model, reason, jurisdiction, regime and buyer type. Pure. */
export function decideModel(
  text: string,
  context: QuestionContext & ModelEvidence = {},
  indexed?: IndexedText,
): ModelDecision {
  const d = decideModelBase(text, context, indexed);
  return d.notices.includes(DM_DECLARATION)
    ? {
        ...d,
        reason: `${d.reason}; on the Digital Marketplace supplier social value is a pass/fail declaration of measures, not a scored answer`,
      }
    : d;
}

function decideModelBase(text: string, context: QuestionContext & ModelEvidence, indexed?: IndexedText): ModelDecision {
  const texts = [text, context.section, context.hint, context.tenderTitle];
  const juris = inferJurisdiction(texts, context);
  const jurisdiction: Jurisdiction = juris?.jurisdiction ?? 'uk-central';
  const buyerType = inferBuyerType(texts, context);
  const date = context.procurementDate?.trim();
  const validDate = date && isIsoDate(date) ? date : undefined;
  const fw = frameworkRegime([context.framework, ...texts].filter(Boolean).join('\n'));
  const regime: Regime =
    fw?.regime ?? (validDate ? (validDate < PPN002_START ? 'pcr-2015' : 'pa-2023') : (context.regime ?? 'unknown'));
  const notices: FrameworkNotice[] = [];
  if (isDigitalMarketplaceHost(context.portalHost)) notices.push(DM_DECLARATION);
  if (fw?.regime === 'pcr-2015') notices.push(PCR_FRAMEWORK_CALL_OFF);
  const base = { jurisdiction, regime, buyerType, notices };

  const places: [string, string | undefined][] = [
    ['question', text],
    ['section', context.section],
    ['hint', context.hint],
    ['tender title', context.tenderTitle],
  ];
  for (const [where, value] of places) {
    if (!value) continue;
    const named = namedModel(value, where === 'question' ? indexed : undefined);
    if (named === null) continue;
    if (named.model === 'ppn-026') {
      return {
        ...base,
        model: 'ppn-026',
        unverified: true,
        reason: `the ${where} names "${named.words.trim()}" (reported, unverified: shown as information only)`,
      };
    }
    return { ...base, model: named.model, unverified: false, reason: `the ${where} names "${named.words.trim()}"` };
  }
  if (jurisdiction === 'scotland') {
    return {
      ...base,
      model: 'scotland-community-benefits',
      unverified: false,
      reason: `a Scottish procurement (${juris?.why}): the Procurement Reform (Scotland) Act 2014 applies, not the UK central models`,
    };
  }
  if (jurisdiction === 'wales') {
    return {
      ...base,
      model: 'wales-wellbeing-goals',
      unverified: false,
      reason: `a Welsh procurement (${juris?.why}): the Social Partnership and Public Procurement (Wales) Act 2023 and the well-being goals apply`,
    };
  }
  if (fw) {
    const model: ModelId = fw.regime === 'pcr-2015' ? 'ppn-06-20' : 'ppn-002';
    const regs =
      fw.regime === 'pcr-2015'
        ? 'the Public Contracts Regulations 2015, so call-offs stay on PPN 06/20'
        : 'the Procurement Act 2023 (PPN 002)';
    return { ...base, model, unverified: false, reason: `a call-off under ${fw.name}, set up under ${regs}` };
  }
  const ni =
    jurisdiction === 'northern-ireland'
      ? `; Northern Ireland (${juris?.why}): its own PPN 01/21 scoring rules apply`
      : '';
  if (validDate) {
    const model = modelForDate(validDate);
    const why =
      model === 'ppn-06-20'
        ? 'started before 24 February 2025, under the Public Contracts Regulations 2015'
        : 'started on or after 24 February 2025, under the Procurement Act 2023';
    return {
      ...base,
      model,
      unverified: false,
      reason: `procurement date ${validDate}: ${why} (${MODEL_LABEL[model]} applies)${ni}`,
    };
  }
  if (context.regime) {
    const model: ModelId = context.regime === 'pcr-2015' ? 'ppn-06-20' : 'ppn-002';
    const why =
      context.regime === 'pcr-2015'
        ? 'started before 24 February 2025, under the Public Contracts Regulations 2015'
        : 'started on or after 24 February 2025, under the Procurement Act 2023';
    return {
      ...base,
      model,
      unverified: false,
      reason: `you said the procurement ${why} (${MODEL_LABEL[model]} applies)${ni}`,
    };
  }
  if (context.preferredModel && context.preferredModel !== 'auto') {
    return {
      ...base,
      model: context.preferredModel,
      unverified: context.preferredModel === 'ppn-026',
      reason: `your setting${ni}`,
    };
  }
  return {
    ...base,
    model: 'ppn-002',
    unverified: false,
    reason: `no model named and no procurement date: PPN 002 is the current model${ni}`,
  };
}

export function chooseModel(
  text: string,
  context: QuestionContext & ModelEvidence = {},
  indexed?: IndexedText,
): ModelChoice {
  const d = decideModel(text, context, indexed);
  return { model: d.model, reason: d.reason };
}
