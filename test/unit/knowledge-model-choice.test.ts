import { describe, expect, it } from 'vitest';
import { chooseModel, decideModel, modelForDate } from '../../lib/classifier/model';

describe('model choice from evidence (issue 11)', () => {
  it('H1: never PPN 026 from a date or value; only when the text names it, labelled reported, unverified', () => {
    expect(modelForDate('2027-01-01')).toBe('ppn-002');
    expect(modelForDate('2030-06-01')).toBe('ppn-002');
    const d = decideModel('Describe your social value commitments.', { procurementDate: '2027-03-01' });
    expect(d.model).toBe('ppn-002');
    expect(d.unverified).toBe(false);
    const named = decideModel('In line with PPN 026, describe your commitments.', {});
    expect(named.model).toBe('ppn-026');
    expect(named.unverified).toBe(true);
    expect(named.reason).toContain('reported, unverified');
  });

  it('M1: the regime decides; a call-off under G-Cloud 14 or DOS6 stays on PPN 06/20 whatever the date', () => {
    const g14 = decideModel('Describe your social value commitments for this call-off.', {
      procurementDate: '2026-05-01',
      tenderTitle: 'Hosting, G-Cloud 14 call-off',
    });
    expect(g14.model).toBe('ppn-06-20');
    expect(g14.regime).toBe('pcr-2015');
    expect(g14.reason).toContain('Public Contracts Regulations 2015');
    expect(decideModel('x', { framework: 'DOS6', procurementDate: '2026-01-10' }).model).toBe('ppn-06-20');
    expect(decideModel('x', { framework: 'G-Cloud 15', procurementDate: '2026-01-10' }).model).toBe('ppn-002');
    expect(decideModel('x', { procurementDate: '2025-02-23' }).regime).toBe('pcr-2015');
    expect(decideModel('x', { procurementDate: '2025-02-24' }).regime).toBe('pa-2023');
  });

  it('M9: jurisdiction from the portal and the text', () => {
    expect(
      decideModel('Describe your community benefits.', { portalHost: 'www.publiccontractsscotland.gov.uk' })
        .jurisdiction,
    ).toBe('scotland');
    expect(
      decideModel('Describe your social value offer.', { portalHost: 'www.publiccontractsscotland.gov.uk' }).model,
    ).toBe('scotland-community-benefits');
    expect(decideModel('Describe your social value offer.', { portalHost: 'www.sell2wales.gov.wales' }).model).toBe(
      'wales-wellbeing-goals',
    );
    const ni = decideModel('Describe your social value offer.', { portalHost: 'etendersni.gov.uk' });
    expect(ni.jurisdiction).toBe('northern-ireland');
    expect(ni.reason).toContain('PPN 01/21');
  });

  it('buyer type from the context or the text', () => {
    expect(decideModel('The Council asks how you will support local jobs.').buyerType).toBe('local');
    expect(decideModel('x', { buyerType: 'central' }).buyerType).toBe('central');
    expect(decideModel('NHS trust question').buyerType).toBe('nhs');
    expect(decideModel('Describe your social value offer.').buyerType).toBe('unknown');
  });

  it('M10: a bare "TOM"/"TOMs" is a target operating model, not National TOMs', () => {
    expect(chooseModel('Describe how your target operating model (TOM) will support the service.').model).not.toBe(
      'toms',
    );
    expect(chooseModel('Describe the TOMs for each service line.').model).not.toBe('toms');
    expect(chooseModel('Complete the National TOMs measures.').model).toBe('toms');
    expect(chooseModel('Complete the TOMs social value measures.').model).toBe('toms');
  });
});
