import { useEffect, useRef } from 'preact/hooks';
import { CHAR_RULES, COUNT_RULES, type CharRuleId, type CountRuleId } from '@/lib/counting';
import type { EvidenceReport } from '@/lib/reminders/answer';
import { THEME_IDS } from '@/lib/knowledge/ids';
import type { Correction } from '@/lib/corrections';
import type { Guidance } from '@/lib/guidance/build';
import { themeTitle } from '@/lib/knowledge/labels';
import { formatCount } from '@/lib/format-number';

export interface PanelModel {
  guidance: Guidance;
  evidence: EvidenceReport | null;
  rules: { words: CountRuleId; chars: CharRuleId; portalWords: CountRuleId; portalChars: CharRuleId };
  counts: { words: number; chars: number };
  disagreements: Array<{ label: string; count: number; over: boolean }>;
  chosenLabel: string;
  limitText: string | null;
  corrected: boolean;
}

export interface PanelActions {
  onClose: () => void;
  onCorrect: (correction: Correction | null) => void;
  onRules: (words: CountRuleId, chars: CharRuleId) => void;
  onCopyEvidence: (text: string) => void;
  onInsertEvidence: (text: string) => void;
  onFindSimilar: () => void;
  onUseSimilar: (key: string) => void;
}

const VERIFICATION_TEXT: Record<string, string> = {
  verified: 'checked against the official document',
  secondary: 'from secondary sources',
  unconfirmed: 'not confirmed',
};

function Verified({ status }: { status: string }) {
  return <span class={`verify verify-${status}`}>({VERIFICATION_TEXT[status] ?? status})</span>;
}

