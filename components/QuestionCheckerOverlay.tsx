import type { CheckResult } from '@/lib/checks';
import { MODEL_LABEL } from '@/lib/knowledge/labels';
import { SEVERITY_LABEL, countsText } from './QuestionCheckerFindings';

export interface QuestionCheckerOverlayModel {
  result: CheckResult | null;
  /** True while typing: the findings shown are for the wording before the pause. */
  stale: boolean;
}

export const TOP_FINDINGS = 3;

/**
 * The compact badge on a buyer's question field: how many findings the wording has and the top few, worst first.
 * Text only (no HTML from the page). The full list, highlights and rewrite are on the Question checker page.
 */
export function QuestionCheckerOverlay({
  model,
  onToggle,
}: {
  model: QuestionCheckerOverlayModel;
  onToggle: () => void;
}) {
  const { result } = model;
  const worst = result?.findings[0]?.severity ?? 'none';
  return (
    <div
      class="svl svl-check"
      role="group"
      data-state={worst}
      data-testid="svl-check"
      aria-label="Social Value Lens question check"
    >
      <span class="theme">Question check</span>
      <span class="count" data-testid="svl-check-count">
        {result ? countsText(result.counts) : 'Type a question to check it'}
        {model.stale ? ' (checking…)' : ''}
      </span>
      {result && result.findings.length > 0 && (
        <details class="check-details" onToggle={onToggle}>
          <summary data-testid="svl-check-toggle">Top findings</summary>
          <ol class="check-list">
            {result.findings.slice(0, TOP_FINDINGS).map((f, i) => (
              <li key={i} data-severity={f.severity} data-check={f.checkId} data-testid="svl-check-finding">
                <strong>{SEVERITY_LABEL[f.severity]}:</strong> {f.message}
              </li>
            ))}
          </ol>
          <p class="note" data-testid="svl-check-model">
            Model: {MODEL_LABEL[result.model]}, because {result.modelReason}.
          </p>
          <p class="note">
            Readability (Flesch) {result.readability.fleschReadingEase}. The Question checker page lists every finding,
            with reasons, sources and a rewrite.
          </p>
        </details>
      )}
    </div>
  );
}
