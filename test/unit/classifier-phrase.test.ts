import { describe, expect, it } from 'vitest';
import {
  alternativeAnchors,
  checkPhrase,
  compilePhrase,
  findPhrase,
  indexText,
  normalise,
} from '../../lib/classifier/phrase';

const match = (phrase: string, text: string) => {
  const m = findPhrase(compilePhrase(phrase), indexText(normalise(text)));
  return m === null ? null : text.slice(m.start, m.end);
};

describe('normalise', () => {
  it('lower-cases and folds quotes, dashes and odd spaces without changing length', () => {
    const text = 'Word limit \u2013 n/a \u2018Local\u2019\u00a0PEOPLE';
    const n = normalise(text);
    expect(n).toBe("word limit - n/a 'local' people");
    expect(n.length).toBe(text.length);
    const odd = 'İstanbul SMEs';
    expect(normalise(odd).length).toBe(odd.length);
  });
});

describe('phrase language', () => {
  it('matches stems, alternatives, optional words and gaps at word edges', () => {
    expect(match('apprentice*', 'We will offer Apprenticeships.')).toBe('Apprenticeships');
    expect(match('fair pay|living wage', 'pay the real living wage')).toBe('living wage');
    expect(match('pay', 'prompt payment')).toBeNull();
    expect(match('enhance the? local community', 'enhance local community')).toBe('enhance local community');
    expect(match('enhance the? local community', 'enhance the local community')).toBe('enhance the local community');
    expect(match('create ~ jobs', 'create 25 new local jobs')).toBe('create 25 new local jobs');
    expect(match('create ~ jobs', 'create a very large number of new jobs')).toBeNull();
    expect(match('in the (delivery|performance) of', 'in the performance of the contract')).toBe(
      'in the performance of',
    );
    expect(match('high quality jobs', 'high-quality jobs')).toBe('high-quality jobs');
  });

  it('reads quote marks between words as a separator', () => {
    expect(match('fair work practices', 'Adoption of \u2018fair work\u2019 practices')).toBe(
      'fair work\u2019 practices',
    );
    expect(match('local people', '"local" people')).toBe('local" people');
  });

  it('keeps a raw regular expression as is', () => {
    expect(match('re:mac\\s?[1-8]\\.[1-5]', 'see MAC 2.2 below')).toBe('MAC 2.2');
  });

  it('prefers the longest alternative found', () => {
    expect(match('community|community benefits', 'our community benefits offer')).toBe('community benefits');
  });

  it('rejects malformed phrases', () => {
    expect(() => checkPhrase('~ jobs')).toThrow();
    expect(() => checkPhrase('(a|b')).toThrow();
    expect(() => checkPhrase('local? jobs')).toThrow();
  });

  it('finds the same matches with and without the token index', () => {
    const compiled = compilePhrase('decarbonis*|net zero');
    const text = normalise('Our plan to decarbonise the fleet');
    expect(findPhrase(compiled, text)).toEqual(findPhrase(compiled, indexText(text)));
  });

  it('anchors an alternative on its longest uncommon fixed word, else on a group of words, a common word last', () => {
    expect(alternativeAnchors('care leaver*')).toEqual(['leaver']);
    expect(alternativeAnchors('(welsh|scottish) (producers|growers)')).toEqual(['producers', 'growers']);
    expect(alternativeAnchors('(requires|seeks) (a|an) ~ (provider|supplier) to (deliver|run)')).toEqual([
      'provider',
      'supplier',
    ]);
    expect(alternativeAnchors('to (a|an)')).toEqual(['to']);
    expect(alternativeAnchors('(a|an) ~ (b|c)')).toBeNull();
    expect(
      match('(requires|seeks) (a|an) ~ (provider|supplier) to (deliver|run)', 'It requires a provider to run it'),
    ).toBe('requires a provider to run');
    expect(
      match('(requires|seeks) (a|an) ~ (provider|supplier) to (deliver|run)', 'It requires a van to run'),
    ).toBeNull();
  });

  it('skips a phrase none of whose anchors the indexed text holds, and matches one compiled after the text was indexed', () => {
    const early = compilePhrase('apprentice*|work placement*');
    const indexed = indexText(normalise('We will offer two apprenticeships.'));
    const absent = indexText(normalise('We will cut emissions.'));
    expect(indexed.phrases[early.id]).toBe(1);
    expect(absent.phrases[early.id]).toBe(0);
    expect(findPhrase(early, absent)).toBeNull();
    expect(findPhrase(early, indexed)).not.toBeNull();
    // Compiled after both texts were indexed: its slot is beyond their tables, so it is checked alternative by
    // alternative, with the plain-string test for its new anchor.
    const late = compilePhrase('two apprenticeships|emissions cut');
    expect(late.id).toBeGreaterThanOrEqual(indexed.phrases.length);
    expect(findPhrase(late, indexed)).toEqual({ start: 14, end: 33 });
    // A raw regular expression has no anchor: it always runs.
    expect(compilePhrase('re:\\bcut\\b').id).toBe(-1);
    expect(findPhrase(compilePhrase('re:\\bcut\\b'), absent)).not.toBeNull();
  });
});
