import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CUE_TABLES } from '@/lib/classifier/cue-schema';
import { checkPhrase } from '@/lib/classifier/phrase';

describe('classifier cue tables (data, validated here rather than on every page load)', () => {
  for (const [name, schema, table] of CUE_TABLES) {
    it(`${name} cues satisfy their schema and every phrase compiles`, () => {
      const parsed = z.array(schema as z.ZodType).safeParse(table);
      expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
      expect(table.length).toBeGreaterThan(0);
      for (const cue of table) expect(() => checkPhrase(cue.phrase), cue.phrase).not.toThrow();
    });
  }

  // A lookbehind that can reach back without bound, tried at every position of the text (at the start of a pattern or
  // of an alternative), makes a cue quadratic in the text's length: a 10,000-character text took 140 ms instead of 1 ms.
  // After something the pattern has matched it runs only where that matched.
  it('no regular-expression cue starts with a lookbehind that reaches back without bound', () => {
    const offenders = CUE_TABLES.flatMap(([, , table]) =>
      table
        .map((cue) => cue.phrase)
        .filter((phrase) => phrase.startsWith('re:') && unboundedLeadingLookbehind(phrase.slice(3))),
    );
    expect(offenders).toEqual([]);
    expect(unboundedLeadingLookbehind('(?<!must[\\s\\S]*)social value')).toBe(true);
    expect(unboundedLeadingLookbehind('x|(?<=[.:]\\s*)no')).toBe(true);
    expect(unboundedLeadingLookbehind('social value(?<!must[^.]*social value)')).toBe(false);
    expect(unboundedLeadingLookbehind('(?<=[.:]\\s{0,3})no|(?<![a-z])x')).toBe(false);
  });

  it('a topic cue that fails its schema is caught (the check can fail)', () => {
    const [, schema] = CUE_TABLES[1];
    expect(schema.safeParse({ phrase: 'x', weight: -1, theme: 'not-a-theme' }).success).toBe(false);
  });
});

/** True when a lookbehind with an unbounded quantifier (*, +, {n,}) opens the pattern or one of its alternatives. */
function unboundedLeadingLookbehind(source: string): boolean {
  for (let i = source.indexOf('(?<'); i >= 0; i = source.indexOf('(?<', i + 1)) {
    if (source[i + 3] !== '!' && source[i + 3] !== '=') continue;
    let depth = 0;
    let end = i;
    for (; end < source.length; end++) {
      if (source[end] === '\\') end++;
      else if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    const body = source
      .slice(i + 4, end)
      .replace(/\\./g, '')
      .replace(/\[[^\]]*\]/g, 'c');
    const unbounded = /[*+]|\{\d+,\}/.test(body);
    const before = source
      .slice(0, i)
      .replace(/\(\?:$/, '')
      .replace(/\($/, '');
    if (unbounded && (before === '' || before.endsWith('|'))) return true;
  }
  return false;
}
