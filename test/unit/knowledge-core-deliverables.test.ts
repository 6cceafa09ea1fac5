import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../lib/checks';
import { CORE_DELIVERABLE_RISKS, coreDeliverableRisk } from '../../lib/knowledge/core-deliverables';
import { CRITERION_IDS } from '../../lib/knowledge/ids';
import { relevanceFor } from '../../lib/knowledge/relevance';

describe('core deliverables are not rated as high social value levers (audit M5)', () => {
  it('no longer rates the core deliverable "high" for 3.2 software, 3.3 digital/software/cloud, 3.5 cloud/software, 8.1 software/digital', () => {
    const cells = [
      ['software', 'ppn0620-3.2'],
      ['digital-services', 'ppn0620-3.3'],
      ['software', 'ppn0620-3.3'],
      ['cloud', 'ppn0620-3.3'],
      ['cloud', 'ppn0620-3.5'],
      ['software', 'ppn0620-3.5'],
      ['software', 'ppn0620-8.1'],
      ['digital-services', 'ppn0620-8.1'],
    ] as const;
    for (const [cat, id] of cells) {
      const rel = relevanceFor(cat, id);
      expect(rel.rating, `${cat} ${id}`).not.toBe('high');
      expect(rel.reason, `${cat} ${id}`).toMatch(/core|requirement|beyond|scored in quality/i);
    }
  });

  it('every risk names a real criterion, the guide section, and what goes beyond', () => {
    for (const r of CORE_DELIVERABLE_RISKS) {
      expect(CRITERION_IDS).toContain(r.criterionId);
      expect(r.source.section).toMatch(/core deliverables/);
      expect(r.beyond.length).toBeGreaterThan(20);
    }
    expect(coreDeliverableRisk('ppn0620-3.3', 'hardware')).not.toBeNull();
    expect(coreDeliverableRisk('ppn0620-8.1', 'hardware')).toBeNull();
    expect(coreDeliverableRisk('ppn0620-2.2', 'software')).toBeNull();
  });

  it('the buyer checker warns about double counting when a tech contract asks for 3.3 by code', () => {
    const q =
      'Describe how you will deliver MAC 3.3 Influence the development of scalable and future-proofed new methods to modernise delivery and increase productivity. Maximum 500 words. Weighting 10%.';
    const r = checkQuestion(q, { category: 'digital-services', buyerType: 'central' });
    const f = r.findings.find((x) => x.checkId === 'relevance' && /core deliverable/.test(x.message));
    expect(f?.severity).toBe('tip');
    expect(f?.reason).toMatch(/beyond the specification/);
    const none = checkQuestion(q, { buyerType: 'central' });
    expect(none.findings.some((x) => /core deliverable/.test(x.message) && x.checkId === 'relevance')).toBe(false);
  });

  it('does not repeat the additionality tip when the wording names the core deliverable itself', () => {
    const q = 'MAC 3.5: describe your cyber security measures for this contract. Maximum 300 words.';
    const r = checkQuestion(q, { category: 'cloud', buyerType: 'central' });
    const tips = r.findings.filter((x) => /core deliverable/i.test(x.message));
    expect(tips).toHaveLength(1);
    expect(tips[0]?.checkId).toBe('additionality');
  });
});
