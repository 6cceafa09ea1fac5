import { useEffect, useMemo, useState } from 'preact/hooks';
import { checkQuestion, type CheckContext } from '@/lib/checks';
import type { CategoryId } from '@/lib/knowledge/ids';
import { CATEGORIES } from '@/lib/knowledge/relevance';
import { countsText } from './QuestionCheckerFindings';
import { QuestionCheckerResult } from './QuestionCheckerResult';
import { QuestionCheckerRewrite } from './QuestionCheckerRewrite';
import { EMPTY_RULES, QuestionCheckerRules, rulesContext, type RulesAnswers } from './QuestionCheckerRules';

export const CHECK_DELAY_MS = 300;

function numberOrUndefined(value: string): number | undefined {
  const n = Number(value.replace(/[£,%\s]/g, ''));
  return value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * The "Question checker" extension page: paste any social value question, say what the contract buys, and see
 * findings (worst first, each with its reason and cited guidance), the wording with the findings highlighted, a
 * readability figure and a suggested rewrite to copy. Everything runs here; nothing leaves the browser.
 */
export function QuestionChecker({
  initialText = '',
  initialRules = EMPTY_RULES,
}: {
  initialText?: string;
  initialRules?: RulesAnswers;
}) {
  const [text, setText] = useState(initialText);
  const [checked, setChecked] = useState(initialText);
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [value, setValue] = useState('');
  const [date, setDate] = useState('');
  const [weighting, setWeighting] = useState('');
  const [rules, setRules] = useState<RulesAnswers>(initialRules);

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
            <select
              id="qc-category"
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as CategoryId | '')}
            >
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
            <input
              id="qc-weighting"
              inputMode="decimal"
              value={weighting}
              onInput={(e) => setWeighting(e.currentTarget.value)}
            />
          </div>
        </fieldset>
        <QuestionCheckerRules value={rules} onChange={setRules} />
      </form>

      <section aria-labelledby="qc-results-heading">
        <h2 id="qc-results-heading">Findings</h2>
        <p role="status" data-testid="qc-summary">
          {result ? countsText(result.counts) : 'Paste or type a question to check it.'}
        </p>
        {result && <QuestionCheckerResult result={result} text={checked} />}
      </section>

      {result && <QuestionCheckerRewrite rewrite={result.rewrite} />}
    </main>
  );
}
