import { useState } from 'preact/hooks';
import { CRITERIA } from '@/lib/knowledge/models';
import { RATINGS, type Rating } from '@/lib/knowledge/rating';
import { parseRelevanceOverrides, relevanceForCategory, RELEVANCE_PROVENANCE } from '@/lib/knowledge/relevance';
import type { Settings } from '@/lib/settings';

const MODEL_LABEL: Record<string, string> = {
  'ppn-06-20': 'PPN 06/20',
  'ppn-002': 'PPN 002',
  'ppn-026': 'PPN 026 (reported)',
};
const MAX_FILE_BYTES = 200_000;

/**
 * Relevance ratings for the user's category: ours, and theirs where they or their team disagree. A team shares
 * its ratings as a small JSON file; anything imported is validated before it is used.
 */
export function RelevanceRatings({
  settings,
  update,
}: {
  settings: Settings;
  update: (next: Settings) => Promise<void>;
}) {
  const [message, setMessage] = useState('');
  const category = settings.category;
  const rows = relevanceForCategory(category, settings.relevanceOverrides);
  const titles = new Map(CRITERIA.map((c) => [c.id, `${MODEL_LABEL[c.modelId] ?? c.modelId} ${c.code}: ${c.title}`]));

  const setRating = (criterionId: string, value: string) => {
    const forCategory = { ...(settings.relevanceOverrides[category] ?? {}) } as Record<
      string,
      { rating: Rating; reason?: string }
    >;
    if (value === '') delete forCategory[criterionId];
    else forCategory[criterionId] = { rating: value as Rating, reason: 'Rated by your team.' };
    void update({ ...settings, relevanceOverrides: { ...settings.relevanceOverrides, [category]: forCategory } });
  };

  const exportRatings = () => {
    const blob = new Blob([JSON.stringify({ relevanceOverrides: settings.relevanceOverrides }, null, 2)], {
      type: 'application/json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'social-value-lens-ratings.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const importRatings = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setMessage('That file is too large to be a ratings file. Nothing changed.');
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setMessage('That file is not a ratings file (it is not JSON). Nothing changed.');
    }
    const candidate =
      typeof data === 'object' && data !== null && 'relevanceOverrides' in data ? data.relevanceOverrides : data;
    const parsed = parseRelevanceOverrides(candidate);
    if (!parsed.ok) return setMessage(`That ratings file has problems, so nothing changed: ${parsed.error}`);
    await update({ ...settings, relevanceOverrides: parsed.overrides });
    setMessage('Ratings imported.');
  };

  const overridden = rows.filter((row) => row.source === 'override').length;
  return (
    <section aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">How much each criterion matters for your work</h2>
      <p class="hint">
        {RELEVANCE_PROVENANCE.label}. Where you or your team judge differently, choose your own rating: the guidance
        uses it. {overridden ? `${overridden} rated by you.` : ''}
      </p>
      <details>
        <summary>Show the ratings ({rows.length})</summary>
        <table class="ratings">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Our rating</th>
              <th scope="col">Your rating</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const ours = row.ours ?? { rating: row.rating, reason: row.reason };
              const label = titles.get(row.criterionId) ?? row.criterionId;
              return (
                <tr key={row.criterionId}>
                  <th scope="row">{label}</th>
                  <td>
                    <strong>{ours.rating}</strong>: {ours.reason}
                  </td>
                  <td>
                    <select
                      aria-label={`Your rating for ${label}`}
                      data-testid={`rating-${row.criterionId}`}
                      value={row.source === 'override' ? row.rating : ''}
                      onChange={(event) => setRating(row.criterionId, event.currentTarget.value)}
                    >
                      <option value="">Use ours</option>
                      {RATINGS.map((rating) => (
                        <option value={rating} key={rating}>
                          {rating}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
      <p>
        <button type="button" onClick={exportRatings}>
          Export ratings
        </button>{' '}
        <label class="file">
          Import ratings{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="ratings-import"
            onChange={(e) => void importRatings(e.currentTarget.files?.[0])}
          />
        </label>
      </p>
      <p role="status" data-testid="ratings-status">
        {message}
      </p>
    </section>
  );
}
