import { describe, expect, it } from 'vitest';
import { checkQuestion, checkWeighting, analyse, suggestRewrite } from '../../lib/checks/index';
import type { CheckContext } from '../../lib/checks/index';

const weighting = (text: string, context: CheckContext = {}) => checkWeighting(analyse(text, context));

describe('weighting against the audit (issue 11)', () => {
  it('H2: a council question at 5% gets advice, not an error; the fallback model does not bind', () => {
    const text = 'The Council will weight social value at 5% of the total score. Describe your commitments.';
    const [f] = weighting(text);
    expect(f?.severity).toBe('tip');
    expect(f?.reason).toMatch(/binds in-scope central government/);
    expect(weighting('Weighted at 5% of the total score.', { buyerType: 'nhs' })[0]?.severity).toBe('tip');
    expect(weighting('Weighted at 5% of the total score.', {})[0]?.severity).toBe('tip');
    expect(weighting('Weighted at 5% of the total score.', { buyerType: 'central' })[0]?.severity).toBe('error');
  });
  it('H2: no central minimum in Scotland or Wales', () => {
    expect(
      weighting('Weighted at 5% of the total score.', { jurisdiction: 'scotland', buyerType: 'devolved' }),
    ).toEqual([]);
    expect(weighting('Weighted at 5% of the total score.', { jurisdiction: 'wales', buyerType: 'devolved' })).toEqual(
      [],
    );
  });
  it("M9: Northern Ireland's own 10% of the total award criteria", () => {
    const [f] = weighting('Weighted at 5% of the total score.', {
      portalHost: 'etendersni.gov.uk',
      buyerType: 'devolved',
    });
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/Northern Ireland PPN 01\/21/);
    expect(f?.guidance.citation).toMatch(/PPN 01\/21/);
  });
  it('M12: "% of the quality score" told apart from % of the total; 0% explained as allowed where justified', () => {
    const [q] = weighting('Social value is weighted at 5% of the quality score.', { buyerType: 'central' });
    expect(q?.severity).toBe('tip');
    expect(q?.message).toMatch(/of the quality score, not of the total/);
    const [z] = weighting('x', { weightingPercent: 0 });
    expect(z?.reason).toMatch(/allowed where no relevant and proportionate/);
    expect(z?.severity).toBe('tip');
  });
  it('H4: the rewrite never takes a weighting or a model label from PPN 026', () => {
    const r = suggestRewrite('Under PPN 026, tell us about skills. Weighting 5%.', { contractValueGbp: 6_000_000 });
    expect(r.text).not.toMatch(/PPN 026/);
    expect(r.weightingPercent).toBe(5);
    const later = suggestRewrite('Tell us about skills. Weighting 5%.', {
      procurementDate: '2027-02-01',
      contractValueGbp: 500_000,
    });
    expect(later.text).not.toMatch(/PPN 026/);
    expect(later.notes.join(' ')).not.toMatch(/PPN 026/);
  });
  it('H1: a 2027 procurement under £1m is PPN 002 with a reason, and no finding mentions PPN 026', () => {
    const r = checkQuestion('Describe your social value commitments. Weighting 10%.', {
      procurementDate: '2027-02-01',
      contractValueGbp: 800_000,
    });
    expect(r.model).toBe('ppn-002');
    expect(r.modelReason).toMatch(/Procurement Act 2023/);
    expect(JSON.stringify(r.findings)).not.toMatch(/PPN 026/);
  });
});

import { findNamed } from '../../lib/checks/named';

