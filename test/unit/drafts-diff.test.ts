import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffStats, tokenise, wordDiff } from '@/lib/drafts/diff';

const join = (parts: ReturnType<typeof wordDiff>, keep: 'before' | 'after') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === (keep === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');

describe('word diff', () => {
  it('shows a replaced word as removed then added, keeping spacing', () => {
    expect(wordDiff('We will hire 4 apprentices.', 'We will hire 6 apprentices.')).toEqual([
      { kind: 'same', text: 'We will hire ' },
      { kind: 'removed', text: '4 ' },
      { kind: 'added', text: '6 ' },
      { kind: 'same', text: 'apprentices.' },
    ]);
  });

  it('handles insertions, deletions, empty sides and identical text', () => {
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(wordDiff('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }]);
    expect(wordDiff('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
    const parts = wordDiff('one two three', 'one two and a half three');
    expect(parts).toEqual([
      { kind: 'same', text: 'one two ' },
      { kind: 'added', text: 'and a half ' },
      { kind: 'same', text: 'three' },
    ]);
    expect(diffStats(parts)).toEqual({ added: 3, removed: 0 });
  });

  it('tokenises words with their trailing whitespace, including newlines', () => {
    expect(tokenise('  a b\n\nc')).toEqual(['  ', 'a ', 'b\n\n', 'c']);
  });

  it('always reconstructs both texts exactly (property)', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'apprentices', '12', '\n', ' ', 'local.'), { maxLength: 40 });
    fc.assert(
      fc.property(words, words, (x, y) => {
        const before = x.join(' ');
        const after = y.join(' ');
        const parts = wordDiff(before, after);
        expect(join(parts, 'before')).toBe(before);
        expect(join(parts, 'after')).toBe(after);
      }),
    );
  });

  it('falls back to one block for huge rewrites without building a giant table', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `x${i}`).join(' ');
    const parts = wordDiff(before, after);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });
});
