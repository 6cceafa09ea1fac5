/**
 * Award criteria where, on a technology contract, the obvious answer is the contract's own core deliverable (audit M5):
 * product innovation (3.2), modernising delivery (3.3), cyber security (3.5), user research and co-design (8.1).
 * Social value is distinct from the core deliverables (PPN 06/20 guide, section 1) and is not scored twice; only what
 * goes beyond the specification counts. Our words; the principle is verified from the guide's contents, the
 * per-criterion examples are our own judgement.
 */
import type { CategoryId, CriterionId, Verification } from './ids';
import type { Source } from './schema';
import { SRC, at } from './sources';

export interface CoreDeliverableRisk {
  criterionId: CriterionId;
  /** What on a technology contract is already the work itself. */
  core: string;
  /** What would go beyond it, in our words. */
  beyond: string;
  /** The categories where this is the core deliverable (all technology categories when absent). */
  categories?: readonly CategoryId[];
  source: Source;
  verification: Verification;
}

const GUIDE = at(SRC.ppn0620Guide, 'Section 1 (social value as distinct from core deliverables)');

export const CORE_DELIVERABLE_RISKS: readonly CoreDeliverableRisk[] = [
  {
    criterionId: 'ppn0620-3.2',
    core: 'product or service innovation the contract already buys',
    beyond:
      'an improvement beyond the specification with a measured benefit, or innovation shared with SMEs and other public bodies',
    categories: ['software', 'cloud', 'digital-services', 'managed-services'],
    source: GUIDE,
    verification: 'verified',
  },
  {
    criterionId: 'ppn0620-3.3',
    core: 'modernising the service or platform, which is the work itself',
    beyond: "reusable open components for other public bodies, and skills handed over to the buyer's own staff",
    source: GUIDE,
    verification: 'verified',
  },
  {
    criterionId: 'ppn0620-3.5',
    core: 'secure development and operation, which the contract and often Cyber Essentials already require',
    beyond: 'helping SME suppliers or local organisations reach a recognised cyber standard',
    source: GUIDE,
    verification: 'verified',
  },
  {
    criterionId: 'ppn0620-8.1',
    core: 'user research and co-design, which the Service Standard expects of any digital service',
    beyond:
      "involving excluded groups beyond the service's own users, with results shared, or building community digital capability",
    categories: ['software', 'digital-services', 'managed-services'],
    source: GUIDE,
    verification: 'verified',
  },
];

/** The core-deliverable risk for a criterion on a category's contract, or null. */
export function coreDeliverableRisk(criterionId: string, category?: CategoryId): CoreDeliverableRisk | null {
  const risk = CORE_DELIVERABLE_RISKS.find((r) => r.criterionId === criterionId);
  if (!risk) return null;
  if (category && risk.categories && !risk.categories.includes(category)) return null;
  return risk;
}
