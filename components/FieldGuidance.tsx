import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Classification } from '@/lib/classifier';
import {
  CHAR_RULES,
  COUNT_RULES,
  countChars,
  countWords,
  limitStatus,
  remainingMessage,
  type CharRuleId,
  type CountRuleId,
} from '@/lib/counting';
import { coverageText } from '@/lib/reminders/answer';
import { fieldReminders } from '@/lib/reminders/field';
import { categoryTitle } from '@/lib/knowledge/relevance';
import { formatSource } from '@/lib/knowledge/sources';
import { revisionReasonLabel, type RevisionReason } from '@/lib/drafts/revision-reasons';
import type { FieldAdjust, FocusedFieldAt, ReplyData, RevisionView, Send, SimilarDraft } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { THEME_IDS } from '@/lib/knowledge/ids';
import { STATUS_TEXT } from '@/lib/reminders/field';
import { buildGuidance, themeTitle } from '@/lib/guidance/build';

/** What the side panel page needs from the extension (injected so the component stays testable). */
export interface FieldGuidanceServices {
  /** The typed send (components/send.ts), with an unreachable extension answered as `{ ok: false, error }`. */
  send: Send;
  /** Subscribe to focused-field updates; returns the unsubscribe. */
  onField: (listener: (field: FocusedFieldAt) => void) => () => void;
  /**
   * Back to the answer with one key: close this panel so the browser gives focus back to the page, where the field
   * is still the focused element with the cursor where it was. Absent where there is nothing to close (a tab).
   */
  returnToField?: () => void;
}

type Suggestion = ReplyData<'evidence:suggest'>['suggestions'][number];
type Status = { error: boolean; text: string } | null;

const time = (at: number) =>
  new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const preview = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

/**
 * Guidance for the focused social value field, in the browser's side panel (an extension page the portal cannot
 * read or script): the question's theme and model, relevance, what evaluators look for, evidence reminders and the
 * count as you type, the evidence library and drafts for similar questions with insert actions, and this answer's
 * history. Every insert is a click here; the background carries it to the field, which keeps a revision first.
 */
export function FieldGuidance({
  services,
  settings,
  tabId,
}: {
  services: FieldGuidanceServices;
  settings: Settings;
  tabId?: number;
}) {
  const [field, setField] = useState<FocusedFieldAt | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    const stop = services.onField((next) => {
      if (tabId === undefined || next.tabId === tabId) setField(next);
    });
    void services.send('sidepanel:current', tabId !== undefined ? { tabId } : {}).then((answer) => {
      if (answer.ok && answer.field) setField((current) => current ?? answer.field);
      setLoaded(true);
    });
    return stop;
  }, [tabId]);

  if (!field) {
    return (
      <section aria-labelledby="svl-field-heading" data-testid="sp-field" class="sp-field">
        <h2 id="svl-field-heading">This question</h2>
        <p class="hint">
          {loaded
            ? 'Click in a social value answer box on a tender portal: its guidance shows here, beside the page.'
            : 'Loading…'}
        </p>
      </section>
    );
  }
  return (
    <FocusedGuidance
      key={`${field.tabId}|${field.fieldId}`}
      field={field}
      services={services}
      settings={settings}
      status={status}
      setStatus={setStatus}
    />
  );
}

