import { classifyQuestion, type Classification } from '@/lib/classifier';
import { applyCorrection, type Correction, type Corrections } from '@/lib/corrections';
import { draftKey } from '@/lib/draft-key';
import { parseLimits } from '@/lib/limits';
import type { Message, Response } from '@/lib/messages';
import { readTenderReference, type Portal } from '@/lib/portals';
import type { Settings } from '@/lib/settings';
import type { CharRuleId, CountRuleId } from '@/lib/counting';
import type { AnswerField } from './answer-field';
import type { Announcer } from './announcer';
import { FieldSession } from './field-session';
import type { FieldDescription } from './find-fields';
import type { PanelModel } from '@/components/GuidancePanel';

/** What every session on a page shares: the portal, the user's settings and how to reach the background. */
export interface PageServices {
  portal: Portal;
  settings: Settings;
  corrections: Corrections;
  announcer: Announcer;
  send: (message: Message) => Promise<Response>;
  saveCorrection: (key: string, correction: Correction | null) => void;
  saveRules: (portalId: string, words: CountRuleId, chars: CharRuleId) => void;
  /** Evidence library items that fit a classified question (empty when none or unavailable). */
  suggestEvidence: (classification: Classification) => Promise<NonNullable<PanelModel['suggestions']>>;
  /** Ask for every overlay to be placed on the next frame, reads before writes (set by the page controller). */
  requestPlacement?: () => void;
}

let nextId = 1;

/** What the page says about the tender, read once per scan and shared by every field found in it. */
export interface PageContext {
  tenderRef: string | null;
  tenderTitle: string | null;
  /** The address path, standing in for the tender where the page shows no reference. */
  path: string;
  url: string;
}

export function readPageContext(portal: Portal): PageContext {
  const heading = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    tenderRef: readTenderReference(portal, location.href, [document.title, heading]),
    tenderTitle: heading || document.title || null,
    path: location.pathname,
    url: location.href.slice(0, 4_000),
  };
}

/**
 * Classify a found field's question and, when it is about social value (or the user said it is), start a
 * session for it: overlay, counting, autosave. Returns null for every other field.
 */
export function createSession(
  field: AnswerField,
  described: FieldDescription,
  page: PageContext,
  services: PageServices,
): FieldSession | null {
  if (!described.question) return null;
  const { portal, settings } = services;
  const { tenderRef, tenderTitle } = page;
  const key = draftKey({ portalId: portal.id, origin: location.origin, tenderRef, path: page.path, question: described.question });
  const detected: Classification = classifyQuestion(described.question, {
    hint: described.hint,
    section: described.section,
    tenderTitle: document.title,
    preferredModel: settings.modelPreference,
  });
  const correction = services.corrections[key];
  const classification = applyCorrection(detected, correction);
  if (!classification.socialValue && !detected.socialValue) return null;

  const parsed = parseLimits(`${described.question} ${described.hint}`);
  const words = described.markupWords ?? parsed.words;
  const chars = described.markupChars ?? parsed.chars;
  const chosen = settings.countRules[portal.id];
  const limit = words ? { unit: 'words' as const, value: words } : chars ? { unit: 'chars' as const, value: chars } : null;
  return new FieldSession(
    {
      id: `svl-${nextId++}`,
      field,
      identity: {
        key,
        portalId: portal.id,
        tenderRef,
        tenderTitle,
        question: described.question.slice(0, 10_000),
        url: page.url,
        questionLimit: limit,
        questionClassification: classification.themeId,
      },
      detected,
      correction,
      limit,
      portalRules: { words: portal.countRule, chars: portal.crlf ? 'chars-crlf' : 'chars' },
      rules: {
        words: chosen?.words ?? portal.countRule,
        chars: chosen?.chars ?? (portal.crlf ? 'chars-crlf' : 'chars'),
      },
    },
    services,
  );
}
