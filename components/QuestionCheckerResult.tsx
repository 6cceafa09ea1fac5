import type { CheckResult } from '@/lib/checks';
import { MODEL_LABEL } from '@/lib/knowledge/labels';
import { FindingItem, HighlightedText } from './QuestionCheckerFindings';

/** The checker's findings for checked text: the model chosen and why, readability, the highlighted wording, the findings. */
export function QuestionCheckerResult({ result, text }: { result: CheckResult; text: string }) {
  return (
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
      <HighlightedText text={text} findings={result.findings} />
      <ol class="qc-findings">
        {result.findings.map((f, i) => (
          <FindingItem key={`${f.checkId}-${i}`} finding={f} text={text} />
        ))}
      </ol>
    </>
  );
}