function FocusedGuidance({
  field,
  services,
  settings,
  status,
  setStatus,
}: {
  field: FocusedFieldAt;
  services: FieldGuidanceServices;
  settings: Settings;
  status: Status;
  setStatus: (s: Status) => void;
}) {
  const classification = field.classification as unknown as Classification;
  const guidance = useMemo(
    () => buildGuidance(classification, settings.category, settings.relevanceOverrides),
    [field.key, field.corrected, field.classification.themeId, settings.category, settings.relevanceOverrides],
  );
  const rules = field.rules as { words: CountRuleId; chars: CharRuleId };
  const words = countWords(field.text, rules.words);
  const chars = countChars(field.text, rules.chars);
  const limit = field.limit;
  const limitState = limit ? limitStatus(limit.unit === 'words' ? words : chars, limit.value, limit.unit) : null;
  const reminders = useMemo(
    () =>
      fieldReminders({
        question: field.question,
        model: classification.model,
        criterionIds: classification.criterionIds,
        portalHost: field.portalHost,
        category: settings.category,
        text: field.text,
        needsBaseline: guidance.needsBaseline,
      }),
    [
      field.text,
      field.question,
      field.portalHost,
      classification.model,
      classification.criterionIds,
      settings.category,
      guidance.needsBaseline,
    ],
  );
  const evidence = reminders.evidence;
  const wordsLabel = COUNT_RULES.find((r) => r.id === rules.words)?.label ?? rules.words;
  const charsLabel = CHAR_RULES.find((r) => r.id === rules.chars)?.label ?? rules.chars;

  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [similar, setSimilar] = useState<SimilarDraft[] | null>(null);
  const [history, setHistory] = useState<{ text: string | null; revisions: RevisionView[] } | null>(null);

  const loadHistory = async () => {
    const answer = await services.send('drafts:history', { key: field.key });
    if (answer.ok) {
      setHistory({ text: answer.detail?.text ?? null, revisions: answer.revisions });
    }
  };
  useEffect(() => {
    void services
      .send('evidence:suggest', {
        classification: {
          socialValue: classification.socialValue,
          criterionIds: classification.criterionIds,
          themeIds: classification.themeIds,
        },
        category: settings.category,
        limit: 5,
      })
      .then((answer) => setSuggestions(answer.ok ? answer.suggestions : []));
    void loadHistory();
  }, [field.key, field.classification.themeId, settings.category]);

  const insert = async (text: string, mode: 'append' | 'replace', reason: RevisionReason, done: string) => {
    setStatus(null);
    const answer = await services.send('sidepanel:insert', {
      tabId: field.tabId,
      frameId: field.frameId,
      fieldId: field.fieldId,
      key: field.key,
      text,
      mode,
      reason,
    });
    setStatus(answer.ok ? { error: false, text: done } : { error: true, text: answer.error });
    if (answer.ok) void loadHistory();
  };

  const adjust = async (change: FieldAdjust, done: string) => {
    const answer = await services.send('sidepanel:adjust', {
      tabId: field.tabId,
      frameId: field.frameId,
      fieldId: field.fieldId,
      key: field.key,
      adjust: change,
    });
    setStatus(answer.ok ? { error: false, text: done } : { error: true, text: answer.error });
  };

  const findSimilar = async () => {
    const answer = await services.send('drafts:similar', { question: field.question, excludeKey: field.key });
    setSimilar(answer.ok ? answer.similar : []);
    if (!answer.ok) setStatus({ error: true, text: answer.error });
  };

  // A layout effect, so that Escape works from the moment "Back to my answer" is shown (a passive effect runs after the
  // paint, later still on a loaded machine, and an Escape pressed before it was lost).
  useLayoutEffect(() => {
    const back = services.returnToField;
    if (!back) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [services.returnToField]);

  const useDraft = async (draft: SimilarDraft) => {
    const answer = await services.send('drafts:history', { key: draft.key });
    const text = answer.ok ? answer.detail?.text : undefined;
    if (!text) return setStatus({ error: true, text: 'That draft is no longer stored.' });
    await insert(
      text,
      'replace',
      'before-use-similar',
      'The draft is in your answer box. What was there is kept in this answer’s history.',
    );
  };

  return (
    <section aria-labelledby="svl-field-heading" data-testid="sp-field" data-field-key={field.key} class="sp-field">
      <h2 id="svl-field-heading">This question</h2>
      {services.returnToField && (
        <p class="hint sp-return">
          <button type="button" data-testid="sp-return" onClick={services.returnToField}>
            Back to my answer
          </button>{' '}
          or press Escape: this panel closes and the cursor is back where you were typing.
        </p>
      )}
      <p class="sp-question" data-testid="sp-question">
        {field.question}
      </p>
      <dl class="sp-facts">
        <dt>Theme</dt>
        <dd data-testid="sp-theme">
          {guidance.theme}
          {field.corrected && <span class="hint"> (your correction)</span>}
        </dd>
        {guidance.model && (
          <>
            <dt>Model</dt>
            <dd data-testid="sp-model">
              {guidance.model.title}
              <div class="hint" data-testid="sp-model-reason">
                Why: {guidance.model.reason}
              </div>
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
                    <strong>{c.code}</strong> {c.title}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {guidance.equivalents.length > 0 && (
          <>
            <dt>Nearest in other models</dt>
            <dd data-testid="sp-equivalents">
              {guidance.equivalents.join(', ')}{' '}
              <span class="hint">(for reference: this question is not scored against them)</span>
            </dd>
          </>
        )}
        {guidance.why.length > 0 && (
          <>
            <dt>Why</dt>
            <dd>{guidance.why.map((w) => `“${w}”`).join(', ')}</dd>
          </>
        )}
      </dl>
      {reminders.notices.map((notice) => (
        <div class="sp-notice" key={notice.id} data-testid={`sp-notice-${notice.id}`}>
          <strong>{notice.title}.</strong> {notice.summary}
          <div class="hint">
            Source: {formatSource(notice.source)} ({STATUS_TEXT[notice.verification]})
          </div>
        </div>
      ))}
      <details class="sp-correct">
        <summary>Not right? Correct it</summary>
        <label for="sp-correct-theme">This question is about</label>{' '}
        <select
          id="sp-correct-theme"
          data-testid="sp-correct-theme"
          onChange={(event) => {
            const value = event.currentTarget.value;
            const correction =
              value === ''
                ? null
                : value === 'not'
                  ? { themeId: 'multiple', criterionIds: [], notSocialValue: true }
                  : { themeId: value, criterionIds: [], notSocialValue: false };
            void adjust({ correction }, 'Correction saved for this question in this browser.');
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
      </details>
      {guidance.relevance && (
        <p data-testid="sp-relevance">
          <strong>
            {guidance.relevance.rating} relevance for {guidance.relevance.category}:
          </strong>{' '}
          {guidance.relevance.reason}
        </p>
      )}

      <h3>Your answer</h3>
      <p data-testid="sp-count">
        {words.toLocaleString('en-GB')} words, {chars.toLocaleString('en-GB')} characters ({wordsLabel.toLowerCase()} /{' '}
        {charsLabel.toLowerCase()}){limitState ? `. ${remainingMessage(limitState)}` : ''}
      </p>
      <div class="sp-rules">
        <label for="sp-word-rule">Count words as</label>{' '}
        <select
          id="sp-word-rule"
          data-testid="sp-word-rule"
          value={rules.words}
          onChange={(e) =>
            void adjust(
              { rules: { words: e.currentTarget.value, chars: rules.chars } },
              'Counting rule changed for this portal.',
            )
          }
        >
          {COUNT_RULES.map((r) => (
            <option value={r.id} key={r.id}>
              {r.label}
            </option>
          ))}
        </select>{' '}
        <label for="sp-char-rule">characters as</label>{' '}
        <select
          id="sp-char-rule"
          data-testid="sp-char-rule"
          value={rules.chars}
          onChange={(e) =>
            void adjust(
              { rules: { words: rules.words, chars: e.currentTarget.value } },
              'Counting rule changed for this portal.',
            )
          }
        >
          {CHAR_RULES.map((r) => (
            <option value={r.id} key={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      {reminders.declaration ? (
        <p class="sp-notice" data-testid="sp-declaration">
          On the Digital Marketplace the social value answer is a pass/fail declaration: select at least one measure and
          name a Social Value Contact. Selecting more does not score more, so no checklist coverage is given here.
        </p>
      ) : evidence ? (
        <>
          <p data-testid="sp-coverage">
            <strong>{coverageText(evidence.coverage)}</strong>{' '}
            <span class="hint">(reminders your draft appears to meet; not a score or a predicted mark)</span>
          </p>
          <details class="sp-reminders" open>
            <summary>Evidence reminders</summary>
            <ul class="sp-checks" data-testid="sp-evidence">
              {evidence.checks
                .filter((check) => check.applicable)
                .map((check) => (
                  <li key={check.id} data-met={check.met} data-testid={`sp-evidence-${check.id}`}>
                    <span aria-hidden="true">{check.met ? '✓ ' : '○ '}</span>
                    <strong>{check.label}</strong>: {check.met ? 'met' : 'missing'}
                    {check.missing && check.missing.length > 0 && (
                      <div class="hint" data-testid="sp-criteria-missing">
                        Not named yet: {check.missing.join('; ')}
                      </div>
                    )}
                    {!check.met && <div class="hint">{check.toSatisfy}</div>}
                  </li>
                ))}
            </ul>
          </details>
        </>
      ) : (
        <p class="hint">Start typing: the evidence reminders tick off as you write.</p>
      )}
      {evidence && evidence.genericPhrases.length > 0 && (
        <p class="sp-warn" data-testid="sp-generic">
          These phrases score nothing on their own: {evidence.genericPhrases.map((p) => `“${p}”`).join(', ')}.
        </p>
      )}

      {evidence && evidence.hedges.length > 0 && (
        <p class="sp-warn" data-testid="sp-hedges">
          Hedges make a commitment less certain to an evaluator: {evidence.hedges.map((p) => `“${p}”`).join(', ')}. Say
          what you will do, how much and by when.
        </p>
      )}
      {evidence && evidence.notAdditional.length > 0 && (
        <div data-testid="sp-not-additional">
          <p class="sp-warn">
            Not additional: the law or the contract already requires these, so they score nothing as social value.
          </p>
          <ul class="sp-checks">
            {evidence.notAdditional.map((item) => (
              <li key={item.phrase}>
                <strong>“{item.phrase}”</strong>: {item.why}
              </li>
            ))}
          </ul>
        </div>
      )}

      <p role="status" class={status?.error ? 'sp-status error' : 'sp-status'} data-testid="sp-status">
        {status?.text ?? ''}
      </p>

      <h3>What evaluators look for</h3>
      {reminders.lookFor.length > 0 && (
        <details data-testid="sp-look-for">
          <summary>
            {reminders.lookFor.length} points under {guidance.model?.title ?? 'this model'}
            {reminders.lookFor.some((p) => p.hedge) ? ' (some reported in secondary sources or our suggestion)' : ''}
          </summary>
          <ul class="sp-checks">
            {reminders.lookFor.map((point) => (
              <li key={point.id} data-testid="sp-look-for-point" data-verification={point.verification}>
                {point.hedge && <span class="sp-hedge">{point.hedge}: </span>}
                <strong>{point.title}.</strong> {point.summary}
                <div class="hint">Source: {point.citation}</div>
              </li>
            ))}
          </ul>
        </details>
      )}
      {guidance.criterionLookFor && <p class="sp-subhead">Under {guidance.criterionLookFor.title}</p>}
      {guidance.criterionLookFor && (
        <ul data-testid="sp-criterion-look-for">
          {guidance.criterionLookFor.points.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
      )}

      <h3>Examples for {categoryTitle(settings.category)} suppliers</h3>
      <p class="sp-warn" data-testid="sp-tech-caution">
        This is core delivery, not social value: {reminders.tech.caution}{' '}
        <span class="hint">
          (Source: {reminders.tech.cautionSource}
          {reminders.tech.cautionScope ? `; ${reminders.tech.cautionScope}` : ''})
        </span>
      </p>
      <details data-testid="sp-tech">
        <summary>{reminders.tech.examples.length} example commitments (our suggestions)</summary>
        <ul class="sp-checks">
          {reminders.tech.examples.map((example) => (
            <li key={example.text} data-testid="sp-tech-example">
              {example.text}
              <div class="hint">
                {example.answers ? `Answers ${example.answers}. ` : ''}Source: {example.source} ({example.status})
              </div>
            </li>
          ))}
        </ul>
      </details>

      <h3>From your evidence library</h3>
      {suggestions === null ? (
        <p class="hint">Loading…</p>
      ) : suggestions.length === 0 ? (
        <p class="hint">No library items fit this question.</p>
      ) : (
        <ul class="sp-list" data-testid="sp-library">
          {suggestions.map(({ item, stale }) => (
            <li key={item.id} data-testid="sp-library-item">
              <strong>{item.title}</strong>
              {stale && <span class="sp-warn"> Review overdue: check before reuse.</span>}
              <p class="sp-text">{item.text}</p>
              <button
                type="button"
                data-testid="sp-insert"
                onClick={() =>
                  void insert(
                    item.text,
                    'append',
                    'before-evidence-insert',
                    `Added “${item.title}” at the end of your answer.`,
                  )
                }
              >
                Insert at end of my answer<span class="visually-hidden">: {item.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>Drafts for similar questions</h3>
      {similar === null ? (
        <button type="button" data-testid="sp-find-similar" onClick={() => void findSimilar()}>
          Find drafts for a similar question
        </button>
      ) : similar.length === 0 ? (
        <p class="hint" data-testid="sp-similar-none">
          No drafts for a similar question on other tenders.
        </p>
      ) : (
        <ul class="sp-list" data-testid="sp-similar">
          {similar.map((d) => (
            <li key={d.key} data-testid="sp-similar-item">
              <strong>{d.question}</strong>
              <span class="hint">
                {' '}
                ({Math.round(d.score * 100)}% match, {d.portalId}, {time(d.updatedAt)})
              </span>
              <p class="sp-text">{preview(d.preview)}</p>
              <button type="button" data-testid="sp-use-similar" onClick={() => void useDraft(d)}>
                Use this draft here<span class="visually-hidden">: {preview(d.question, 60)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>This answer’s history</h3>
      {!history || (history.text === null && history.revisions.length === 0) ? (
        <p class="hint">Nothing saved for this answer yet.</p>
      ) : (
        <ul class="sp-list" data-testid="sp-history">
          {history.text !== null && history.text !== field.text && (
            <li>
              <strong>Saved draft</strong>
              <p class="sp-text">{preview(history.text)}</p>
              <button
                type="button"
                data-testid="sp-restore-saved"
                onClick={() =>
                  void insert(history.text!, 'replace', 'before-restore', 'Your saved draft is back in the answer box.')
                }
              >
                Restore saved draft
              </button>
            </li>
          )}
          {history.revisions.slice(0, 10).map((r) => (
            <li key={r.id} data-testid="sp-revision">
              <strong>{time(r.savedAt)}</strong> <span class="hint">{revisionReasonLabel(r.reason)}</span>
              <p class="sp-text">{preview(r.text)}</p>
              <button
                type="button"
                onClick={() =>
                  void insert(
                    r.text,
                    'replace',
                    'before-restore',
                    'That version is back in the answer box; what was there is kept.',
                  )
                }
              >
                Put this version back<span class="visually-hidden"> ({time(r.savedAt)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
