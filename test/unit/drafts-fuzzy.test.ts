import { describe, expect, it } from 'vitest';
import { bestReattachment, questionSimilarity, rankQuestions, REATTACH_THRESHOLD } from '@/lib/drafts/fuzzy';

const original =
  'Q4.2 Describe how you will create employment and training opportunities for people in the local area.';

describe('fuzzy question matching', () => {
  it('scores identical wording (after normalising) as 1', () => {
    expect(
      questionSimilarity(
        original,
        'q4.2:   DESCRIBE how you will create employment and training opportunities for people in the local area',
      ),
    ).toBe(1);
  });

  it('re-attaches a slightly reworded question', () => {
    const reworded =
      'Q4.2 Please describe how you will create employment and training opportunities for people in the local area.';
    const score = questionSimilarity(original, reworded);
    expect(score).toBeGreaterThanOrEqual(REATTACH_THRESHOLD);
    expect(bestReattachment(reworded, [{ key: 'k1', question: original }])).toEqual({ key: 'k1', score });
  });

  it('does not re-attach a different question on the same tender', () => {
    const other = 'Q4.3 Describe how you will reduce greenhouse gas emissions during the contract.';
    expect(questionSimilarity(original, other)).toBeLessThan(0.5);
    expect(bestReattachment(other, [{ key: 'k1', question: original }])).toBeNull();
  });

  it('prefers the same question number and ranks best first', () => {
    const candidates = [
      {
        key: 'a',
        question: 'Q9 Describe how you will create employment and training opportunities for people locally.',
      },
      {
        key: 'b',
        question: 'Q4.2 Describe how you will create employment and training opportunities for people locally.',
      },
      { key: 'c', question: 'Describe your approach to cyber security.' },
    ];
    const ranked = rankQuestions(original, candidates, 0.5);
    expect(ranked.map((m) => m.key)).toEqual(['b', 'a']);
  });
});
