import { describe, expect, it } from 'vitest';
import { parseLimits, parseWeighting } from '../../lib/limits';

describe('parseLimits: recognised forms', () => {
  it.each([
    ['Maximum 500 words', 500],
    ['500 word limit', 500],
    ['Please answer in no more than 750 words.', 750],
    ['Word count: 1000', 1000],
    ['Max. 300 words per part', 300],
    ['Response length: up to 1,200 words', 1200],
    ['Your answer must not exceed 400 words', 400],
    ['(250 words)', 250],
    ['Answers should be between 300 and 600 words', 600],
    ['1,500 words max, excluding tables', 1500],
  ])('%s -> %i words', (text, words) => {
    const l = parseLimits(text);
    expect(l.words).toBe(words);
    expect(l.chars).toBeNull();
    expect(l.noLimit).toBe(false);
    expect(l.matched.length).toBeGreaterThan(0);
    for (const m of l.matched) expect(text).toContain(m);
  });

  it('reads a character limit and whether spaces count', () => {
    const incl = parseLimits('Describe your approach (max. 2,000 characters including spaces)');
    expect(incl.chars).toBe(2000);
    expect(incl.charsIncludeSpaces).toBe(true);
    expect(incl.words).toBeNull();
    const excl = parseLimits('Limit of 3000 characters, excluding spaces');
    expect(excl.chars).toBe(3000);
    expect(excl.charsIncludeSpaces).toBe(false);
    const unsaid = parseLimits('You can enter up to 10,000 characters');
    expect(unsaid.chars).toBe(10000);
    expect(unsaid.charsIncludeSpaces).toBeNull();
    expect(parseLimits('Your summary must be 500 characters or fewer').chars).toBe(500);
  });

  it('reads page limits written as sides of A4', () => {
    expect(parseLimits('1 side of A4').pages).toBe(1);
    expect(parseLimits('No more than two sides of A4, font size 11').pages).toBe(2);
    expect(parseLimits('Maximum 3 pages').pages).toBe(3);
    expect(parseLimits('1 side of A4').words).toBeNull();
  });

  it('reads both a word and a character limit when both are given', () => {
    const l = parseLimits('Maximum 200 words (2,000 characters)');
    expect(l.words).toBe(200);
    expect(l.chars).toBe(2000);
  });

  it('recognises "no limit" forms', () => {
    for (const t of [
      'Word limit – n/a',
      'Word limit: N/A',
      'There is no word limit for this question',
      'Character limit - none',
    ]) {
      const l = parseLimits(t);
      expect(l.noLimit, t).toBe(true);
      expect(l.words).toBeNull();
      expect(l.notUnderstood).toEqual([]);
    }
  });
});

describe('parseLimits: says what it did not understand', () => {
  it('a template placeholder is not a number', () => {
    const l = parseLimits('In no more than [enter number of] words please set out your commitments');
    expect(l.words).toBeNull();
    expect(l.notUnderstood).toEqual(['[enter number of] words']);
  });

  it('a number of words without a limit form is reported, not used', () => {
    const l = parseLimits('Please answer in around 500 words.');
    expect(l.words).toBeNull();
    expect(l.notUnderstood).toContain('500 words');
  });

  it('different limits of one kind are reported, not guessed', () => {
    const l = parseLimits('Part A: maximum 300 words. Part B: maximum 200 words.');
    expect(l.words).toBeNull();
    expect(l.matched).toEqual(['maximum 300 words', 'maximum 200 words']);
    expect(l.notUnderstood.join(' ')).toContain('300, 200');
  });

  it('the same limit said twice is fine', () => {
    const l = parseLimits('Maximum 500 words. Responses over the 500 word limit will not be read.');
    expect(l.words).toBe(500);
    expect(l.notUnderstood).toEqual([]);
  });

  it('a limit word without a number is reported', () => {
    const l = parseLimits('Please keep within the word limit.');
    expect(l.words).toBeNull();
    expect(l.notUnderstood).toEqual(['word limit']);
  });

  it('plain text has nothing to report', () => {
    const l = parseLimits('Describe how you will create apprenticeships.');
    expect(l).toEqual({
      words: null,
      chars: null,
      pages: null,
      charsIncludeSpaces: null,
      noLimit: false,
      matched: [],
      notUnderstood: [],
    });
  });
});

describe('parseWeighting', () => {
  it.each([
    ['10%', 10],
    ['weighting 20 per cent', 20],
    ['Weighting: 12.5%', 12.5],
    ['Social value (15%)', 15],
    ['This question is worth 5% of the total score', 5],
    ['Quality 60%, Price 30%, Social value 10%', 10],
    ['Social value will be weighted at 20 percent of the overall evaluation', 20],
  ])('%s -> %f', (text, percent) => {
    const w = parseWeighting(text);
    expect(w.percent).toBe(percent);
    expect(w.matched).not.toBeNull();
    expect(text).toContain(w.matched!);
  });

  it('a percentage in the question body is not a weighting', () => {
    const w = parseWeighting('Describe how you will cut emissions by 20% by 2030.');
    expect(w.percent).toBeNull();
    expect(w.notUnderstood).toEqual(['20% (not said to be a weighting)']);
  });

  it('several weightings with none marked as social value are not guessed', () => {
    const w = parseWeighting('Quality 60%, price 40%');
    expect(w.percent).toBeNull();
    expect(w.notUnderstood).toHaveLength(2);
  });

  it('a money amount is not a weighting, and no percentage means null', () => {
    expect(parseWeighting('Contracts of £5 million and above').percent).toBeNull();
    expect(parseWeighting('Contracts of £5 million and above').notUnderstood).toEqual([]);
  });

  it('rejects an impossible percentage', () => {
    const w = parseWeighting('Weighting: 150%');
    expect(w.percent).toBeNull();
    expect(w.notUnderstood).toEqual(['150%']);
  });
});