/** The expanded guidance for the focused field. It traps nothing; Escape closes it and returns to the field. */
export function GuidancePanel({ model, actions }: { model: PanelModel; actions: PanelActions }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { guidance, evidence } = model;
  return (
    <section
      class="panel"
      aria-label="Social value guidance for this question"
      data-testid="svl-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          actions.onClose();
        }
      }}
    >
      <div class="panel-head">
        <h2 tabIndex={-1} ref={heading}>
          What this question is about
        </h2>
        <button type="button" class="quiet" onClick={actions.onClose} aria-label="Close guidance (Escape)">
          Close
        </button>
      </div>
      <dl class="facts" data-testid="svl-about">
        {guidance.model && (
          <>
            <dt>Model</dt>
            <dd>
              {guidance.model.title} <Verified status={guidance.model.verification} />
              <div class="small">{guidance.model.reason}</div>
            </dd>
          </>
        )}
        <dt>Theme</dt>
        <dd data-testid="svl-panel-theme">
          {guidance.theme}
          {model.corrected && <span class="small"> (your correction)</span>}
        </dd>
        {guidance.outcome && (
          <>
            <dt>Outcome</dt>
            <dd>
              {guidance.outcome.title} <Verified status={guidance.outcome.verification} />
            </dd>
          </>
        )}
        {guidance.criteria.length > 0 && (
          <>
            <dt>Award criteria</dt>
            <dd>
              <ul>
                {guidance.criteria.map((c) => (
                  <li key={c.id}>
                    <strong>{c.code}</strong> {c.title} <Verified status={c.verification} />
                    <details class="source">
                      <summary>Source</summary>
                      {c.source}
                    </details>
                  </li>
                ))}
              </ul>
              {guidance.equivalents.length > 0 && (
                <div class="small">Nearest in other models: {guidance.equivalents.join(', ')}</div>
              )}
            </dd>
          </>
        )}
        {guidance.criteria.length === 0 && guidance.equivalents.length > 0 && (
          <>
            <dt>Nearest in other models</dt>
            <dd>
              {guidance.equivalents.join(', ')}{' '}
              <span class="small">(for reference: this question is not scored against them)</span>
            </dd>
          </>
        )}
        {guidance.why.length > 0 && (
          <>
            <dt>Why</dt>
            <dd data-testid="svl-why">{guidance.why.map((w) => `“${w}”`).join(', ')}</dd>
          </>
        )}
      </dl>
      {guidance.toms && (
        <p class="note">
          This question uses the buyer's TOMs measures. Their measures and values are licensed and not included here:
          see the buyer's own documents for how each measure is counted.
        </p>
      )}
      <details class="correct">
        <summary>Not right? Correct it</summary>
        <label>
          This question is about{' '}
          <select
            data-testid="svl-correct-theme"
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === '') actions.onCorrect(null);
              else if (value === 'not')
                actions.onCorrect({ themeId: 'multiple', criterionIds: [], notSocialValue: true });
              else
                actions.onCorrect({ themeId: value as Correction['themeId'], criterionIds: [], notSocialValue: false });
            }}
          >
            <option value="">(as detected)</option>
            {[...THEME_IDS, 'multiple' as const].map((id) => (
              <option value={id} key={id}>
                {themeTitle(id)}
              </option>
            ))}
            <option value="not">Not a social value question</option>
          </select>
        </label>
        <p class="small">Remembered for this question in this browser.</p>
      </details>

      {guidance.relevance && (
        <>
          <h3>How much it matters for {guidance.relevance.category}</h3>
          <p data-testid="svl-relevance">
            <span class={`rating rating-${guidance.relevance.rating}`}>{guidance.relevance.rating} relevance</span>{' '}
            {guidance.relevance.reason}
          </p>
          <p>{guidance.relevance.meaning}</p>
          <p class="small">{guidance.relevance.provenance}. You can change your category in the settings.</p>
        </>
      )}

      <h3>Your draft against what evaluators score</h3>
      {evidence ? (
        <ul class="checks" data-testid="svl-evidence">
          {evidence.checks
            .filter((check) => check.applicable)
            .map((check) => (
              <li key={check.id} data-met={check.met} data-testid={`svl-evidence-${check.id}`}>
                <span class="mark" aria-hidden="true">
                  {check.met ? '✓' : '○'}
                </span>
                <span>
                  <strong>{check.label}</strong>: {check.met ? 'met' : 'missing'}
                  {check.met && check.found.length > 0 && <span class="small"> (“{check.found.join('”, “')}”)</span>}
                  {!check.met && <div class="small">{check.toSatisfy}</div>}
                </span>
              </li>
            ))}
        </ul>
      ) : (
        <p class="small">Start typing: reminders update when you pause.</p>
      )}
      {evidence && evidence.genericPhrases.length > 0 && (
        <p class="warn" data-testid="svl-generic">
          These phrases score nothing on their own: {evidence.genericPhrases.map((p) => `“${p}”`).join(', ')}. Replace
          them with what you will do on this contract.
        </p>
      )}

      <h3>Evidence library and drafts elsewhere</h3>
      {/* Library text, other tenders' drafts and their questions never enter the portal's page: they are in the side panel. */}
      <p class="small">
        Your evidence library and drafts for similar questions open in the browser's side panel, beside the page, where
        the portal cannot read them.
      </p>
      <button type="button" class="quiet" data-testid="svl-open-sidepanel" onClick={actions.onFindSimilar}>
        Open the side panel
      </button>

      <h3>What evaluators look for</h3>
      {guidance.criterionLookFor && (
        <>
          <p>
            Under <strong>{guidance.criterionLookFor.title}</strong>{' '}
            <Verified status={guidance.criterionLookFor.verification} />:
          </p>
          <ul data-testid="svl-criterion-look-for">
            {guidance.criterionLookFor.points.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
          <p>In any social value answer:</p>
        </>
      )}
      <ul class="look-for">
        {guidance.lookFor.map((point, i) => (
          <li key={i}>
            <strong>{point.title}.</strong> {point.detail} <Verified status={point.verification} />
          </li>
        ))}
      </ul>
      {guidance.needsBaseline && (
        <p class="note">
          This criterion asks for a baseline: state the starting figure your commitments are measured against.
        </p>
      )}

      {guidance.metrics.length > 0 && (
        <>
          <h3>Metrics you could report</h3>
          <ul>
            {guidance.metrics.map((metric, i) => (
              <li key={i}>
                {metric.text}{' '}
                <span class="small">
                  ({metric.origin === 'suggested' ? 'our suggestion' : 'reported in the model'},{' '}
                  {VERIFICATION_TEXT[metric.verification]})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Counting</h3>
      <p data-testid="svl-rule">
        Counted as {model.chosenLabel}: {formatCount(model.counts.words)} words, {formatCount(model.counts.chars)}{' '}
        characters{model.limitText ? `; ${model.limitText}` : ''}.
      </p>
      {model.disagreements.length > 0 && (
        <p class="warn" data-testid="svl-disagree">
          Other counts differ near the limit:{' '}
          {model.disagreements
            .map((d) => `${d.label} counts ${formatCount(d.count)}${d.over ? ' (over)' : ''}`)
            .join('; ')}
          .
        </p>
      )}
      <div class="rules">
        <label>
          Words{' '}
          <select
            data-testid="svl-word-rule"
            value={model.rules.words}
            onChange={(e) => actions.onRules(e.currentTarget.value as CountRuleId, model.rules.chars)}
          >
            {COUNT_RULES.map((r) => (
              <option value={r.id} key={r.id}>
                {r.label}
                {r.id === model.rules.portalWords ? ' (this portal)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Characters{' '}
          <select
            data-testid="svl-char-rule"
            value={model.rules.chars}
            onChange={(e) => actions.onRules(model.rules.words, e.currentTarget.value as CharRuleId)}
          >
            {CHAR_RULES.map((r) => (
              <option value={r.id} key={r.id}>
                {r.label}
                {r.id === model.rules.portalChars ? ' (this portal)' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
