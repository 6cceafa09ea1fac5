import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../lib/checks';
import { checkJsonLine } from '../../lib/checks/jsonl';
import { EMPTY_RULES, rulesContext } from '../../components/QuestionCheckerRules';

const COUNCIL =
  'Describe the social value your organisation will deliver for residents of the borough through this contract. Maximum 500 words. Social value is weighted at 5% of the total score.';

describe('checker rules answers (buyer type, regime, jurisdiction) feed the decision', () => {
  it('maps answers to context, leaving out what was not said', () => {
    expect(rulesContext(EMPTY_RULES)).toEqual({});
    expect(rulesContext({ buyerType: 'local', regime: 'pa-2023', framework: 'x', jurisdiction: 'england' })).toEqual({
      buyerType: 'local',
      regime: 'pa-2023',
      jurisdiction: 'uk-central',
      jurisdictionStated: true,
    });
    expect(rulesContext({ ...EMPTY_RULES, regime: 'framework', framework: ' G-Cloud 14 ' })).toEqual({
      framework: 'G-Cloud 14',
    });
    expect(rulesContext({ ...EMPTY_RULES, regime: 'framework', framework: '  ' })).toEqual({});
  });

  it('a council at 5% gets no weighting error; the same question from a central department does', () => {
    const local = checkQuestion(COUNCIL, rulesContext({ ...EMPTY_RULES, buyerType: 'local' }));
    expect(local.decision.buyerType).toBe('local');
    expect(local.findings.filter((f) => f.checkId === 'weighting' && f.severity === 'error')).toEqual([]);
    const central = checkQuestion(COUNCIL, rulesContext({ ...EMPTY_RULES, buyerType: 'central' }));
    expect(central.findings.some((f) => f.checkId === 'weighting' && f.severity === 'error')).toBe(true);
  });

  it('the stated regime picks the model with its reason; a stated jurisdiction wins over the wording', () => {
    const pcr = checkQuestion(COUNCIL, rulesContext({ ...EMPTY_RULES, regime: 'pcr-2015' }));
    expect(pcr.model).toBe('ppn-06-20');
    expect(pcr.modelReason).toMatch(/you said the procurement started before 24 February 2025/);
    const fw = checkQuestion(COUNCIL, rulesContext({ ...EMPTY_RULES, regime: 'framework', framework: 'DOS6' }));
    expect(fw.model).toBe('ppn-06-20');
    expect(fw.decision.notices.map((n) => n.id)).toContain('pcr-framework-call-off');
    const scot = checkQuestion(COUNCIL, rulesContext({ ...EMPTY_RULES, jurisdiction: 'scotland' }));
    expect(scot.model).toBe('scotland-community-benefits');
    const eng = checkQuestion(
      'Community benefit requirements for this Scottish Government contract.',
      rulesContext({ ...EMPTY_RULES, jurisdiction: 'england' }),
    );
    expect(eng.decision.jurisdiction).toBe('uk-central');
  });

  it('the checker page and the CLI agree on the model and reason for the same answers', () => {
    const ctx = rulesContext({ buyerType: 'local', regime: 'pa-2023', framework: '', jurisdiction: 'england' });
    const page = checkQuestion(COUNCIL, ctx);
    const cli = checkJsonLine(JSON.stringify({ id: 1, text: COUNCIL, context: ctx }), 1);
    if (!cli || 'error' in cli) throw new Error('bad line');
    expect(cli.model).toBe(page.model);
    expect(cli.modelReason).toBe(page.modelReason);
    expect(cli.buyerType).toBe('local');
  });
});
