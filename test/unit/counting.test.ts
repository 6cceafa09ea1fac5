import { describe, expect, it } from 'vitest';
import {
  CHAR_RULES,
  COUNT_RULES,
  countChars,
  countWords,
  disagreements,
  limitStatus,
  remainingMessage,
  type CountRuleId,
} from '../../lib/counting';

const words = (text: string) => ({
  govuk: countWords(text, 'govuk'),
  tinymce: countWords(text, 'tinymce'),
  word: countWords(text, 'word'),
});

describe('rule tables', () => {
  it('lists each word rule and character rule once, with labels and descriptions', () => {
    expect(COUNT_RULES.map((r) => r.id)).toEqual(['govuk', 'tinymce', 'word']);
    expect(CHAR_RULES.map((r) => r.id)).toEqual(['chars', 'chars-no-spaces', 'chars-crlf']);
    for (const r of [...COUNT_RULES, ...CHAR_RULES]) {
      expect(r.label.length).toBeGreaterThan(2);
      expect(r.description.length).toBeGreaterThan(20);
    }
    for (const r of COUNT_RULES) expect(r.source.length).toBeGreaterThan(10);
  });
});

describe('govuk word count (runs of non-whitespace)', () => {
  it('matches /\\S+/g on awkward texts', () => {
    const texts = [
      'Our team will recruit 4 apprentices',
      '  leading and trailing  ',
      'tab\tseparated\tvalues',
      'line\r\nbreaks\nand\rcarriage',
      'non\u00a0breaking\u202fspaces',
      'ideographic\u3000space and BOM\ufeffhere',
      'zero\u200bwidth space is not whitespace',
      '• bullet\n- dash\n* star',
      '👩‍💻 codes ✅',
    ];
    for (const t of texts) expect(countWords(t, 'govuk')).toBe((t.match(/\S+/g) ?? []).length);
  });

  it('agrees with /\\S+/g on random strings built from tricky characters', () => {
    const alphabet = [
      'a',
      'B',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u2009',
      '-',
      '—',
      '/',
      '😀',
      '\u200d',
      'ŵ',
      '.',
      '1',
    ];
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 300; k++) {
      let t = '';
      const len = Math.floor(rand() * 40);
      for (let j = 0; j < len; j++) t += alphabet[Math.floor(rand() * alphabet.length)];
      expect(countWords(t, 'govuk')).toBe((t.match(/\S+/g) ?? []).length);
    }
  });

  it('counts an unspaced dash or slash join as one word', () => {
    expect(countWords('cost—benefit and/or 2026–27', 'govuk')).toBe(3);
  });
});

describe('tinymce word count', () => {
  it('splits on en and em dashes, slashes, question marks, commas, semicolons and exclamation marks', () => {
    expect(countWords('cost—benefit', 'tinymce')).toBe(2);
    expect(countWords('2026–27 plan', 'tinymce')).toBe(3);
    expect(countWords('and/or', 'tinymce')).toBe(2);
    expect(countWords('why?because', 'tinymce')).toBe(2);
    expect(countWords('red,green;blue!now', 'tinymce')).toBe(4);
  });

  it('keeps hyphenated words, apostrophes and decimal or grouped numbers whole', () => {
    expect(countWords('well-being', 'tinymce')).toBe(1);
    expect(countWords("don't", 'tinymce')).toBe(1);
    expect(countWords('3,456.75', 'tinymce')).toBe(1);
    expect(countWords('1/2', 'tinymce')).toBe(1);
  });

  it('does not count punctuation standing alone, including bullets and spaced dashes', () => {
    expect(countWords('a – b — c - d', 'tinymce')).toBe(4);
    expect(countWords('• one\n• two', 'tinymce')).toBe(2);
    expect(countWords('... !!! ??', 'tinymce')).toBe(0);
  });

  it('counts typed list numbers as words (they are text in the editor) but not their punctuation', () => {
    expect(countWords('1. first\n2) second', 'tinymce')).toBe(4);
  });

  it('keeps web addresses and email addresses whole', () => {
    expect(countWords('visit https://example.org/path?x=1,2 today', 'tinymce')).toBe(3);
    expect(countWords('visit www.example.org today', 'tinymce')).toBe(3);
    expect(countWords('email hello@example.co.uk now', 'tinymce')).toBe(3);
  });

  it('counts symbols that are not punctuation, such as the pound sign, as words; percent is punctuation', () => {
    expect(countWords('£40,000', 'tinymce')).toBe(2);
    expect(countWords('25%', 'tinymce')).toBe(1);
  });

  it('counts each half of an emoji surrogate pair, and joins ZWJ sequences through the joiner', () => {
    expect(countWords('🙂', 'tinymce')).toBe(2);
    // man technologist: D83D DC68 200D D83D DCBB -> first half alone, then the rest joined by ZWJ
    expect(countWords('👨‍💻', 'tinymce')).toBe(2);
    expect(countWords('❤', 'tinymce')).toBe(1);
  });

  it('handles Welsh letters and apostrophes', () => {
    expect(countWords("Llywodraeth Cymru i'r dŵr a'r tŷ", 'tinymce')).toBe(6);
  });

  it('ignores zero-width spaces and splits on brackets', () => {
    expect(countWords('so\u200bcial value', 'tinymce')).toBe(2);
    expect(countWords('one[two(three', 'tinymce')).toBe(3);
  });

  it('treats line breaks, tabs and non-breaking spaces as separators', () => {
    expect(countWords('a\r\nb\nc\rd\te\u00a0f', 'tinymce')).toBe(6);
  });
});

