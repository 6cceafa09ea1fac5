/**
 * Full-text search over drafts for the drafts manager. Pure. Every word of the query must appear (in any
 * order, ignoring case and accents) in the draft's text, its question, its tender, or one of its revisions.
 */
export interface SearchableDraft {
  key: string;
  text: string;
  question: string;
  tender: string;
  revisions: string[];
}

export interface SearchHit {
  key: string;
  /** Where the words were found: the current text wins over the question, the tender, then old versions. */
  in: 'text' | 'question' | 'tender' | 'revision' | 'several';
}

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

function hasAll(haystack: string, terms: string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

/** A prepared index: folded strings per draft, built once and reused for each query. */
export interface SearchIndex {
  entries: Array<{ key: string; text: string; question: string; tender: string; revisions: string; all: string }>;
}

export function buildSearchIndex(drafts: SearchableDraft[]): SearchIndex {
  return {
    entries: drafts.map((draft) => {
      const text = foldText(draft.text);
      const question = foldText(draft.question);
      const tender = foldText(draft.tender);
      const revisions = foldText(draft.revisions.join('\n'));
      return {
        key: draft.key,
        text,
        question,
        tender,
        revisions,
        all: `${text}\n${question}\n${tender}\n${revisions}`,
      };
    }),
  };
}

export function searchDrafts(index: SearchIndex, query: string): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return index.entries.map((entry) => ({ key: entry.key, in: 'text' }));
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    if (!hasAll(entry.all, terms)) continue;
    const where: SearchHit['in'] = hasAll(entry.text, terms)
      ? 'text'
      : hasAll(entry.question, terms)
        ? 'question'
        : hasAll(entry.tender, terms)
          ? 'tender'
          : hasAll(entry.revisions, terms)
            ? 'revision'
            : 'several';
    hits.push({ key: entry.key, in: where });
  }
  return hits;
}
