import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import overlayCss from './overlay.css?inline';
import { Overlay, type OverlayModel } from './Overlay';
import { buildGuidance } from '@/lib/guidance/build';
import { classifyQuestion } from '@/lib/classifier';
import {
  CHAR_RULES,
  COUNT_RULES,
  countChars,
  countWords,
  disagreements,
  limitStatus,
  remainingMessage,
  type CharRuleId,
  type CountRuleId,
} from '@/lib/counting';
import { analyseEvidence } from '@/lib/reminders/answer';
import type { Settings } from '@/lib/settings';

const SAMPLE_QUESTION =
  'Describe the commitment you will make under this contract to create training and employment opportunities for people facing barriers to work.';
const SAMPLE_ANSWER =
  'In year one we will offer 4 paid placements to care leavers, led by our Social Value Manager and reported to the buyer every quarter.';

const SAMPLE_LIMIT_WORDS = 500;

/** The overlay as it will look on a portal, for the user's current settings (options page). */
export function OverlayPreview({ settings }: { settings: Settings }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    if (!shadow.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = `${overlayCss}\n.panel-wrap{position:static;margin-top:6px;max-height:none}`;
      shadow.append(style, document.createElement('div'));
    }
    const classification = classifyQuestion(SAMPLE_QUESTION, { preferredModel: settings.modelPreference });
    const evidence = analyseEvidence(SAMPLE_ANSWER);
    const applicable = evidence.checks.filter((c) => c.applicable);
    const guidance = buildGuidance(classification, settings.category, settings.relevanceOverrides);
    // The numbers shown are computed from the sample answer, by the same functions a portal page uses.
    const rules: { words: CountRuleId; chars: CharRuleId } = { words: 'govuk', chars: 'chars' };
    const limit = { unit: 'words' as const, value: SAMPLE_LIMIT_WORDS };
    const words = countWords(SAMPLE_ANSWER, rules.words);
    const chars = countChars(SAMPLE_ANSWER, rules.chars);
    const status = limitStatus(words, limit.value, limit.unit);
    const wordsLabel = COUNT_RULES.find((r) => r.id === rules.words)?.label ?? rules.words;
    const charsLabel = CHAR_RULES.find((r) => r.id === rules.chars)?.label ?? rules.chars;
    const model: OverlayModel = {
      words,
      chars,
      limit,
      status,
      theme: guidance.theme,
      saved: { state: 'saved', at: Date.now(), error: null },
      restore: null,
      differs: false,
      sessionRiskMinutes: null,
      conflict: false,
      evidenceScore: { met: applicable.filter((c) => c.met).length, of: applicable.length },
      panelOpen: true,
      panel: {
        guidance,
        evidence,
        rules: { ...rules, portalWords: rules.words, portalChars: rules.chars },
        counts: { words, chars },
        disagreements: disagreements(SAMPLE_ANSWER, rules.words, limit.value),
        chosenLabel: `${wordsLabel} / ${charsLabel.toLowerCase()}`,
        limitText: remainingMessage(status),
        corrected: false,
      },
      shortcut: settings.shortcut,
    };
    const noop = () => undefined;
    render(
      <Overlay
        model={model}
        actions={{
          onRestore: noop,
          onToggle: noop,
          onClose: noop,
          onCorrect: noop,
          onRules: noop,
          onCopyEvidence: noop,
          onInsertEvidence: noop,
          onFindSimilar: noop,
          onUseSimilar: noop,
        }}
      />,
      shadow.lastElementChild!,
    );
  }, [settings]);
  return <div ref={host} data-testid="overlay-preview" inert />;
}
