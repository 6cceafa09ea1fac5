/**
 * Check: the award criteria the question asks about are relevant to what the contract buys, using Social Value
 * Lens's own category relevance matrix (`relevanceFor`). A criterion rated low for the category (for example a
 * workforce criterion on a hardware supply contract) is flagged with the matrix's reason.
 */
import type { CriterionId } from '../knowledge/ids';
import { CRITERION_IDS } from '../knowledge/ids';
import { coreDeliverableRisk } from '../knowledge/core-deliverables';
import { getCriterion } from '../knowledge/models';
import { mentionsCoreDeliverable } from './additionality';
import { categoryTitle, relevanceFor } from '../knowledge/relevance';
import { GUIDANCE } from './guidance';
import { findNamed } from './named';
import { phraseSpans } from './spans';
import type { Analysis, Finding } from './types';

const MODEL_PREFIX: Record<string, string> = { 'ppn-06-20': 'ppn0620-', 'ppn-002': 'ppn002-', 'ppn-026': 'ppn026-' };

/** The criteria a question is about: the ones it names, else the classifier's, preferring the chosen model's. */
export function criteriaOfQuestion(a: Analysis): CriterionId[] {
  const named = findNamed(a.text, a.model);
  if (named.criterionIds.length > 0) return named.criterionIds;
  const known = a.classification.criterionIds.filter((id): id is CriterionId =>
    (CRITERION_IDS as readonly string[]).includes(id),
  );
  const prefix = MODEL_PREFIX[a.model];
  const own = prefix ? known.filter((id) => id.startsWith(prefix)) : [];
  return (own.length > 0 ? own : known).slice(0, 3);
}

export function checkRelevance(a: Analysis): Finding[] {
  const category = a.context.category;
  if (!category) {
    if (!a.classification.socialValue) return [];
    return [
      {
        checkId: 'relevance',
        severity: 'tip',
        message: 'Say what the contract buys (its category) to check the criteria are relevant to it.',
        reason:
          'Social value is only assessed where it relates to the subject of the contract and is proportionate to it.',
        guidance: GUIDANCE.proportionate,
        spans: [],
      },
    ];
  }
  const named = findNamed(a.text, a.model);
  const findings: Finding[] = [];
  // The additionality check already speaks when the wording itself names a core deliverable.
  const coreNamed = mentionsCoreDeliverable(a.text);
  for (const id of criteriaOfQuestion(a)) {
    const rel = relevanceFor(category, id);
    const criterion = getCriterion(id);
    const label = criterion ? `${criterion.code} ${criterion.title}` : id;
    const spans = named.criterionIds.includes(id) ? named.codeSpans : phraseSpans(a.text, a.classification.why);
    const risk = coreNamed ? null : coreDeliverableRisk(id, category);
    if (risk) {
      findings.push({
        checkId: 'relevance',
        severity: 'tip',
        message: `On a ${categoryTitle(category).toLowerCase()} contract, award criterion ${label} is easily answered with the core deliverable: ${risk.core}.`,
        reason: `That is scored in the quality questions already; ask for what goes beyond the specification, such as ${risk.beyond}.`,
        guidance: GUIDANCE.coreDeliverable,
        spans,
      });
    }
    if (rel.rating !== 'low') continue;
    findings.push({
      checkId: 'relevance',
      severity: 'warning',
      message: `Award criterion ${label} has little connection with a ${categoryTitle(category).toLowerCase()} contract.`,
      reason: `${rel.reason} Commitments the contract cannot deliver are hard to score and to enforce.`,
      guidance: GUIDANCE.relevanceMatrix,
      spans,
    });
  }
  return findings;
}
