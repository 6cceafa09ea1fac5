import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/text';

describe('cleanText', () => {
  it('collapses every run of whitespace to one space and trims both ends', () => {
    expect(cleanText('  Describe\n\t your   approach\u00a0 to  social value  ')).toBe(
      'Describe your approach to social value',
    );
  });
  it('treats missing text as empty', () => {
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(' \n ')).toBe('');
  });
  it('leaves text without extra whitespace as it is', () => {
    expect(cleanText('Question 4.2')).toBe('Question 4.2');
  });
});
