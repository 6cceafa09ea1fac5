import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldText, searchDrafts } from '@/lib/drafts/search';

const index = buildSearchIndex([
  {
    key: 'a',
    text: 'We will hire 12 apprentices from Café Street.',
    question: 'Local jobs',
    tender: 'Cloud hosting ITT-1',
    revisions: [],
  },
  {
    key: 'b',
    text: 'Net zero by 2030.',
    question: 'Climate change',
    tender: 'Data centre ITT-2',
    revisions: ['An earlier draft mentioning apprentices.'],
  },
  { key: 'c', text: 'Volunteering days.', question: 'Communities', tender: 'Cloud hosting ITT-1', revisions: [] },
]);

describe('draft search', () => {
  it('matches every word, in any order, ignoring case and accents', () => {
    expect(searchDrafts(index, 'CAFE apprentices')).toEqual([{ key: 'a', in: 'text' }]);
    expect(foldText('Café')).toBe('cafe');
  });

  it('finds words in the question, the tender or an old version and says where', () => {
    expect(searchDrafts(index, 'climate')).toEqual([{ key: 'b', in: 'question' }]);
    expect(searchDrafts(index, 'itt-1').map((h) => h.key)).toEqual(['a', 'c']);
    expect(searchDrafts(index, 'apprentices')).toEqual([
      { key: 'a', in: 'text' },
      { key: 'b', in: 'revision' },
    ]);
    expect(searchDrafts(index, 'volunteering hosting')).toEqual([{ key: 'c', in: 'several' }]);
  });

  it('an empty query lists everything; a missing word finds nothing', () => {
    expect(searchDrafts(index, '  ').length).toBe(3);
    expect(searchDrafts(index, 'apprentices zebra')).toEqual([]);
  });
});