describe('word-like count', () => {
  it('counts hyphenated, slashed and unspaced-dash words once', () => {
    expect(countWords('well-being and/or cost—benefit', 'word')).toBe(3);
  });

  it('does not count a dash between spaces or bullet markers', () => {
    expect(countWords('training – and mentoring — for all', 'word')).toBe(5);
    expect(countWords('• Apprentices\n- Placements\n* Mentoring\n▪ Careers', 'word')).toBe(4);
  });

  it('does not count list numbers or letters at the start of a line', () => {
    expect(countWords('1. Recruit locally\n2) Train staff\n(3) Report\na) Review\niv. Publish', 'word')).toBe(7);
  });

  it('counts numbers that are not list markers', () => {
    expect(countWords('We will hire 12 people in 2027.', 'word')).toBe(7);
    expect(countWords('Apprentices: 1. Placements: 2)', 'word')).toBe(4);
  });

  it('counts URLs, emails, currency and emoji as single words', () => {
    expect(countWords('See https://example.org/a-b or jo@example.org for £40,000 🙂', 'word')).toBe(7);
  });

  it('handles Welsh text and apostrophes', () => {
    expect(countWords("Llywodraeth Cymru i'r dŵr a'r tŷ", 'word')).toBe(6);
  });
});

describe('all word rules on edge input', () => {
  it('returns 0 for empty and whitespace-only text', () => {
    for (const t of ['', ' ', '\n\r\n\t', '\u00a0\u00a0']) expect(words(t)).toEqual({ govuk: 0, tinymce: 0, word: 0 });
  });

  it('treats CRLF and LF line breaks the same for words', () => {
    const lf = 'first line\nsecond line\n\nthird';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(words(crlf)).toEqual(words(lf));
    expect(words(lf)).toEqual({ govuk: 5, tinymce: 5, word: 5 });
  });

  it('disagrees on a realistic bid paragraph in the expected direction', () => {
    const text =
      '• We will create 6 apprenticeships — 3 in year one — for care leavers and/or veterans in the North-East.';
    const w = words(text);
    // govuk counts the bullet and spaced dashes; tinymce splits and/or; word drops bullet and dashes.
    expect(w.govuk).toBe(20);
    expect(w.word).toBe(17);
    expect(w.tinymce).toBe(18);
  });
});

