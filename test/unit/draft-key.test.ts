import { describe, expect, it } from 'vitest';
import {
  LEGACY_ORIGIN,
  draftKey,
  normaliseQuestion,
  parseDraftKey,
  questionFingerprint,
  questionNumber,
} from '@/lib/drafts/key';

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
    const a = draftKey({
      portalId: 'jaggaer',
      origin: 'https://acme.bravosolution.co.uk',
      tenderRef: 'itt_1',
      path: '/a',
      question: 'SV1. Describe  how you will create jobs.',
    });
    const b = draftKey({
      portalId: 'jaggaer',
      origin: 'https://acme.bravosolution.co.uk',
      tenderRef: 'itt_1',
      path: '/b?x=1',
      question: 'SV1. describe how you will create jobs',
    });
    expect(a).toBe(b);
  });

  it('tells different questions, tenders and portals apart', () => {
    const base = {
      portalId: 'jaggaer',
      origin: 'https://acme.bravosolution.co.uk',
      tenderRef: 'itt_1',
      path: '/',
      question: 'Describe how you will create jobs.',
    };
    const keys = new Set([
      draftKey(base),
      draftKey({ ...base, question: 'Describe how you will reduce emissions.' }),
      draftKey({ ...base, tenderRef: 'itt_2' }),
      draftKey({ ...base, portalId: 'delta' }),
    ]);
    expect(keys.size).toBe(4);
  });

  it('falls back to the URL path, without query or fragment, when the page shows no tender reference', () => {
    const key = draftKey({
      portalId: 'delta',
      origin: 'https://www.delta-esourcing.com',
      tenderRef: null,
      path: '/respond/77/?session=abc#top',
      question: 'Q',
    });
    expect(key.startsWith('delta|https://www.delta-esourcing.com|path:/respond/77|')).toBe(true);
    expect(questionFingerprint('Q1 Same words')).toBe(questionFingerprint('Q1 same   words.'));
  });

  it('tells the same tender and question on another origin apart, even a sibling subdomain or another scheme', () => {
    const base = {
      portalId: 'intend',
      origin: 'https://council-a.intend.co.uk',
      tenderRef: 'T-1',
      path: '/',
      question: 'Q1 Describe your social value offer',
    };
    const keys = new Set([
      draftKey(base),
      draftKey({ ...base, origin: 'https://council-b.intend.co.uk' }),
      draftKey({ ...base, origin: 'http://council-a.intend.co.uk' }),
      draftKey({ ...base, origin: 'https://council-a.intend.co.uk:8443' }),
    ]);
    expect(keys.size).toBe(4);
  });

  it('parses a key back into its parts, tender references with a bar included', () => {
    const key = draftKey({
      portalId: 'delta',
      origin: 'https://www.delta-esourcing.com',
      tenderRef: 'DN|77',
      path: '/',
      question: 'Q3 Jobs',
    });
    expect(parseDraftKey(key)).toEqual({
      portalId: 'delta',
      origin: 'https://www.delta-esourcing.com',
      tender: 'DN|77',
      fingerprint: questionFingerprint('Q3 Jobs'),
      tenderId: 'delta|https://www.delta-esourcing.com|DN|77',
    });
    expect(parseDraftKey(`delta|${LEGACY_ORIGIN}|DN-1|3-abc`)?.origin).toBe(LEGACY_ORIGIN);
    // Old (v3) keys and malformed ones are not current keys.
    expect(parseDraftKey('delta|DN-77812|3-x1y2z3')).toBeNull();
    expect(parseDraftKey('delta|javascript:alert(1)|T|3-x')).toBeNull();
    expect(parseDraftKey('')).toBeNull();
  });
});
