/**
 * Which model outcomes and award criteria a question names outright: "Outcome 1", "Policy Outcome 4",
 * "MAC 2.2", "MACs 1a and 1d", an outcome's title ("Fair work", "Environmental stewardship"). Shared by the
 * outcome check, the relevance check and the rewrite. Pure.
 */
import type { CriterionId, ModelId } from '../knowledge/ids';
import { CRITERION_IDS } from '../knowledge/ids';
import { OUTCOMES, getCriterion } from '../knowledge/models';
import { OFFICIAL_PPN0620_TITLES } from '../knowledge/ppn-06-20';
import { normalise } from '../classifier/phrase';
import { sortSpans } from './spans';
import type { Span } from './types';

export interface Named {
  /** Outcome ids in the knowledge base (or `outcome-<n>` when the number fits no model outcome). */
  outcomeIds: string[];
  criterionIds: CriterionId[];
  /** Where outcomes are named. */
  outcomeSpans: Span[];
  /** Where criteria are named (codes or the words "award criteria"). */
  criteriaSpans: Span[];
  /** Where criteria are named by code ("MAC 1.1", "MACs 1a-1c"). */
  codeSpans: Span[];
  /** The text refers to award criteria in general ("award criteria", "sub-criteria", "MACs"). */
  mentionsCriteria: boolean;
}

const OUTCOME_NUMBER = /(?<![a-z])(?:policy\s+)?outcome\s*(?:no\.?\s*|number\s*)?(\d)(?![0-9.])/g;
const CODE = '(?:\\d\\.\\d|\\d[a-e])';
const CODE_LIST = new RegExp(
  `(?<![a-z])(?:macs?|model award criteri(?:on|a)|award criteri(?:on|a)|criteri(?:on|a))\\s*:?\\s*(${CODE}(?:\\s*(?:,|and|&|-|to|/|or)\\s*${CODE})*)(?![0-9a-z])`,
  'g',
);
const CRITERIA_WORDS = /(?<![a-z])(?:(?:model\s+)?award criteri(?:on|a)|sub-?criteri(?:on|a)|macs?)(?![a-z])/g;

const CENTRAL_OUTCOMES = OUTCOMES.filter((o) => !o.isGap);
/** Paraphrased titles too common to count as naming an outcome on their own (audit M2: any "health and wellbeing"). */
const TOO_COMMON = new Set(['ppn0620-o7']);
/** Re-exported for existing callers; the table lives with the model's knowledge (one source for checks and cues). */
export { OFFICIAL_PPN0620_TITLES } from '../knowledge/ppn-06-20';
/** Outcome titles of two words or more ("Fair work", "Environmental stewardship"); one-word titles are too common. */
const TITLES = [
  ...CENTRAL_OUTCOMES.filter((o) => /\s/.test(o.title.trim()) && !TOO_COMMON.has(o.id)).map((o) => ({
    id: o.id,
    modelId: o.modelId as string,
    title: normalise(o.title),
  })),
  ...OFFICIAL_PPN0620_TITLES.map((o) => ({ id: o.id, modelId: 'ppn-06-20', title: normalise(o.title) })),
];
const CENTRAL_MODELS = new Set<string>(['ppn-06-20', 'ppn-002', 'ppn-026']);

function outcomeForNumber(n: number, model: ModelId): string {
  if (model === 'ppn-06-20') return `ppn0620-o${n}`;
  if (model === 'ppn-002') return `ppn002-o${n}`;
  return `outcome-${n}`;
}

function criterionForCode(code: string): CriterionId | null {
  const id = /\./.test(code) ? `ppn0620-${code}` : `ppn002-${code}`;
  return (CRITERION_IDS as readonly string[]).includes(id) ? (id as CriterionId) : null;
}

/** Expand "1a-1c" to 1a, 1b, 1c and "2.1-2.3" to 2.1, 2.2, 2.3 (same outcome only). */
function expandCodes(list: string): string[] {
  const codes: string[] = [];
  const parts = list.split(/\s*(?:,|and|&|\/|or)\s*/);
  for (const part of parts) {
    const range = /^(\d)([.]?)(\d|[a-e])\s*(?:-|to)\s*(\d)[.]?(\d|[a-e])$/.exec(part.trim());
    if (range && range[1] === range[4]) {
      const [from, to] = [range[3]!, range[5]!];
      const dotted = range[2] === '.';
      const a = dotted ? Number(from) : from.charCodeAt(0);
      const b = dotted ? Number(to) : to.charCodeAt(0);
      for (let c = a; c <= b && c - a < 10; c++)
        codes.push(dotted ? `${range[1]}.${c}` : `${range[1]}${String.fromCharCode(c)}`);
    } else if (part.trim()) codes.push(part.trim());
  }
  return codes;
}

export function findNamed(text: string, model: ModelId): Named {
  const norm = normalise(text);
  const outcomeIds = new Set<string>();
  const criterionIds = new Set<CriterionId>();
  const outcomeSpans: Span[] = [];
  const criteriaSpans: Span[] = [];
  const codeSpans: Span[] = [];

  for (const m of norm.matchAll(OUTCOME_NUMBER)) {
    const n = Number(m[1]);
    if (n < 1 || n > 8) continue;
    outcomeIds.add(outcomeForNumber(n, model));
    outcomeSpans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const { id, modelId, title } of TITLES) {
    // Under a central model, only that model's outcome titles count as naming an outcome.
    if (CENTRAL_MODELS.has(model) && modelId !== model) continue;
    let from = 0;
    for (;;) {
      const i = norm.indexOf(title, from);
      if (i < 0) break;
      const before = norm[i - 1] ?? ' ';
      const after = norm[i + title.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
        outcomeIds.add(id);
        outcomeSpans.push({ start: i, end: i + title.length });
      }
      from = i + title.length;
    }
  }
  for (const m of norm.matchAll(CODE_LIST)) {
    const listStart = m.index + m[0].length - m[1]!.length;
    for (const code of expandCodes(m[1]!)) {
      const id = criterionForCode(code);
      if (!id) continue;
      criterionIds.add(id);
      const outcome = getCriterion(id)?.outcomeId;
      if (outcome) outcomeIds.add(outcome);
    }
    criteriaSpans.push({ start: m.index, end: listStart + m[1]!.length });
    codeSpans.push({ start: m.index, end: listStart + m[1]!.length });
  }
  let mentionsCriteria = criterionIds.size > 0;
  for (const m of norm.matchAll(CRITERIA_WORDS)) {
    mentionsCriteria = true;
    criteriaSpans.push({ start: m.index, end: m.index + m[0].length });
  }
  // "Fair work" and an explicit outcome 1 of PPN 002 are the same outcome; PPN 06/20 ids from codes stay distinct.
  return {
    outcomeIds: [...outcomeIds],
    criterionIds: [...criterionIds],
    outcomeSpans: sortSpans(outcomeSpans),
    criteriaSpans: sortSpans(criteriaSpans),
    codeSpans: sortSpans(codeSpans),
    mentionsCriteria,
  };
}
