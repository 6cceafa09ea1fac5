import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import overlayCss from './overlay.css?inline';
import { Overlay, type OverlayModel } from './Overlay';
import { buildGuidance } from './guidance';
import { classifyQuestion } from '@/lib/classifier';
import { analyseEvidence } from '@/lib/evidence';
import type { Settings } from '@/lib/settings';

const SAMPLE_QUESTION =
  'Describe the commitment you will make under this contract to create training and employment opportunities for people facing barriers to work.';
const SAMPLE_ANSWER =
  'In year one we will offer 4 paid placements to care leavers, led by our Social Value Manager and reported to the buyer every quarter.';

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
    const model: OverlayModel = {
      words: 24,
      chars: 140,
      limit: { unit: 'words', value: 500 },
      status: { unit: 'words', count: 24, limit: 500, remaining: 476, state: 'ok' },
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
        rules: { words: 'govuk', chars: 'chars', portalWords: 'govuk', portalChars: 'chars' },
        counts: { words: 24, chars: 140 },
        disagreements: [],
        chosenLabel: 'GOV.UK portal / characters (with spaces)',
        limitText: 'You have 476 words remaining',
        corrected: false,
        suggestions: [],
        similar: null,
      },
      shortcut: settings.shortcut,
    };
    const noop = () => undefined;
    render(
      <Overlay model={model} actions={{ onRestore: noop, onToggle: noop, onClose: noop, onCorrect: noop, onRules: noop, onCopyEvidence: noop, onInsertEvidence: noop, onFindSimilar: noop, onUseSimilar: noop }} />,
      shadow.lastElementChild!,
    );
  }, [settings]);
  return <div ref={host} data-testid="overlay-preview" inert />;
}
