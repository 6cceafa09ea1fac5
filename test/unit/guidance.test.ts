import { describe, expect, it } from 'vitest';
import { buildGuidance, themeTitle } from '@/lib/guidance/build';
import { classifyQuestion } from '@/lib/classifier';
import { parseSettings } from '@/lib/settings';

const question =
  'Describe how you will create apprenticeships and jobs for local people who face barriers to work on this contract.';

describe('guidance for a classified question', () => {
  it('names the theme, the model criteria and what evaluators look for', () => {
    const guidance = buildGuidance(classifyQuestion(question), 'software');
    expect(guidance.theme).toBe(themeTitle('economic-inequality'));
    expect(guidance.criteria.length).toBeGreaterThan(0);
    expect(guidance.criterionLookFor?.points.length).toBeGreaterThanOrEqual(3);
    expect(guidance.lookFor.map((p) => p.title)).toContain('Method statement and timed project plan');
    expect(guidance.relevance?.provenance).toMatch(/own assessment/);
  });

  it('lists PPN 06/20 criteria under a Scottish community benefits question only as the nearest, for reference', () => {
    const scottish =
      'Describe the community benefits you will deliver under this contract, including targeted recruitment and training for people from priority groups, as required under section 25 of the Procurement Reform (Scotland) Act 2014.';
    const classification = classifyQuestion(scottish, { portalHost: 'www.publiccontractsscotland.gov.uk' });
    expect(classification.model).not.toBe('ppn-06-20');
    expect(classification.criterionIds.some((id) => id.startsWith('ppn0620-'))).toBe(true);
    const guidance = buildGuidance(classification, 'software');
    expect(guidance.criteria.every((c) => !c.id.startsWith('ppn0620-'))).toBe(true);
    expect(guidance.equivalents.some((e) => e.startsWith('PPN 06/20'))).toBe(true);
  });

  it('uses the team’s rating where it overrides ours, and says so', () => {
    const classification = classifyQuestion(question);
    const ours = buildGuidance(classification, 'hardware');
    const overrides = Object.fromEntries(
      classification.criterionIds.map((id) => [id, { rating: 'low' as const, reason: 'Not our lever.' }]),
    );
    const theirs = buildGuidance(classification, 'hardware', { hardware: overrides });
    expect(theirs.relevance).toMatchObject({ rating: 'low', reason: 'Not our lever.', overridden: true });
    expect(theirs.relevance?.provenance).toMatch(/you or your team/);
    expect(ours.relevance?.overridden).toBe(false);
  });

  it('settings keep valid rating overrides and drop malformed ones', () => {
    expect(
      parseSettings({ relevanceOverrides: { cloud: { 'ppn0620-4.1': { rating: 'high' } } } }).relevanceOverrides,
    ).toEqual({
      cloud: { 'ppn0620-4.1': { rating: 'high' } },
    });
    expect(
      parseSettings({ relevanceOverrides: { cloud: { 'ppn0620-4.1': { rating: 'vital' } } } }).relevanceOverrides,
    ).toEqual({});
  });
});
