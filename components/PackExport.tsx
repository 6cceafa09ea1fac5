import { useEffect, useState } from 'preact/hooks';
import { portalName } from '@/lib/portals/names';
import { buildPackFile, packFileName } from '@/lib/packs/file';
import { unreachable, type PackTenderSummary } from '@/lib/messages';
import { send } from './send';

type TenderSummary = PackTenderSummary;

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export everything, chosen tenders, with chosen revisions and the evidence library, as one .svlpack file. */
export function PackExport() {
  const [tenders, setTenders] = useState<TenderSummary[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [author, setAuthor] = useState('');
  const [note, setNote] = useState('');
  const [revisions, setRevisions] = useState<'none' | 'latest' | 'all'>('latest');
  const [evidence, setEvidence] = useState(true);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void send('pack:tenders')
      .catch(unreachable)
      .then((answer) => {
        if (!answer.ok) return setStatus({ error: true, text: answer.error });
        setTenders(answer.tenders);
        setChosen(new Set(answer.tenders.map((t) => t.id)));
      });
  }, []);

  const run = async (all: boolean) => {
    setBusy(true);
    setStatus(null);
    const answer = await send('pack:export', {
      scope: all ? { kind: 'all' } : { kind: 'tenders', tenderIds: [...chosen] },
      revisions:
        revisions === 'none' ? { kind: 'none' } : revisions === 'all' ? { kind: 'all' } : { kind: 'latest', count: 5 },
      evidence: evidence ? { kind: 'all' } : { kind: 'none' },
      authorName: author,
      note,
    }).catch(unreachable);
    if (!answer.ok) {
      setBusy(false);
      return setStatus({ error: true, text: answer.error });
    }
    const bytes = await buildPackFile(answer.pack);
    download(bytes, packFileName(answer.pack));
    setBusy(false);
    setStatus({
      error: false,
      text: `Exported ${answer.pack.drafts.length} drafts from ${answer.pack.tenders.length} tenders and ${answer.pack.evidence.length} evidence items (${Math.max(1, Math.round(bytes.length / 1024))} KB).`,
    });
  };

  return (
    <section aria-labelledby="export-heading" data-testid="pack-export">
      <h2 id="export-heading">Export a pack</h2>
      <p class="hint">
        A .svlpack file holds your drafts for a colleague's Social Value Lens, plus a Word and a Markdown copy of each
        tender's answers for reviewers without it.
      </p>
      {tenders === null && !status && <p>Loading tenders…</p>}
      {tenders && tenders.length === 0 && <p>No drafts yet. Answers you type on a portal appear here.</p>}
      {tenders && tenders.length > 0 && (
        <fieldset>
          <legend>Tenders</legend>
          {tenders.map((t) => (
            <div class="check" key={t.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(t.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.currentTarget.checked) next.add(t.id);
                    else next.delete(t.id);
                    setChosen(next);
                  }}
                />{' '}
                {t.title ?? t.reference ?? t.id}{' '}
                <span class="hint">
                  ({portalName(t.portalId)}, {t.drafts} {t.drafts === 1 ? 'draft' : 'drafts'})
                </span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <div class="field">
        <label for="pack-author">Your name (shown on revisions the receiver keeps)</label>
        <input
          id="pack-author"
          type="text"
          value={author}
          maxLength={200}
          onInput={(e) => setAuthor(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="pack-note">Note for the receiver</label>
        <textarea
          id="pack-note"
          rows={2}
          maxLength={10_000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="pack-revisions">Earlier versions of each answer</label>
        <select
          id="pack-revisions"
          value={revisions}
          onChange={(e) => setRevisions(e.currentTarget.value as typeof revisions)}
        >
          <option value="none">None</option>
          <option value="latest">The latest 5</option>
          <option value="all">All</option>
        </select>
      </div>
      <div class="check">
        <label>
          <input type="checkbox" checked={evidence} onChange={(e) => setEvidence(e.currentTarget.checked)} /> Include
          the evidence library
        </label>
      </div>
      <p>
        <button type="button" disabled={busy || !tenders?.length || chosen.size === 0} onClick={() => void run(false)}>
          Export chosen tenders
        </button>{' '}
        <button type="button" data-testid="pack-export-all" disabled={busy} onClick={() => void run(true)}>
          Export everything
        </button>
      </p>
      {status && (
        <p
          role={status.error ? 'alert' : 'status'}
          data-testid="pack-export-status"
          class={status.error ? 'error' : ''}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
