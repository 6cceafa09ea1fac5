import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../lib/checks';
import { checkJsonLine } from '../../lib/checks/jsonl';
import { classifyQuestion } from '../../lib/classifier';
import { decideModel } from '../../lib/classifier/model';
import { DM_DECLARATION, isDigitalMarketplaceHost, PCR_FRAMEWORK_CALL_OFF } from '../../lib/knowledge/frameworks';

const DM = 'www.digitalmarketplace.service.gov.uk';

describe('Digital Marketplace declaration and framework call-off notices (audit M1, 3.7)', () => {
  it('recognises the Digital Marketplace host only', () => {
    expect(isDigitalMarketplaceHost(DM)).toBe(true);
    expect(isDigitalMarketplaceHost('digitalmarketplace.service.gov.uk')).toBe(true);
    expect(isDigitalMarketplaceHost('digitalmarketplace.service.gov.uk.evil.example')).toBe(false);
    expect(isDigitalMarketplaceHost(undefined)).toBe(false);
  });

  it('on the Digital Marketplace the decision carries the declaration notice and says so in its reason', () => {
    const d = decideModel('Select the social value measures your service offers.', { portalHost: DM });
    expect(d.notices).toContain(DM_DECLARATION);
    expect(d.reason).toMatch(/pass\/fail declaration/);
    expect(DM_DECLARATION.verification).toBe('secondary');
  });

  it('a G-Cloud 14 or DOS6 call-off carries the PPN 06/20 notice; G-Cloud 15 does not', () => {
    const g14 = decideModel('Describe your social value commitments.', {
      framework: 'G-Cloud 14',
      procurementDate: '2026-06-01',
    });
    expect(g14.model).toBe('ppn-06-20');
    expect(g14.notices).toContain(PCR_FRAMEWORK_CALL_OFF);
    const dos6 = decideModel('Social value for this DOS6 call-off.', {});
    expect(dos6.notices.map((n) => n.id)).toEqual(['pcr-framework-call-off']);
    const g15 = decideModel('Describe your social value commitments.', { framework: 'G-Cloud 15' });
    expect(g15.model).toBe('ppn-002');
    expect(g15.notices).toEqual([]);
    expect(decideModel('Describe your social value commitments.').notices).toEqual([]);
  });

  it('the overlay (classifier), the checker and the CLI agree on the model and reason with the notice', () => {
    const text = 'Describe the social value you will deliver. Maximum 50 words.';
    const ctx = { portalHost: DM, section: 'Social value' };
    const c = classifyQuestion(text, ctx);
    const r = checkQuestion(text, ctx);
    const line = checkJsonLine(JSON.stringify({ id: 'q', text, context: ctx }), 1);
    expect(c.modelReason).toBe(r.modelReason);
    if (!line || 'error' in line) throw new Error('bad line');
    expect(line.modelReason).toBe(r.modelReason);
    expect(line.notices).toEqual([{ id: 'dm-declaration', title: DM_DECLARATION.title }]);
  });

  it('short Digital Marketplace fields are not flagged as too-short answer limits', () => {
    const text = 'Describe the social value you will deliver. Maximum 50 words.';
    expect(checkQuestion(text).findings.some((f) => f.checkId === 'limit')).toBe(true);
    expect(checkQuestion(text, { portalHost: DM }).findings.some((f) => f.checkId === 'limit')).toBe(false);
  });
});
