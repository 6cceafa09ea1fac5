import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '@/lib/knowledge/ids';
import { getCriterion } from '@/lib/knowledge/models';
import { categoryTitle } from '@/lib/knowledge/relevance';
import { EVIDENCE_CRITERION_IDS, type EvidenceItem } from '@/lib/library/schema';
import { unreachable } from '@/lib/messages';
import { send } from './send';

type Row = { item: EvidenceItem; stale: boolean };
type Form = {
  id?: string;
  title: string;
  text: string;
  figures: string;
  criterionIds: string[];
  categoryIds: CategoryId[];
  owner: string;
  reviewBy: string;
};
const EMPTY: Form = { title: '', text: '', figures: '', criterionIds: [], categoryIds: [], owner: '', reviewBy: '' };

function criterionLabel(id: string): string {
  const c = getCriterion(id);
  return c ? `${id.split('-')[0]?.toUpperCase()} ${c.code}: ${c.title}` : id;
}

/** The evidence library: search, list (stale items flagged), add, edit, delete. */
export function EvidenceLibrary({ refresh = 0 }: { refresh?: number }) {
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const load = async (q = query) => {
    const answer = await (q.trim() ? send('evidence:search', { query: q }) : send('evidence:list')).catch(unreachable);
    if (answer.ok) setRows(answer.items);
    else setMessage({ error: true, text: answer.error });
  };
  useEffect(() => void load(), [refresh]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!form) return;
    const answer = await send('evidence:save', {
      item: {
        ...(form.id ? { id: form.id } : {}),
        title: form.title,
        text: form.text,
        figures: form.figures
          .split('\n')
          .map((f) => f.trim())
          .filter(Boolean),
        criterionIds: form.criterionIds,
        categoryIds: form.categoryIds,
        owner: form.owner,
        reviewBy: form.reviewBy || null,
      },
    }).catch(unreachable);
    if (!answer.ok) return setMessage({ error: true, text: answer.error });
    setMessage({ error: false, text: `Saved “${answer.item.title}”.` });
    setForm(null);
    await load();
  };

  const remove = async (row: Row) => {
    if (!confirm(`Delete “${row.item.title}” from the evidence library?`)) return;
    const answer = await send('evidence:delete', { id: row.item.id }).catch(unreachable);
    setMessage(
      answer.ok ? { error: false, text: `Deleted “${row.item.title}”.` } : { error: true, text: answer.error },
    );
    await load();
  };

  return (
    <section aria-labelledby="library-heading" data-testid="evidence-library">
      <h2 id="library-heading">Evidence library</h2>
      <p class="hint">
        Approved facts and figures to reuse in answers. Items past their review-by date are flagged; check them before
        reuse.
      </p>
      <div class="field">
        <label for="evidence-search">Search</label>
        <input
          id="evidence-search"
          type="search"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            void load(e.currentTarget.value);
          }}
        />
      </div>
      <p>
        <button type="button" onClick={() => setForm({ ...EMPTY })}>
          Add an item
        </button>
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
      {form && (
        <form onSubmit={(e) => void save(e)} data-testid="evidence-form">
          <div class="field">
            <label for="ev-title">Title</label>
            <input
              id="ev-title"
              type="text"
              required
              maxLength={300}
              value={form.title}
              onInput={(e) => setForm({ ...form, title: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="ev-text">Fact or paragraph</label>
            <textarea
              id="ev-text"
              rows={4}
              required
              maxLength={20_000}
              value={form.text}
              onInput={(e) => setForm({ ...form, text: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="ev-figures">Figures (one per line)</label>
            <textarea
              id="ev-figures"
              rows={2}
              value={form.figures}
              onInput={(e) => setForm({ ...form, figures: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="ev-criteria">Award criteria it supports</label>
            <select
              id="ev-criteria"
              multiple
              size={6}
              onChange={(e) =>
                setForm({ ...form, criterionIds: [...e.currentTarget.selectedOptions].map((o) => o.value) })
              }
            >
              {EVIDENCE_CRITERION_IDS.map((id) => (
                <option key={id} value={id} selected={form.criterionIds.includes(id)}>
                  {criterionLabel(id)}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>Technology categories</legend>
            {CATEGORY_IDS.map((id) => (
              <div class="check" key={id}>
                <label>
                  <input
                    type="checkbox"
                    checked={form.categoryIds.includes(id)}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        categoryIds: e.currentTarget.checked
                          ? [...form.categoryIds, id]
                          : form.categoryIds.filter((c) => c !== id),
                      })
                    }
                  />{' '}
                  {categoryTitle(id)}
                </label>
              </div>
            ))}
          </fieldset>
          <div class="field">
            <label for="ev-owner">Owner</label>
            <input
              id="ev-owner"
              type="text"
              maxLength={200}
              value={form.owner}
              onInput={(e) => setForm({ ...form, owner: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="ev-review">Review by</label>
            <input
              id="ev-review"
              type="date"
              value={form.reviewBy}
              onInput={(e) => setForm({ ...form, reviewBy: e.currentTarget.value })}
            />
          </div>
          <p>
            <button type="submit">Save item</button>{' '}
            <button type="button" onClick={() => setForm(null)}>
              Cancel
            </button>
          </p>
        </form>
      )}
      {rows && rows.length === 0 && <p>{query.trim() ? 'No items match.' : 'No evidence items yet.'}</p>}
      <ul class="evidence-list">
        {rows?.map(({ item, stale }) => (
          <li key={item.id} data-testid="evidence-item">
            <strong>{item.title}</strong>
            {stale && (
              <span class="stale" data-testid="evidence-stale">
                {' '}
                Review overdue (was due {item.reviewBy})
              </span>
            )}
            <p style="white-space: pre-wrap">{item.text}</p>
            {item.figures.length > 0 && <p class="hint">Figures: {item.figures.join('; ')}</p>}
            <p class="hint">
              {item.criterionIds.length ? item.criterionIds.join(', ') : 'No criteria'} ·{' '}
              {item.categoryIds.length ? item.categoryIds.map(categoryTitle).join(', ') : 'Any category'}
              {item.owner ? ` · Owner: ${item.owner}` : ''}
              {item.reviewBy && !stale ? ` · Review by ${item.reviewBy}` : ''}
            </p>
            <button
              type="button"
              onClick={() =>
                setForm({
                  id: item.id,
                  title: item.title,
                  text: item.text,
                  figures: item.figures.join('\n'),
                  criterionIds: [...item.criterionIds],
                  categoryIds: [...item.categoryIds],
                  owner: item.owner,
                  reviewBy: item.reviewBy ?? '',
                })
              }
            >
              Edit
            </button>{' '}
            <button type="button" onClick={() => void remove({ item, stale })}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
