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
    expect(weighting('Weighted at 5% of the total score.', { jurisdiction: 'scotland', buyerType: 'devolved' })).toEqual([]);
    expect(weighting('Weighted at 5% of the total score.', { jurisdiction: 'wales', buyerType: 'devolved' })).toEqual([]);
  });
  it("M9: Northern Ireland's own 10% of the total award criteria", () => {
    const [f] = weighting('Weighted at 5% of the total score.', { portalHost: 'etendersni.gov.uk', buyerType: 'devolved' });
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
    const later = suggestRewrite('Tell us about skills. Weighting 5%.', { procurementDate: '2027-02-01', contractValueGbp: 500_000 });
    expect(later.text).not.toMatch(/PPN 026/);
    expect(later.notes.join(' ')).not.toMatch(/PPN 026/);
  });
  it('H1: a 2027 procurement under £1m is PPN 002 with a reason, and no finding mentions PPN 026', () => {
    const r = checkQuestion('Describe your social value commitments. Weighting 10%.', { procurementDate: '2027-02-01', contractValueGbp: 800_000 });
    expect(r.model).toBe('ppn-002');
    expect(r.modelReason).toMatch(/Procurement Act 2023/);
    expect(JSON.stringify(r.findings)).not.toMatch(/PPN 026/);
  });
});
