import { useState } from 'preact/hooks';
import { bytesToBase64 } from '@/lib/packs/base64';
import type { Choice, ImportPlan } from '@/lib/packs/plan';
import { READ_LIMITS } from '@/lib/packs/read';
import { unreachable } from '@/lib/messages';
import { send } from './send';

const clip = (text: string, n = 240) => (text.length > n ? `${text.slice(0, n)}…` : text);

/** One conflict between a local text and an incoming one: both shown as text, the user picks which stays current. */
function ConflictChoice(props: {
  legend: string;
  mine: string;
  theirs: string;
  theirsLabel: string;
  name: string;
  labels: [string, string];
  value: 'mine' | 'theirs';
  onChange: (value: 'mine' | 'theirs') => void;
  testId?: string;
}) {
  return (
    <fieldset data-testid={props.testId}>
      <legend>{props.legend}</legend>
      <p>
        <strong>Yours:</strong> {clip(props.mine)}
      </p>
      <p>
        <strong>{props.theirsLabel}:</strong> {clip(props.theirs)}
      </p>
      {(['mine', 'theirs'] as const).map((value, i) => (
        <div class="check" key={value}>
          <label>
            <input type="radio" name={props.name} checked={props.value === value} onChange={() => props.onChange(value)} />{' '}
            {props.labels[i]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * Import a pack: choose a file, see what it would add and what conflicts, choose per conflict, confirm.
 * Nothing is written before "Import". Everything from the file is shown as text.
 */
export function PackImport({ onImported }: { onImported?: () => void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [fromVersion, setFromVersion] = useState<number | null>(null);
  const [choices, setChoices] = useState<{ drafts: Record<string, Choice>; evidence: Record<string, Choice> }>({ drafts: {}, evidence: {} });
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setPlan(null);
    setChoices({ drafts: {}, evidence: {} });
  };

  const choose = async (picked: File | undefined) => {
    reset();
    setError('');
    setDone('');
    if (!picked) return;
    if (picked.size > READ_LIMITS.maxFileBytes) {
      return setError(`This file is ${(picked.size / 1024 / 1024).toFixed(1)} MB; a pack can be at most ${(READ_LIMITS.maxFileBytes / 1024 / 1024).toFixed(1)} MB. Nothing was imported.`);
    }
    setBusy(true);
    const base64 = bytesToBase64(new Uint8Array(await picked.arrayBuffer()));
    const answer = await send('pack:preview', { file: base64 }).catch(unreachable);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setFile({ name: picked.name, base64 });
    setPlan(answer.plan);
    setFromVersion(answer.fromVersion);
  };

  const confirm = async () => {
    if (!file || !plan) return;
    setBusy(true);
    const answer = await send('pack:import', { file: file.base64, digest: plan.digest, choices }).catch(unreachable);
    setBusy(false);
    if (!answer.ok) return setError(`${answer.error} Nothing was imported.`);
    const r = answer.result;
    reset();
    setDone(
      `Imported: ${r.draftsAdded} new drafts, ${r.tendersAdded} new tenders, ${r.revisionsAdded} revisions kept, ${r.draftsReplaced} drafts replaced by your choice, ${r.evidenceAdded + r.evidenceReplaced} evidence items.`,
    );
    onImported?.();
  };

  const conflicts = plan?.drafts.conflicts.filter((c) => !c.alreadyKept) ?? [];
  return (
    <section aria-labelledby="import-heading" data-testid="pack-import">
      <h2 id="import-heading">Import a pack</h2>
      <div class="field">
        <label for="pack-file">Pack file (.svlpack)</label>
        <input id="pack-file" type="file" accept=".svlpack,.zip,.json" disabled={busy} onChange={(e) => {
            const picked = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // so choosing the same file again is a new choice
            void choose(picked);
          }}
        />
      </div>
      {error && (
        <p role="alert" class="error" data-testid="pack-import-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" data-testid="pack-import-done">
          {done}
        </p>
      )}
      {plan && (
        <div data-testid="pack-preview">
          <h3>What this pack would change</h3>
          <dl>
            <dt>From</dt>
            <dd>{plan.meta.authorName || 'No name given'}</dd>
            <dt>Made</dt>
            <dd>
              {plan.meta.createdAt.slice(0, 16).replace('T', ' ')} with Social Value Lens {plan.meta.appVersion}
              {fromVersion !== null && fromVersion < 2 ? ` (older pack format ${fromVersion}, brought up to date)` : ''}
            </dd>
            {plan.meta.note && (
              <>
                <dt>Note</dt>
                <dd style="white-space: pre-wrap">{clip(plan.meta.note, 1000)}</dd>
              </>
            )}
          </dl>
          <p data-testid="pack-preview-summary">
            {plan.drafts.add.length} new drafts in {plan.tenders.add.length} new tenders, {plan.drafts.unchanged} already the same,{' '}
            {conflicts.length} conflicts, {plan.revisions.add} earlier versions, {plan.evidence.add.length} new evidence items
            {plan.evidence.conflicts.length ? `, ${plan.evidence.conflicts.length} evidence items that differ from yours` : ''}.
          </p>
          {plan.nothingNew && conflicts.length === 0 && plan.evidence.conflicts.length === 0 && <p>You already have everything in this pack.</p>}
          {plan.drafts.add.length > 0 && (
            <>
              <h4>New drafts</h4>
              <ul data-testid="pack-preview-added">
                {plan.drafts.add.map((d) => (
                  <li key={d.key}>
                    <strong>{clip(d.question, 160)}</strong>
                    <br />
                    {clip(d.text)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {conflicts.length > 0 && (
            <>
              <h4>Conflicts</h4>
              <p class="hint">Your text is never overwritten without your choice. Their text is always kept as a revision marked with their name.</p>
              {conflicts.map((c, i) => (
                <ConflictChoice
                  key={c.key}
                  testId="pack-conflict"
                  legend={clip(c.question, 160)}
                  mine={c.mine}
                  theirs={c.theirs}
                  theirsLabel={`${c.author}’s`}
                  name={`conflict-${i}`}
                  labels={['Keep mine (theirs is kept as a revision)', 'Use theirs (mine is kept as a revision)']}
                  value={choices.drafts[c.key] ?? 'mine'}
                  onChange={(value) => setChoices({ ...choices, drafts: { ...choices.drafts, [c.key]: value } })}
                />
              ))}
            </>
          )}
          {plan.evidence.conflicts.map((c, i) => (
            <ConflictChoice
              key={c.id}
              legend={`Evidence: ${clip(c.mine.title, 120)}`}
              mine={c.mine.text}
              theirs={c.theirs.text}
              theirsLabel="Theirs"
              name={`evidence-${i}`}
              labels={['Keep mine', 'Use theirs']}
              value={choices.evidence[c.id] ?? 'mine'}
              onChange={(value) => setChoices({ ...choices, evidence: { ...choices.evidence, [c.id]: value } })}
            />
          ))}
          <p>
            <button type="button" data-testid="pack-import-confirm" disabled={busy} onClick={() => void confirm()}>
              Import
            </button>{' '}
            <button type="button" disabled={busy} onClick={reset}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
