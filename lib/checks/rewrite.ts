/**
 * A suggested rewrite of the question, built from the model question's structure in our own words (PPN 002
 * section 2 and the PPN 06/20 model evaluation question: outcome and award criteria, a limit, SMART commitments,
 * a method statement and timed plan, monitoring and reporting), with the chosen outcome, criteria, limit and
 * weighting filled in. Pure; the procurer copies it and edits as they see fit.
 */
import type { CriterionId } from '../knowledge/ids';
import { criteriaForOutcome, getCriterion, getModel, getOutcome } from '../knowledge/models';
import { relevanceFor } from '../knowledge/relevance';
import { analyse } from './analyse';
import { MIN_CHARS, MIN_WORDS } from './limit';
import { findNamed } from './named';
import { criteriaOfQuestion } from './relevance';
import type { Analysis, CheckContext } from './types';
import { minimumWeighting } from './weighting';

/** The limit we fill in when none (or too small a one) is stated: our suggestion, not a standard. */
export const SUGGESTED_WORDS = 500;

export interface Rewrite {
  text: string;
  outcomeId: string | null;
  criterionIds: CriterionId[];
  limit: { unit: 'words' | 'chars'; value: number };
  weightingPercent: number | null;
  /** What was filled in and why, one line each. */
  notes: string[];
}

function chooseOutcome(a: Analysis): string | null {
  const named = findNamed(a.text, a.model).outcomeIds.filter((id) => getOutcome(id) !== undefined);
  if (named.length > 0) return named[0]!;
  const c = a.classification;
  if (a.model === 'ppn-06-20') return c.outcomeId;
  if (c.nativeId && getOutcome(c.nativeId)) return c.nativeId;
  return a.model === 'ppn-002' || a.model === 'ppn-026' ? null : c.outcomeId;
}

function chooseCriteria(a: Analysis, outcomeId: string | null): CriterionId[] {
  if (!outcomeId) return [];
  const ofOutcome = criteriaForOutcome(outcomeId).map((c) => c.id as CriterionId);
  const asked = criteriaOfQuestion(a).filter((id) => ofOutcome.includes(id));
  let chosen = asked.length > 0 ? asked : ofOutcome;
  const category = a.context.category;
  if (category) {
    const relevant = chosen.filter((id) => relevanceFor(category, id).rating !== 'low');
    if (relevant.length > 0) chosen = relevant;
  }
  return chosen;
}

function criterionLine(id: CriterionId): string {
  const c = getCriterion(id);
  return c ? `${c.code} ${c.title}` : id;
}

export function suggestRewrite(text: string, context: CheckContext = {}, analysis?: Analysis): Rewrite {
  const a = analysis ?? analyse(text, context);
  const notes: string[] = [];
  const outcomeId = chooseOutcome(a);
  const outcome = outcomeId ? getOutcome(outcomeId) : undefined;
  const criterionIds = chooseCriteria(a, outcomeId);
  // A reported, unverified model (PPN 026) never shapes a rewrite (audit H1, H4).
  const model = a.decision.unverified ? undefined : getModel(a.model);
  if (a.decision.unverified)
    notes.push(
      'PPN 026 is named in your text but is reported, unverified; the rewrite follows the confirmed model structure and sets no weighting from it.',
    );
  if (!outcome)
    notes.push('Choose one outcome from the model that fits what the contract buys, and list its award criteria.');
  else
    notes.push(
      `Outcome ${outcome.isGap ? 'number kept from your wording; its title is not confirmed, so check it in the model' : 'taken from your wording or its topic'}.`,
    );

  const markup = context.markupLimit ?? null;
  const words = a.limits.words ?? (markup?.unit === 'words' ? markup.value : null);
  const chars = a.limits.chars ?? (markup?.unit === 'chars' ? markup.value : null);
  let limit: Rewrite['limit'];
  if (words !== null && words >= MIN_WORDS) limit = { unit: 'words', value: words };
  else if (chars !== null && chars >= MIN_CHARS) limit = { unit: 'chars', value: chars };
  else {
    limit = { unit: 'words', value: SUGGESTED_WORDS };
    notes.push(
      `Limit of ${SUGGESTED_WORDS} words is our suggestion (no source fixes a typical limit); the portal field must allow it.`,
    );
  }

  const stated = context.weightingPercent ?? a.weighting.percent;
  const minimum = minimumWeighting(a);
  let weightingPercent: number | null = stated ?? null;
  if (minimum && (weightingPercent === null || weightingPercent < minimum.percent)) {
    weightingPercent = minimum.percent;
    notes.push(
      minimum.binding
        ? `Weighting set to the ${minimum.percent}% minimum under ${minimum.label}; you may set more.`
        : `Weighting set to ${minimum.percent}%, the minimum ${minimum.label} sets for the buyers it binds; it does not bind you, so change it if you have a reason.`,
    );
  }

  const limitText = `${limit.value.toLocaleString('en-GB')} ${limit.unit === 'words' ? 'words' : 'characters'}`;
  const outcomeText = outcome
    ? `${outcome.number ? `Outcome ${outcome.number}: ` : ''}${outcome.title}`
    : '[choose one outcome]';
  const criteriaText =
    criterionIds.length > 0 ? criterionIds.map(criterionLine).join('; ') : '[list the award criteria for the outcome]';
  const header =
    weightingPercent !== null
      ? `Social value (${weightingPercent}% of the total score${model ? `, ${model.shortTitle}` : ''})`
      : `Social value${model ? ` (${model.shortTitle})` : ''}`;

  const lines = [
    header,
    `Outcome: ${outcomeText}.`,
    `Award criteria: ${criteriaText}.`,
    '',
    `In no more than ${limitText}, tell us what you will deliver through this contract towards this outcome. Please give:`,
    '1. Your commitments: what you will do, how much, for whom or where, and by when. Make each one specific and measurable, with a date.',
    '2. A method statement: how you will deliver each commitment, and how you will find and reach the people who benefit.',
    '3. A timed project plan: the steps and milestones from the start of the contract to its end.',
    '4. Monitoring and reporting: the measures you will track, how you will collect the data, and how often you will report progress to us.',
    '',
    'Write about this contract only. We will not score general company policies, certificates or accreditations.',
    'How we score: evaluators mark the answer against each award criterion above, using the scoring levels in the tender documents.',
  ];
  return {
    text: lines.join('\n'),
    outcomeId: outcome ? outcome.id : null,
    criterionIds,
    limit,
    weightingPercent,
    notes,
  };
}
