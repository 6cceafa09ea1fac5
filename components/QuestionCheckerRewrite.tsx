import { useRef, useState } from 'preact/hooks';
import type { CheckResult } from '@/lib/checks';

/** Copy text to the clipboard; falls back to selecting it so the user can press Ctrl+C. */
async function copy(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.select();
    return false;
  }
}

/** The suggested rewrite with its notes, in a read-only box, and a copy button that reports what happened. */
export function QuestionCheckerRewrite({ rewrite }: { rewrite: CheckResult['rewrite'] }) {
  const [copied, setCopied] = useState('');
  const rewriteRef = useRef<HTMLTextAreaElement>(null);
  return (
    <section aria-labelledby="qc-rewrite-heading">
      <h2 id="qc-rewrite-heading">Suggested rewrite</h2>
      <p class="hint">
        Built from the model question's structure in our words. Check it and edit it before you use it.
      </p>
      <ul>
        {rewrite.notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <label for="qc-rewrite">Rewrite to copy</label>
      <textarea id="qc-rewrite" rows={14} readOnly value={rewrite.text} ref={rewriteRef} data-testid="qc-rewrite" />
      <p>
        <button
          type="button"
          data-testid="qc-copy"
          onClick={async () => {
            const ok = await copy(rewrite.text, rewriteRef.current);
            setCopied(ok ? 'Rewrite copied.' : 'Could not copy: the rewrite is selected, press Ctrl+C.');
          }}
        >
          Copy rewrite
        </button>{' '}
        <span role="status" data-testid="qc-copied">
          {copied}
        </span>
      </p>
    </section>
  );
}
