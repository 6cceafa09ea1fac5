import { describe, expect, it } from 'vitest';
import { draftKey, normaliseQuestion, questionFingerprint, questionNumber } from '@/lib/draft-key';

describe('draft identity', () => {
  it('ignores case, punctuation, spacing and the leading question number', () => {
    expect(normaliseQuestion('Q3.2  Describe your   commitment, please!')).toBe('describe your commitment please');
    expect(normaliseQuestion('4.1) Describe your commitment please')).toBe('describe your commitment please');
  });

  it('reads the question number', () => {
    expect(questionNumber('Q3.2 Describe')).toBe('3.2');
    expect(questionNumber('Question 7: Describe')).toBe('7');
    expect(questionNumber('Describe your approach')).toBeNull();
  });

  it('gives the same key after a re-render that changes whitespace or markup text', () => {
    const a = draftKey({ portalId: 'jaggaer', tenderRef: 'itt_1', path: '/a', question: 'SV1. Describe  how you will create jobs.' });
    const b = draftKey({ portalId: 'jaggaer', tenderRef: 'itt_1', path: '/b?x=1', question: 'SV1. describe how you will create jobs' });
    expect(a).toBe(b);
  });

  it('tells different questions, tenders and portals apart', () => {
    const base = { portalId: 'jaggaer', tenderRef: 'itt_1', path: '/', question: 'Describe how you will create jobs.' };
    const keys = new Set([
      draftKey(base),
      draftKey({ ...base, question: 'Describe how you will reduce emissions.' }),
      draftKey({ ...base, tenderRef: 'itt_2' }),
      draftKey({ ...base, portalId: 'delta' }),
    ]);
    expect(keys.size).toBe(4);
  });

  it('falls back to the URL path, without query or fragment, when the page shows no tender reference', () => {
    const key = draftKey({ portalId: 'delta', tenderRef: null, path: '/respond/77/?session=abc#top', question: 'Q' });
    expect(key.startsWith('delta|path:/respond/77|')).toBe(true);
    expect(questionFingerprint('Q1 Same words')).toBe(questionFingerprint('Q1 same   words.'));
  });
});
