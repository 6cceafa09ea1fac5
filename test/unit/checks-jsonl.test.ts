import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkJsonLine } from '../../lib/checks/jsonl';
import { checkQuestion } from '../../lib/checks/index';
import { classifyQuestion } from '../../lib/classifier/index';

describe('check CLI lines (issue 11)', () => {
  it('gives one line per question with findings (check id, severity, message, reason, citation, spans) and the model with its reason', () => {
    const out = checkJsonLine(
      JSON.stringify({
        id: 'q1',
        text: 'This question is weighted at 5% of the total score.',
        context: { buyerType: 'central' },
      }),
      1,
    );
    expect(out && 'model' in out).toBe(true);
    if (!out || !('model' in out)) return;
    expect(out.id).toBe('q1');
    expect(out.model).toBe('ppn-002');
    expect(out.modelReason).toMatch(/PPN 002/);
    const w = out.findings.find((f) => f.checkId === 'weighting')!;
    expect(w.severity).toBe('error');
    expect(w.citation).toMatch(/PPN 002/);
    expect(w.spans[0]?.text).toBe('5%');
    expect(typeof w.reason).toBe('string');
  });
  it('malformed lines give an error line; blank lines are skipped', () => {
    expect(checkJsonLine('', 1)).toBeNull();
    expect(checkJsonLine('{oops', 2)).toMatchObject({ line: 2, id: null });
    expect(checkJsonLine('{"id":"x"}', 3)).toMatchObject({ line: 3, id: 'x', error: expect.stringMatching(/text/) });
    expect(checkJsonLine('{"id":"y","text":"t","context":{"buyerType":"martian"}}', 4)).toMatchObject({
      id: 'y',
      error: expect.stringMatching(/buyerType/),
    });
    expect(checkJsonLine('{"id":"z","text":"t","context":{"nonsense":1}}', 5)).toMatchObject({ id: 'z' });
  });
  it('overlay (classifier), checker and CLI agree on the model and its reason for the same text and context', () => {
    const cases = [
      { text: 'Describe your community benefits.', context: { portalHost: 'www.publiccontractsscotland.gov.uk' } },
      {
        text: 'Describe your social value commitments for this call-off.',
        context: { framework: 'G-Cloud 14', procurementDate: '2026-04-01' },
      },
      {
        text: 'Describe your social value commitments.',
        context: { procurementDate: '2027-06-01', contractValueGbp: 500_000 },
      },
      { text: 'Under PPN 026, describe your skills offer.', context: {} },
    ];
    for (const c of cases) {
      const overlay = classifyQuestion(c.text, c.context);
      const checker = checkQuestion(c.text, c.context);
      const cli = checkJsonLine(JSON.stringify({ id: 1, ...c }), 1);
      if (!cli || !('model' in cli)) throw new Error('cli failed');
      expect(checker.model).toBe(cli.model);
      expect(checker.modelReason).toBe(cli.modelReason);
      if (overlay.socialValue) {
        expect(overlay.model).toBe(cli.model);
        expect(overlay.modelReason).toBe(cli.modelReason);
      }
    }
  });
  it('the script streams a questionnaire and goes on after a bad line', () => {
    const input = [
      '{"id":"a","text":"Describe your social value offer. Weighting 10%."}',
      'garbage',
      '{"id":"b","text":"Describe your community benefits.","context":{"jurisdiction":"scotland"}}',
    ].join('\n');
    let stdout = '';
    try {
      stdout = execFileSync('node_modules/.bin/tsx', ['scripts/check.ts'], { input, encoding: 'utf8' });
    } catch (e) {
      stdout = (e as { stdout: string }).stdout; // exit code 1 when a line was malformed
    }
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[1].error).toBeDefined();
    expect(lines[2].model).toBe('scotland-community-benefits');
  }, 30_000);
});
