/**
 * What the side panel adds under a focused social value field, beyond its theme and criteria (issue 21): what
 * evaluators look for under the field's model (hedged where the source is secondary or our own), the framework
 * notices that apply on the portal (Digital Marketplace declaration; PCR 2015 framework call-offs), technology
 * examples for the user's category, and the evidence reminders for the draft shaped by the question's criteria.
 * On a Digital Marketplace page the social value answer is a pass/fail declaration, so no checklist coverage is
 * given there. Pure: no DOM, no browser.
 */
import { decideModel } from '../classifier/model';
import { analyseEvidence, type EvidenceReport } from './answer';
import { evaluatorLookFor, type LookForPoint } from '../knowledge/evaluators';
import type { FrameworkNotice } from '../knowledge/frameworks';
import { isSourcedCentralModel, MODEL_IDS, type CategoryId, type ModelId } from '../knowledge/ids';
import { criteriaForEvidence } from '../knowledge/models';
import { formatSource } from '../knowledge/sources';
import { techExamplesFor } from '../knowledge/tech-examples';

export interface FieldReminderInput {
  question: string;
  /** The model the field's classification chose (null when not social value). */
  model: string | null;
  criterionIds: readonly string[];
  /** The portal page's host name, e.g. "www.digitalmarketplace.service.gov.uk". */
  portalHost?: string;
  category: CategoryId;
  /** The user's draft. */
  text: string;
  needsBaseline?: boolean;
}

export interface TechExampleView {
  text: string;
  answers: string;
  source: string;
  status: string;
}

export interface FieldReminders {
  lookFor: LookForPoint[];
  notices: FrameworkNotice[];
  /** True on a Digital Marketplace page: the answer is a pass/fail declaration, not a scored text. */
  declaration: boolean;
  tech: {
    examples: TechExampleView[];
    caution: string;
    cautionSource: string;
    /**
     * Set when the question is not under one of the UK central models the caution's source covers (Scottish, Welsh,
     * Northern Irish, TOMs or unknown): the caution is then the UK guide's principle, shown for reference only.
     */
    cautionScope: string | null;
  };
  /** Null when the draft is empty or the answer is a declaration. */
  evidence: EvidenceReport | null;
  /** The criteria the draft is checked for naming. */
  criteria: { code: string; title: string }[];
}

/** How a verification status reads in the panel. */
export const STATUS_TEXT: Readonly<Record<string, string>> = {
  verified: 'read in the primary source',
  secondary: 'reported in secondary sources',
  unconfirmed: 'our suggestion, not confirmed',
};

const isModel = (m: string | null): m is ModelId => m !== null && (MODEL_IDS as readonly string[]).includes(m);

export function fieldReminders(input: FieldReminderInput): FieldReminders {
  const model = isModel(input.model) ? input.model : null;
  const notices = decideModel(input.question, { portalHost: input.portalHost }).notices;
  const declaration = notices.some((n) => n.id === 'dm-declaration');
  const criteria = criteriaForEvidence(input.criterionIds, model);
  const tech = techExamplesFor(input.category);
  return {
    lookFor: model ? evaluatorLookFor(model) : [],
    notices,
    declaration,
    tech: {
      examples: tech.examples.map((e) => ({
        text: e.text,
        answers: e.answers.join(', '),
        source: formatSource(e.source),
        status: STATUS_TEXT[e.verification] ?? e.verification,
      })),
      caution: tech.caution,
      cautionSource: formatSource(tech.cautionSource),
      cautionScope: isSourcedCentralModel(model)
        ? null
        : "a principle of the UK Social Value Model guide, for reference: this question's own rules were not checked for it",
    },
    evidence:
      declaration || !input.text.trim()
        ? null
        : analyseEvidence(input.text, { criteria, needsBaseline: input.needsBaseline }),
    criteria,
  };
}