describe('character counts', () => {
  it('counts UTF-16 code units with spaces (an emoji is 2, a ZWJ sequence more)', () => {
    expect(countChars('abc def', 'chars')).toBe(7);
    expect(countChars('🙂', 'chars')).toBe(2);
    expect(countChars('👨‍💻', 'chars')).toBe(5);
    expect(countChars('dŵr', 'chars')).toBe(3);
    expect(countChars('', 'chars')).toBe(0);
  });

  it('excludes every kind of whitespace for chars-no-spaces', () => {
    expect(countChars(' a\tb\nc\r\nd\u00a0e\u2009f ', 'chars-no-spaces')).toBe(6);
    expect(countChars('   ', 'chars-no-spaces')).toBe(0);
  });

  it('counts each line break as two for chars-crlf, whatever its form', () => {
    expect(countChars('a\nb', 'chars-crlf')).toBe(4);
    expect(countChars('a\r\nb', 'chars-crlf')).toBe(4);
    expect(countChars('a\rb', 'chars-crlf')).toBe(4);
    expect(countChars('\n\n', 'chars-crlf')).toBe(4);
    expect(countChars('a\r\n\r\nb\n', 'chars-crlf')).toBe(8);
    expect(countChars('no breaks', 'chars-crlf')).toBe(9);
    expect(countChars('tab\there', 'chars-crlf')).toBe(8);
  });
});

describe('limitStatus', () => {
  it('is ok below 90%, near from 90% up to the limit, over above it', () => {
    expect(limitStatus(449, 500, 'words')).toMatchObject({ state: 'ok', remaining: 51 });
    expect(limitStatus(450, 500, 'words')).toMatchObject({ state: 'near', remaining: 50 });
    expect(limitStatus(500, 500, 'words')).toMatchObject({ state: 'near', remaining: 0 });
    expect(limitStatus(501, 500, 'chars')).toEqual({
      unit: 'chars',
      count: 501,
      limit: 500,
      remaining: -1,
      state: 'over',
    });
    expect(limitStatus(0, 0, 'words').state).toBe('ok');
    expect(limitStatus(1, 0, 'words').state).toBe('over');
  });
});

describe('remainingMessage', () => {
  it('uses GOV.UK wording with singular and plural', () => {
    expect(remainingMessage(limitStatus(488, 500, 'words'))).toBe('You have 12 words remaining');
    expect(remainingMessage(limitStatus(499, 500, 'words'))).toBe('You have 1 word remaining');
    expect(remainingMessage(limitStatus(500, 500, 'words'))).toBe('You have 0 words remaining');
    expect(remainingMessage(limitStatus(2003, 2000, 'chars'))).toBe('You have 3 characters too many');
    expect(remainingMessage(limitStatus(2001, 2000, 'chars'))).toBe('You have 1 character too many');
  });
});

describe('disagreements', () => {
  const para = (n: number) => Array.from({ length: n }, (_, i) => `word${i} – and/or`).join(' ');

  it('reports other word rules that differ when near the limit', () => {
    const text = para(100); // govuk 300, tinymce 300, word 200
    const d = disagreements(text, 'govuk', 300);
    expect(d.map((x) => x.rule)).toEqual(['word']);
    expect(d[0]).toMatchObject({ label: 'Microsoft Word', count: 200, over: false });
    const fromWord = disagreements(text, 'word', 210);
    expect(fromWord.map((x) => [x.rule, x.count, x.over])).toEqual([
      ['govuk', 300, true],
      ['tinymce', 300, true],
    ]);
  });

  it('is empty when far below the limit or when all rules agree', () => {
    expect(disagreements(para(10), 'govuk', 300)).toEqual([]);
    expect(disagreements('plain words only here', 'govuk', 4)).toEqual([]);
    expect(disagreements('anything', 'govuk', 0)).toEqual([]);
  });

  it('compares character rules with character rules only', () => {
    const text = 'line one\nline two\nline three'; // chars 28, no-spaces 23, crlf 30
    const d = disagreements(text, 'chars', 29);
    expect(d.map((x) => [x.rule, x.count, x.over])).toEqual([
      ['chars-no-spaces', 23, false],
      ['chars-crlf', 30, true],
    ]);
  });

  it('flags when another rule goes over even though the chosen rule is fine', () => {
    const rule: CountRuleId = 'word';
    const text = '• a\n• b\n• c\n• d\n• e';
    expect(countWords(text, rule)).toBe(5);
    const d = disagreements(text, rule, 9);
    expect(d.find((x) => x.rule === 'govuk')).toMatchObject({ count: 10, over: true });
  });
});
