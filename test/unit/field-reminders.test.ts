import { describe, expect, it } from 'vitest';
import { fieldReminders, STATUS_TEXT } from '@/lib/reminders/field';

const QUESTION = 'Describe how you will create and retain high quality jobs for people on this contract.';
const base = {
  question: QUESTION,
  model: 'ppn-002',
  criterionIds: ['ppn002-1a'],
  category: 'software' as const,
  text: '',
};

describe('side panel reminders for a focused field', () => {
  it("gives the model's evaluator points with their hedge and the category's examples with source and status", () => {
    const r = fieldReminders(base);
    expect(r.lookFor.length).toBeGreaterThan(3);
    expect(r.lookFor.some((p) => p.hedge === 'Reported in secondary sources')).toBe(true);
    expect(r.tech.examples.length).toBeGreaterThan(0);
    for (const e of r.tech.examples) {
      expect(e.source.length).toBeGreaterThan(5);
      expect(Object.values(STATUS_TEXT)).toContain(e.status);
    }
    expect(r.tech.caution).toMatch(/quality|core/i);
    expect(fieldReminders({ ...base, category: 'hardware' }).tech.examples[0]?.text).not.toBe(r.tech.examples[0]?.text);
    expect(r.evidence).toBeNull();
  });

  it('the core-delivery caution, from the UK model guide, is labelled for reference on Scottish and Welsh questions', () => {
    expect(fieldReminders(base).tech.cautionScope).toBeNull();
    expect(fieldReminders({ ...base, model: 'ppn-06-20' }).tech.cautionScope).toBeNull();
    for (const model of ['scotland-community-benefits', 'wales-wellbeing-goals', 'toms', 'ppn-026', null]) {
      expect(fieldReminders({ ...base, model }).tech.cautionScope, String(model)).toMatch(/for reference/);
    }
  });

  it('labels every PPN 026 point as reported and unverified', () => {
    const points = fieldReminders({ ...base, model: 'ppn-026' }).lookFor;
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.hedge).toBe('Reported model, unverified');
  });

  it('ticks the criteria reminder when the draft names the criterion, and lists hedges and legal minimums', () => {
    const criteria = fieldReminders(base).criteria;
    expect(criteria.length).toBe(1);
    const before = fieldReminders({ ...base, text: 'We will aim to hire 5 apprentices by March 2027.' }).evidence!;
    expect(before.checks.find((c) => c.id === 'criteria-named')?.met).toBe(false);
    expect(before.hedges.map((h) => h.toLowerCase())).toContain('aim to');
    const named = `For ${criteria[0]!.code} ${criteria[0]!.title}, we will hire 5 apprentices by March 2027 and pay suppliers within 30 days.`;
    const after = fieldReminders({ ...base, text: named }).evidence!;
    expect(after.checks.find((c) => c.id === 'criteria-named')?.met).toBe(true);
    expect(after.coverage.met).toBeGreaterThan(before.coverage.met);
    expect(after.notAdditional.length).toBeGreaterThan(0);
  });

  it('on a Digital Marketplace page gives the declaration notice and no coverage', () => {
    const r = fieldReminders({
      ...base,
      portalHost: 'www.digitalmarketplace.service.gov.uk',
      text: 'We will hire 5 apprentices by 2027.',
    });
    expect(r.declaration).toBe(true);
    expect(r.notices.map((n) => n.id)).toContain('dm-declaration');
    expect(r.evidence).toBeNull();
    const elsewhere = fieldReminders({
      ...base,
      portalHost: 'www.publiccontractsscotland.gov.uk',
      text: 'We will hire 5 apprentices by 2027.',
    });
    expect(elsewhere.declaration).toBe(false);
    expect(elsewhere.evidence?.coverage.label).toBe('Checklist coverage');
  });

  it('gives the PCR framework call-off notice when the question names G-Cloud 14', () => {
    const r = fieldReminders({ ...base, question: `${QUESTION} This is a call-off under G-Cloud 14.` });
    expect(r.notices.map((n) => n.id)).toContain('pcr-framework-call-off');
  });

  it('gives no evaluator points for a field with no known model', () => {
    expect(fieldReminders({ ...base, model: null }).lookFor).toEqual([]);
  });
});
