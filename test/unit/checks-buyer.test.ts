import { describe, expect, it } from 'vitest';
import { isBuyerAuthoringField } from '@/entrypoints/content/buyer';
import type { FieldDescription } from '@/entrypoints/content/find-fields';

const field = (id: string) => ({ id }) as Element;
const desc = (question: string, extra: Partial<FieldDescription> = {}): FieldDescription => ({
  question,
  hint: '',
  section: '',
  markupWords: null,
  markupChars: null,
  ...extra,
});
const AUTHORING = 'Further competition \n Write your social value questions';

describe('isBuyerAuthoringField: label and page context, not host', () => {
  it('accepts question slots on a social value authoring page', () => {
    expect(isBuyerAuthoringField(field('fc_question_1'), desc('Question 1'), AUTHORING)).toBe(true);
    expect(
      isBuyerAuthoringField(field('q'), desc('Enter your question'), 'Build your questionnaire: social value'),
    ).toBe(true);
    expect(isBuyerAuthoringField(field('fc_question_2'), desc(''), AUTHORING)).toBe(true);
  });
  it('rejects supplier answer fields, other fields and pages that are not about writing social value questions', () => {
    expect(isBuyerAuthoringField(field('answer'), desc('Your response to question 1'), AUTHORING)).toBe(false);
    expect(isBuyerAuthoringField(field('notes'), desc('Notes for your evaluation team'), AUTHORING)).toBe(false);
    expect(isBuyerAuthoringField(field('fc_question_1'), desc('Question 1'), 'Write your technical questions')).toBe(
      false,
    );
    expect(
      isBuyerAuthoringField(field('fc_question_1'), desc('Question 1'), 'Social value: answer the questions below'),
    ).toBe(false);
  });
  it('accepts social value named in the field context on a generic authoring page', () => {
    expect(
      isBuyerAuthoringField(
        field('fc_question_1'),
        desc('Question 1', { section: 'Social value (PPN 002)' }),
        'Write your questions',
      ),
    ).toBe(true);
  });
});
