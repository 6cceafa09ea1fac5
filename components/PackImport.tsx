import { useState } from 'preact/hooks';
import { bytesToBase64 } from '@/lib/packs/base64';
import type { ImportPlan } from '@/lib/packs/plan';
import { READ_LIMITS } from '@/lib/packs/read';
import { unreachable } from '@/lib/messages';
import { PackPreview, type PackChoices } from './PackPreview';
import { send } from './send';

/**
 * Import a pack: choose a file, see what it would add and what conflicts, choose per conflict, confirm.
 * Nothing is written before "Import". Everything from the file is shown as text.
 */
export function PackImport({ onImported }: { onImported?: () => void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [fromVersion, setFromVersion] = useState<number | null>(null);
  const [choices, setChoices] = useState<PackChoices>({ drafts: {}, evidence: {} });
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
      return setError(
        `This file is ${(picked.size / 1024 / 1024).toFixed(1)} MB; a pack can be at most ${(READ_LIMITS.maxFileBytes / 1024 / 1024).toFixed(1)} MB. Nothing was imported.`,
      );
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

  return (
    <section aria-labelledby="import-heading" data-testid="pack-import">
      <h2 id="import-heading">Import a pack</h2>
      <div class="field">
        <label for="pack-file">Pack file (.svlpack)</label>
        <input
          id="pack-file"
          type="file"
          accept=".svlpack,.zip,.json"
          disabled={busy}
          onChange={(e) => {
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
        <PackPreview
          plan={plan}
          fromVersion={fromVersion}
          choices={choices}
          busy={busy}
          onChoices={setChoices}
          onConfirm={() => void confirm()}
          onCancel={reset}
        />
      )}
    </section>
  );
}