describe('outcome and award-criteria findings (issue 11)', () => {
  const outcomeFindings = (text: string, context: CheckContext = {}) =>
    checkQuestion(text, context).findings.filter((f) => f.checkId === 'outcome-criteria');
  it('H5: none on Scottish community benefit, Welsh, Northern Irish, TOMs or PPN 026 questions', () => {
    expect(
      outcomeFindings(
        'Describe the community benefits you will deliver, as required by the Procurement Reform (Scotland) Act 2014.',
      ),
    ).toEqual([]);
    expect(
      outcomeFindings(
        'How will your offer contribute to the well-being goals of the Well-being of Future Generations (Wales) Act 2015?',
      ),
    ).toEqual([]);
    expect(outcomeFindings('Describe your social value offer.', { portalHost: 'etendersni.gov.uk' })).toEqual([]);
    expect(outcomeFindings('Complete the National TOMs measures for this contract.')).toEqual([]);
    expect(outcomeFindings('Under PPN 026, describe your social value offer.')).toEqual([]);
    expect(outcomeFindings('Describe your social value offer.', { buyerType: 'central' }).length).toBeGreaterThan(0);
  });
  it('M2: the official 2020 outcome titles are recognised as written; a bare "health and wellbeing" is not Outcome 7', () => {
    const official =
      'Theme 2: Tackling economic inequality. Policy outcome: Create new businesses, new jobs and new skills. Using a maximum of 500 words, describe the commitment your organisation will make to ensure that opportunities under the contract deliver the Policy Outcome and Award Criteria. Weighting 10%.';
    expect(findNamed(official, 'ppn-06-20').outcomeIds).toContain('ppn0620-o2');
    const r = checkQuestion(official, { procurementDate: '2024-05-01' });
    expect(r.model).toBe('ppn-06-20');
    expect(r.findings.some((f) => f.checkId === 'outcome-criteria' && f.severity === 'error')).toBe(false);
    expect(findNamed('Effective stewardship of the environment', 'ppn-06-20').outcomeIds).toEqual(['ppn0620-o4']);
    expect(
      findNamed('Help local communities to manage and recover from the impact of COVID-19', 'ppn-06-20').outcomeIds,
    ).toEqual(['ppn0620-o1']);
    expect(findNamed('We care about staff health and wellbeing.', 'ppn-06-20').outcomeIds).toEqual([]);
    expect(findNamed('Improve health and wellbeing', 'ppn-06-20').outcomeIds).toEqual(['ppn0620-o7']);
  });
  it('M10: a "target operating model" question stays on the central model', () => {
    const r = checkQuestion(
      'Describe how your target operating model (TOM) will deliver social value on this contract.',
    );
    expect(r.model).toBe('ppn-002');
  });
});

describe('buyer checks the audit asked for (issue 11)', () => {
  const ids = (text: string, context: CheckContext = {}) => checkQuestion(text, context).findings.map((f) => f.checkId);
  it('M4: legal minimums (30-day payment, National Living Wage, Carbon Reduction Plan) are flagged with the statute cited', () => {
    const r = checkQuestion('Describe how you will pay all invoices within 30 days and pay the National Living Wage.');
    const adds = r.findings.filter((f) => f.checkId === 'additionality');
    expect(adds.length).toBe(2);
    expect(adds[0]!.guidance.citation).toMatch(/Procurement Act 2023, 2023, Section 68/);
    expect(
      ids('Describe how you will pay SME subcontractors within 10 days rather than 30 days of invoice.'),
    ).not.toContain('additionality');
    expect(ids('Will you pay the real Living Wage?')).not.toContain('additionality');
    expect(ids('Provide your Carbon Reduction Plan.')).toContain('additionality');
  });
  it('M5: core technology deliverables (security, user research) flagged as double counting with quality', () => {
    const f = checkQuestion('Describe how your cyber security and user research will add social value.').findings.find(
      (x) => x.checkId === 'additionality',
    );
    expect(f?.severity).toBe('tip');
    expect(f?.guidance.citation).toMatch(/core deliverables/);
  });
  it('M11: the scoring check cites PA 2023 s.23 for Act procurements', () => {
    const f = checkQuestion('Describe your commitments.', { procurementDate: '2025-06-01' }).findings.find(
      (x) => x.checkId === 'scoring',
    );
    expect(f?.guidance.citation).toMatch(/Procurement Act 2023.*23/);
  });
  it('section 6: local eligibility (equal treatment) and monetised proxies under a central model', () => {
    expect(ids('Suppliers must be based in Kent. Describe local jobs you will create.')).toContain('local-eligibility');
    expect(ids('Describe the jobs you will create in Kent.')).not.toContain('local-eligibility');
    expect(ids('State the SROI of your offer.', { procurementDate: '2025-06-01' })).toContain('proxy-values');
    expect(ids('State the proxy value of your offer using the National TOMs.')).not.toContain('proxy-values');
  });
});
