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

  it('a topic cue that fails its schema is caught (the check can fail)', () => {
    const [, schema] = CUE_TABLES[1];
    expect(schema.safeParse({ phrase: 'x', weight: -1, theme: 'not-a-theme' }).success).toBe(false);
  });
});
