import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkQuestion, type CheckContext } from '@/lib/checks';
import type { CategoryId } from '@/lib/knowledge/ids';
import { CATEGORIES } from '@/lib/knowledge/relevance';
import { MODEL_LABEL } from '@/lib/classifier/model';
import { FindingItem, HighlightedText, countsText } from './QuestionCheckerFindings';
import { EMPTY_RULES, QuestionCheckerRules, rulesContext, type RulesAnswers } from './QuestionCheckerRules';

export const CHECK_DELAY_MS = 300;

function numberOrUndefined(value: string): number | undefined {
  const n = Number(value.replace(/[£,%\s]/g, ''));
  return value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

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

/**
 * The "Question checker" extension page: paste any social value question, say what the contract buys, and see
 * findings (worst first, each with its reason and cited guidance), the wording with the findings highlighted, a
 * readability figure and a suggested rewrite to copy. Everything runs here; nothing leaves the browser.
 */
export function QuestionChecker({ initialText = '', initialRules = EMPTY_RULES }: { initialText?: string; initialRules?: RulesAnswers }) {
  const [text, setText] = useState(initialText);
  const [checked, setChecked] = useState(initialText);
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [value, setValue] = useState('');
  const [date, setDate] = useState('');
  const [weighting, setWeighting] = useState('');
  const [copied, setCopied] = useState('');
  const [rules, setRules] = useState<RulesAnswers>(initialRules);
  const rewriteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setChecked(text), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const context: CheckContext = useMemo(
    () => ({
      category: category || undefined,
      contractValueGbp: numberOrUndefined(value),
      procurementDate: date || undefined,
      weightingPercent: numberOrUndefined(weighting) ?? null,
      ...rulesContext(rules),
    }),
    [category, value, date, weighting, rules],
  );
  const result = useMemo(() => (checked.trim() ? checkQuestion(checked, context) : null), [checked, context]);

  return (
    <main class="page qc">
      <h1>Question checker</h1>
      <p>
        Paste the wording of a social value question to check it against the Social Value Model guidance. Everything is
        checked in this browser; nothing is sent anywhere.
      </p>
      <form onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="qc-question">Question wording</label>
          <textarea
            id="qc-question"
            rows={10}
            value={text}
            spellcheck={true}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <fieldset>
          <legend>About the contract (optional)</legend>
          <div class="field">
            <label for="qc-category">What the contract buys</label>
            <select id="qc-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as CategoryId | '')}>
              <option value="">Not said</option>
              {CATEGORIES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="qc-value">Contract value in pounds, including VAT</label>
            <input id="qc-value" inputMode="numeric" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="qc-date">Procurement start date</label>
            <input id="qc-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="qc-weighting">Social value weighting, % (if not in the wording)</label>
            <input id="qc-weighting" inputMode="decimal" value={weighting} onInput={(e) => setWeighting(e.currentTarget.value)} />
          </div>
        </fieldset>
        <QuestionCheckerRules value={rules} onChange={setRules} />
      </form>

      <section aria-labelledby="qc-results-heading">
        <h2 id="qc-results-heading">Findings</h2>
        <p role="status" data-testid="qc-summary">
          {result ? countsText(result.counts) : 'Paste or type a question to check it.'}
        </p>
        {result && (
          <>
            <div class="qc-model" data-testid="qc-model">
              <p>
                <strong>Model: {MODEL_LABEL[result.model]}</strong>, because {result.modelReason}.
              </p>
              {result.decision.unverified && (
                <p class="hint">Reported, unverified: shown as information only, never as a rule.</p>
              )}
              {result.decision.notices.map((n) => (
                <p class="qc-notice" key={n.id} data-testid={`qc-notice-${n.id}`}>
                  <strong>{n.title}.</strong> {n.summary}
                  {n.verification !== 'verified' && <span class="hint"> (from a secondary source)</span>}
                </p>
              ))}
            </div>
            <p class="hint" data-testid="qc-readability">
              Reading ease {result.readability.fleschReadingEase} (Flesch; 60 or more is plain English),{' '}
              {result.readability.wordsPerSentence} words a sentence on average.
            </p>
            <h3>Your wording, highlighted</h3>
            <HighlightedText text={checked} findings={result.findings} />
            <ol class="qc-findings">
              {result.findings.map((f, i) => (
                <FindingItem key={`${f.checkId}-${i}`} finding={f} text={checked} />
              ))}
            </ol>
          </>
        )}
      </section>

      {result && (
        <section aria-labelledby="qc-rewrite-heading">
          <h2 id="qc-rewrite-heading">Suggested rewrite</h2>
          <p class="hint">Built from the model question's structure in our words. Check it and edit it before you use it.</p>
          <ul>
            {result.rewrite.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <label for="qc-rewrite">Rewrite to copy</label>
          <textarea id="qc-rewrite" rows={14} readOnly value={result.rewrite.text} ref={rewriteRef} data-testid="qc-rewrite" />
          <p>
            <button
              type="button"
              data-testid="qc-copy"
              onClick={async () => {
                const ok = await copy(result.rewrite.text, rewriteRef.current);
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
      )}
    </main>
  );
}
